import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CONFIG_CHANGE_EVENT, pageConfiguration, peerConfigContext, resolveConfig } from './config.js';
import type { PeerConfig, PeerConfigInput } from './config.js';
import { applyLocale } from './localize.js';

const controllers = new WeakMap<Element, PeerConfigController>();
const watchers = new Set<(widget: HTMLElement) => void>();

/** The configuration in force for a widget of this copy of the library (for shared pieces that only know the element). */
export function configOf(element: Element): PeerConfig | undefined {
  return controllers.get(element)?.value;
}

/**
 * Calls `watcher` after every widget renders and when it leaves the page: how shared pieces (the
 * crisis notices) keep up with widgets without each widget wiring them.
 */
export function watchWidgets(watcher: (widget: HTMLElement) => void): void {
  watchers.add(watcher);
}

/**
 * Gives a widget its effective configuration: defaults, then `configure()`, then the nearest
 * `<peer-support-config>` above it, then the widget's own attributes. Re-renders the widget when
 * any of those change, and applies its locale. It holds settings only: the HTTP client is built by
 * `PeerApiController` (`api-element.ts`), which only widgets that talk to a server have.
 */
export class PeerConfigController implements ReactiveController {
  private fromContext?: PeerConfigInput;
  private appliedLocale?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly ownSettings: () => PeerConfigInput = () => ({}),
  ) {
    host.addController(this);
    controllers.set(host, this);
    new ContextConsumer(host, {
      context: peerConfigContext,
      subscribe: true,
      callback: (value) => {
        this.fromContext = value;
        host.requestUpdate();
      },
    });
  }

  /** The configuration in force right now. */
  get value(): PeerConfig {
    return resolveConfig(pageConfiguration(), this.fromContext, this.ownSettings());
  }

  hostConnected(): void {
    globalThis.addEventListener(CONFIG_CHANGE_EVENT, this.onPageConfigChange);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener(CONFIG_CHANGE_EVENT, this.onPageConfigChange);
    for (const watcher of watchers) watcher(this.host);
  }

  hostUpdate(): void {
    const { locale } = this.value;
    if (locale !== this.appliedLocale) {
      this.appliedLocale = locale;
      applyLocale(locale).catch((error: unknown) => console.warn('[peer-support] could not load locale', locale, error));
    }
  }

  hostUpdated(): void {
    for (const watcher of watchers) watcher(this.host);
  }

  private readonly onPageConfigChange = () => this.host.requestUpdate();
}
