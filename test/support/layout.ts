// Layout checks that work in all three engines the tests run in (Chromium, Firefox, WebKit).
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

/** WebKit runs over WebDriver classic (Chromium and Firefox over puppeteer). */
const WEBDRIVER_CLASSIC = !navigator.userAgent.includes('Chrome/') && !navigator.userAgent.includes('Firefox/');
/** MiniBrowser's window is never narrower than about this many px. */
const WEBKIT_NARROWEST = 450;

export interface NarrowLayout {
  /** How wide the content is laid out: more than the width asked for means horizontal scrolling. */
  contentWidth(): number;
  restore(): Promise<void>;
}

/**
 * Lays `host` out in a viewport `width` px wide. Chromium and Firefox size the viewport exactly.
 * MiniBrowser's window (WebKit) cannot be made narrower than about 450 px: there the window is made
 * as narrow as it goes and `host` is held to `width` px. That is the same layout for these elements,
 * which have no viewport-dependent style or script (no width media queries, no vw units, no
 * innerWidth), and anything that overflows the host still shows in its scrollWidth.
 */
export async function narrowLayout(host: HTMLElement, width: number, height: number): Promise<NarrowLayout> {
  if (WEBDRIVER_CLASSIC && width < WEBKIT_NARROWEST) {
    // WebKit: its window cannot be made that narrow anyway, and resizing it through WebDriver now and
    // then hung or left the window 1 px high on a busy CI machine, failing the tests after it. The
    // window stays as it is and `host` is held to `width` px, the same layout for these elements.
    host.style.width = `${width}px`; // through the CSSOM: the page's CSP allows no inline style attribute
    return {
      contentWidth: () => (document.documentElement.scrollWidth > innerWidth ? document.documentElement.scrollWidth : host.scrollWidth),
      restore: async () => void host.style.removeProperty('width'),
    };
  }
  const before = { width: innerWidth, height: innerHeight };
  const got = (await executeServerCommand('viewport-size', { width, height })) as { width: number; height: number };
  const restore = async () => {
    host.style.removeProperty('width');
    await executeServerCommand('viewport-size', before);
  };
  if (got.width === width) return { contentWidth: () => document.documentElement.scrollWidth, restore };
  host.style.width = `${width}px`; // through the CSSOM: the page's CSP allows no inline style attribute
  return {
    contentWidth: () => (document.documentElement.scrollWidth > innerWidth ? document.documentElement.scrollWidth : host.scrollWidth),
    restore,
  };
}

/**
 * Shows `host` as it prints; resolves to a function that goes back to screen. Chromium emulates print
 * media through the runner (CDP). Firefox (puppeteer over WebDriver BiDi) and WebKit (WebDriver
 * classic) cannot emulate media: there the `@media print` rules of the host's shadow root are taken
 * out of their @media blocks into a style sheet adopted after the element's own, so they apply as
 * they would when printing.
 */
export async function printMedia(host: HTMLElement): Promise<() => Promise<void>> {
  try {
    await emulateMedia({ media: 'print' });
    return () => emulateMedia({ media: 'screen' });
  } catch (error) {
    if (!/CDP|not supported/i.test(String(error))) throw error;
  }
  const shadow = host.shadowRoot!;
  const sheets = [...shadow.adoptedStyleSheets, ...[...shadow.querySelectorAll('style')].map((style) => style.sheet!)];
  const printRules: string[] = [];
  const isPrint = (media: MediaList) => [...Array(media.length).keys()].some((index) => /^(only\s+)?print\b/i.test(media.item(index)!.trim()));
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && isPrint(rule.media)) printRules.push(...[...rule.cssRules].map((inner) => inner.cssText));
    }
  }
  if (printRules.length === 0) throw new Error(`<${host.localName}> has no @media print rules to apply`);
  const printSheet = new CSSStyleSheet();
  printSheet.replaceSync(printRules.join('\n'));
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, printSheet];
  return async () => {
    shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((sheet) => sheet !== printSheet);
  };
}
