// The three browser engines the widget tests run in, as web-test-runner launchers:
// - Chromium: Debian's `chromium`, driven by puppeteer over CDP (the default engine for WTR_BENCH=1 runs);
// - Firefox: Debian's `firefox-esr`, driven by puppeteer over WebDriver BiDi (there is no geckodriver package);
// - WebKit: WebKitGTK's MiniBrowser through Debian's `WebKitWebDriver` (WebDriver classic), which this
//   module starts itself under `xvfb-run` on a free port and stops when the engine is done.
// See ../shared/toolchain.md ("Firefox ESR and WebKitGTK") for where each setting comes from.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from './free-port.mjs';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export function chromium() {
  const launcher = chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--headless=new',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  });
  launcher.name = 'Chromium'; // Debian's chromium, not Google Chrome
  return launcher;
}

export function firefox() {
  const executablePath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  const launcher = chromeLauncher({
    // A puppeteer instance of our own makes the launcher honour `browser: 'firefox'`.
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: true,
      extraPrefsFirefox: {
        // window.print() would otherwise block a headless page for good.
        'print.always_print_silent': true,
        // A download would otherwise open the downloads panel, which keeps the focus from the page.
        'browser.download.alwaysOpenPanel': false,
      },
    },
  });
  // web-test-runner reuses a page for the next test file. In Firefox, a test that tabs past a page's
  // last control leaves the focus in the browser's own UI, and the next file on that tab would start
  // without focus (its :focus-visible and keyboard tests then fail). Every file gets a fresh page.
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const result = await stopSession(sessionId);
    const page = launcher.inactivePages.pop();
    await page?.puppeteerPage.close().catch(() => {});
    return result;
  };
  const startSession = launcher.startSession.bind(launcher);
  launcher.startSession = async (sessionId, url) => {
    if (!existsSync(executablePath)) throw new Error(`Firefox not found at ${executablePath} (apt-get install firefox-esr, or set FIREFOX_PATH)`);
    return startSession(sessionId, url);
  };
  return launcher;
}

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** WebKitGTK through WebKitWebDriver, which is started (under Xvfb) on the first test file and stopped with the engine. */
class WebKitGtkLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0, // set once the driver has a port
      path: '/',
      logLevel: 'error',
      connectionRetryTimeout: 60_000,
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        // The BiDi capability fails to match WebKitWebDriver: stay on WebDriver classic.
        'wdio:enforceWebDriverClassic': true,
        // MiniBrowser exits on an unknown flag or without a DISPLAY, and the new-session request then
        // hangs silently: `--automation` is the flag, and xvfb-run provides the display.
        'webkitgtk:browserOptions': { binary: process.env.MINIBROWSER_PATH || MINIBROWSER, args: ['--automation'] },
      },
    });
    this.driverProcess = undefined;
    this.driverReady = undefined;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async startSession(id, url) {
    this.driverReady ??= this.startDriver();
    await this.driverReady; // rejects, failing every WebKit file loudly, when the driver cannot start
    return super.startSession(id, url);
  }

  async startDriver() {
    const driver = process.env.WEBKIT_WEBDRIVER_PATH || '/usr/bin/WebKitWebDriver';
    for (const [path, hint] of [
      [driver, 'apt-get install webkit2gtk-driver'],
      ['/usr/bin/xvfb-run', 'apt-get install xvfb xauth'],
      [this.options.capabilities['webkitgtk:browserOptions'].binary, 'apt-get install webkit2gtk-driver'],
    ]) {
      if (!existsSync(path)) throw new Error(`WebKit cannot start: ${path} is missing (${hint})`);
    }
    const port = await freePort();
    // In a process group of its own, so that stopping it stops Xvfb and MiniBrowser too; and tied to this
    // process by a pipe: when node ends, however it ends (even killed), `cat` reads the end of the pipe
    // and the group is stopped, so no driver, Xvfb or MiniBrowser is left behind. If xvfb-run itself
    // ends (the driver failed), the group is stopped too and the error below says why.
    const script = '(xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" "$0" --port="$1" </dev/null; kill -TERM 0) & cat >/dev/null; kill -TERM 0';
    const child = spawn('sh', ['-c', script, driver, String(port)], { detached: true, stdio: ['pipe', 'ignore', 'pipe'] });
    this.driverProcess = child;
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    process.once('exit', () => this.killDriver());
    const deadline = Date.now() + 30_000;
    for (;;) {
      const outcome = await Promise.race([exited, answersStatus(port).then((ok) => (ok ? 'ready' : undefined))]);
      if (outcome === 'ready') break;
      if (outcome) throw new Error(`WebKitWebDriver exited (${outcome.code ?? outcome.signal}) before answering: ${stderr.trim()}`);
      if (Date.now() > deadline) {
        this.killDriver();
        throw new Error(`WebKitWebDriver did not answer on port ${port} within 30 s: ${stderr.trim()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100)); // polling a process we do not own: no event to wait for
    }
    this.options.port = port;
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      this.killDriver();
    }
  }

  killDriver() {
    const child = this.driverProcess;
    this.driverProcess = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

export function webkit() {
  return new WebKitGtkLauncher();
}

async function answersStatus(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}
