import { property } from 'lit/decorators.js';
import type { PeerConfig, PeerConfigInput } from './config.js';
import { PeerHttpClient } from './http-client.js';
import { PeerElement } from './peer-element.js';

/** An HTTP client for a widget's configuration as it is at the moment of asking. */
export class PeerApiController {
  constructor(private readonly config: () => PeerConfig) {}

  /** A client for the configuration in force right now (endpoint, paths, credentials, headers). */
  get client(): PeerHttpClient {
    return new PeerHttpClient(this.config());
  }
}

/**
 * A widget that talks to the API: what every widget has (`PeerElement`), plus its own `endpoint`
 * attribute and `api.client`. Only widgets that make requests extend it, so the HTTP client is in no
 * other widget's module graph (test/node/import-graph.test.ts holds the self-care plan to that).
 */
export class PeerApiElement extends PeerElement {
  /** Base URL of the API for this widget alone; wins over `<peer-support-config>` and `configure()`. */
  @property({ reflect: true }) endpoint?: string;

  protected readonly api = new PeerApiController(() => this.config.value);

  protected override ownSettings(): PeerConfigInput {
    return { endpoint: this.endpoint || undefined };
  }
}
