// `viewport-size` command (test/support/layout.ts): sizes the test page's viewport in every engine
// and answers the size it got. wtr's own setViewport needs puppeteer or playwright; under WebDriver
// classic (WebKit) the window itself is sized, corrected for the window's frame. MiniBrowser's
// window has a minimum width (about 450 px here): asked for less, it answers what it could do.
export function viewportPlugin() {
  return {
    name: 'viewport-size',
    async executeCommand({ command, payload, session }) {
      if (command !== 'viewport-size') return undefined;
      const { width, height } = payload ?? {};
      if (!Number.isInteger(width) || !Number.isInteger(height)) throw new Error('viewport-size needs an integer width and height');
      if (session.browser.type === 'puppeteer') {
        await session.browser.getPage(session.id).setViewport({ width, height });
        return { width, height };
      }
      if (session.browser.type === 'webdriver') {
        const driver = session.browser.driver;
        const inner = () => driver.execute('return [window.innerWidth, window.innerHeight]');
        await driver.setWindowSize(width, height);
        let [innerWidth, innerHeight] = await inner();
        if (innerWidth !== width || innerHeight !== height) {
          await driver.setWindowSize(2 * width - innerWidth, 2 * height - innerHeight);
          [innerWidth, innerHeight] = await inner();
        }
        return { width: innerWidth, height: innerHeight };
      }
      throw new Error(`viewport-size is not supported for browser type ${session.browser.type}`);
    },
  };
}
