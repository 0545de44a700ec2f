// `media-features` command (test/support/focus.ts `emulateMediaFeature`): emulates CSS media features that
// wtr's own emulateMedia does not pass on, such as `forced-colors: active` (Windows high contrast),
// through Chromium's DevTools protocol (Emulation.setEmulatedMedia), which then also draws the page
// in the forced palette. Firefox (puppeteer over WebDriver BiDi) and WebKit (WebDriver classic) have
// no such emulation: the command answers `{ emulated: false }` there, and the test falls back.
export function mediaFeaturesPlugin() {
  /** One protocol session per test page that has something emulated. */
  const sessions = new Map();
  return {
    name: 'media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      const features = payload?.features;
      if (!Array.isArray(features) || !features.every((feature) => typeof feature?.name === 'string' && typeof feature?.value === 'string')) {
        throw new Error('media-features needs { features: [{ name, value }] }');
      }
      if (session.browser.type !== 'puppeteer') return { emulated: false };
      const page = session.browser.getPage(session.id);
      if ((page.browser().protocol ?? 'cdp') !== 'cdp') return { emulated: false };
      // Straight to the protocol: puppeteer's emulateMediaFeatures accepts only the features it knows
      // (not forced-colors). The session stays open while anything is emulated: the emulation is its.
      let cdp = sessions.get(session.id);
      if (!cdp) sessions.set(session.id, (cdp = await page.createCDPSession()));
      const active = features.filter((feature) => feature.value !== '');
      await cdp.send('Emulation.setEmulatedMedia', { features: active });
      if (active.length === 0) {
        sessions.delete(session.id);
        await cdp.detach();
      }
      return { emulated: true };
    },
  };
}
