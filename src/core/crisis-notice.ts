import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { CrisisLine } from './config.js';
import { configOf, watchWidgets } from './config-controller.js';
import { safeUrl, smsUrl, telUrl } from './safe-url.js';

export interface CrisisNoticeOptions {
  /** One line instead of a block. */
  compact?: boolean;
  /** The part name of the notice (default `crisis`). */
  part?: string;
  /** `<peer-crisis-line>` itself: the notice others give way to first; it never gives way. */
  standalone?: boolean;
}

/**
 * The crisis line as every widget shows it (`<peer-crisis-line>` is this, standing alone).
 * Parts: `crisis`, `crisis-heading`, `crisis-message`, `crisis-actions`, `crisis-link`.
 *
 * The page decides how often it appears. With `crisis="once"` (or `configure({ crisisNotice: 'once' })`),
 * a widget leaves out its own standing notice (the compact one at the top level of the widget)
 * while a `<peer-crisis-line>`, or a widget earlier on the page, shows the same crisis line and can
 * be seen. A widget on its own, or whose notice-holder is hidden (`hidden`, a closed `<details>`, a
 * tab that is not shown), always shows it. Notices that are part of what a widget says (a roster
 * that failed to load, the self-care plan's "If things get bad") are always shown.
 */
export function renderCrisisNotice(line: CrisisLine, options: CrisisNoticeOptions = {}) {
  const call = telUrl(line.call);
  // A word to text (988 in Spanish: AYUDA) goes into the message body; the link's words say it too.
  const text = smsUrl(line.text, line.textBody?.trim() || undefined);
  const web = safeUrl(line.url);
  const kind = `${options.compact ? 'compact' : ''} ${options.standalone ? 'standalone' : ''}`;
  return html`<aside part=${options.part ?? 'crisis'} class="crisis ${kind}" aria-label=${msg('Crisis support')}>
    <strong part="crisis-heading" class="crisis-heading">${msg('Need to talk to someone right now?')}</strong>
    <p part="crisis-message" class="crisis-message">${msg(str`${line.name} is there any hour, day or night.`)}</p>
    <div part="crisis-actions" class="crisis-actions">
      ${call ? html`<a part="crisis-link crisis-call" href=${call}>${callWords(line)}</a>` : nothing}
      ${text ? html`<a part="crisis-link crisis-text" href=${text}>${textWords(line)}</a>` : nothing}
      ${web ? html`<a part="crisis-link crisis-web" href=${web} target="_blank" rel="noopener noreferrer">${msg('Website')}</a>` : nothing}
    </div>
  </aside>`;
}

/** "Call 988", or "Call 988 and press 2" for a line with a menu choice (a phone link cannot press it). */
export function callWords(line: CrisisLine): string {
  const press = line.press?.trim();
  return press ? msg(str`Call ${line.call} and press ${press}`) : msg(str`Call ${line.call}`);
}

/** "Text 988", or "Text AYUDA to 988" for a line that asks for a word. */
export function textWords(line: CrisisLine): string {
  const body = line.textBody?.trim();
  return body ? msg(str`Text ${body} to ${line.text}`) : msg(str`Text ${line.text}`);
}

/** One crisis notice on the page, as the notice board sees it. */
interface PlacedNotice {
  /** The widget it is in. */
  host: HTMLElement;
  element: HTMLElement;
  /** The crisis line it shows: a notice gives way only to one showing the same line. */
  line: string;
  standalone: boolean;
  /** A widget's standing notice, on a page that asked for the notice once. */
  mayGiveWay: boolean;
}

// On globalThis under a registered symbol: two copies of the library on one page share one board.
const BOARD_KEY = Symbol.for('peer-support-widgets.crisis-notices.v1');

interface NoticeBoard {
  /** Reads a widget's notices after it rendered (none once it has left the page). */
  look(host: HTMLElement, line: string | undefined, once: boolean): void;
}

function noticeBoard(): NoticeBoard {
  const store = globalThis as typeof globalThis & { [BOARD_KEY]?: NoticeBoard };
  return (store[BOARD_KEY] ??= createNoticeBoard());
}

// Every widget of this copy that renders notices reports to the board after each render.
watchWidgets((host) => {
  const config = configOf(host);
  noticeBoard().look(host, config && lineKey(config.crisisLine), config?.crisisNotice === 'once');
});

const lineKey = (line: CrisisLine) => JSON.stringify([line.name, line.call ?? '', line.press ?? '', line.text ?? '', line.textBody ?? '', line.url ?? '']);

function createNoticeBoard(): NoticeBoard {
  const byHost = new Map<HTMLElement, PlacedNotice[]>();
  const hasBox = new WeakMap<Element, boolean>();
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      settle([...byHost.values()].flat());
    });
  };
  // A widget that is hidden or shown again (display: none, `hidden`) changes whose notice is seen.
  // Settled in the next frame: changing sizes while the browser reports them would start a loop.
  const resizes =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          let changed = false;
          for (const { target, contentRect } of entries) {
            const boxed = contentRect.width > 0 || contentRect.height > 0;
            if (hasBox.get(target) !== boxed) {
              hasBox.set(target, boxed);
              changed = true;
            }
          }
          if (changed) requestAnimationFrame(schedule);
        })
      : undefined;
  globalThis.document?.addEventListener('toggle', schedule, true); // <details> and popovers opening or closing

  return {
    look(host, line, once) {
      const before = byHost.get(host) ?? [];
      const elements = host.isConnected && line !== undefined ? [...(host.shadowRoot?.querySelectorAll<HTMLElement>('aside.crisis') ?? [])] : [];
      const now = elements.map((element): PlacedNotice => {
        const standalone = element.classList.contains('standalone');
        const standing = element.classList.contains('compact') && !!element.parentElement?.matches('[part~="base"], [part~="crisis"]');
        return { host, element, line: line!, standalone, mayGiveWay: once && standing && !standalone };
      });
      const same = now.length === before.length && now.every((notice, index) => sameNotice(notice, before[index]));
      if (same) return;
      // A notice Lit made anew keeps the way its widget's notice was, until the board settles (before the next paint).
      now.forEach((notice, index) => (notice.element.hidden = notice.mayGiveWay && !!before[index]?.element.hidden));
      if (now.length) byHost.set(host, now);
      else byHost.delete(host);
      if (now.length && !before.length) resizes?.observe(host);
      if (!now.length && before.length) resizes?.unobserve(host);
      schedule();
    },
  };
}

const sameNotice = (a: PlacedNotice, b: PlacedNotice | undefined) =>
  !!b && a.element === b.element && a.line === b.line && a.standalone === b.standalone && a.mayGiveWay === b.mayGiveWay;

/**
 * The rule: with the notice asked for once, a standing notice gives way while a visible
 * `<peer-crisis-line>`, or a visible notice earlier on the page, shows the same crisis line.
 */
function settle(notices: PlacedNotice[]): void {
  const placed = notices.filter((notice) => notice.host.isConnected).sort((a, b) => pageOrder(a.host, b.host));
  const seen = new Map<Element, boolean>();
  const canBeSeen = (host: Element) => {
    let visible = seen.get(host);
    if (visible === undefined) seen.set(host, (visible = isVisible(host)));
    return visible;
  };
  const heldByCrisisLine = new Set(placed.filter((notice) => notice.standalone && canBeSeen(notice.host)).map((notice) => notice.line));
  const shownEarlier = new Set<string>();
  for (const notice of placed) {
    const shown = !(notice.mayGiveWay && (heldByCrisisLine.has(notice.line) || shownEarlier.has(notice.line)));
    if (shown && canBeSeen(notice.host)) shownEarlier.add(notice.line);
    if (notice.element.hidden === shown) notice.element.hidden = !shown;
  }
}

function isVisible(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true });
  return element.getClientRects().length > 0;
}

/** Where an element sits among the page's content, through shadow roots: the hosts around it, outermost first. */
function composedAncestry(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.unshift(root.host);
  return chain;
}

/** Page (reading) order of two elements, also when they are in different shadow roots. */
function pageOrder(a: Element, b: Element): number {
  const first = composedAncestry(a);
  const second = composedAncestry(b);
  let depth = 0;
  while (depth < first.length - 1 && depth < second.length - 1 && first[depth] === second[depth]) depth++;
  const [x, y] = [first[depth], second[depth]];
  if (x === y) return first.length - second.length;
  const position = x.compareDocumentPosition(y);
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

export const crisisNoticeStyles = css`
  .crisis {
    display: block;
    border-inline-start: 0.3rem solid var(--peer-color-crisis, #9b1c1c);
    background: var(--peer-color-crisis-surface, #fdf2f2);
    border-radius: var(--peer-radius, 0.5rem);
    padding: calc(var(--peer-space, 1rem) * 0.75) var(--peer-space, 1rem);
  }
  .crisis-heading {
    display: block;
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .crisis-message {
    margin: 0;
  }
  .crisis-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin-block-start: 0.5em;
  }
  .crisis-actions a {
    color: var(--peer-color-crisis, #9b1c1c);
    font-weight: 600;
    min-height: 24px;
    display: inline-flex;
    align-items: center;
  }
  /* A notice giving way to the page's one (see renderCrisisNotice). */
  .crisis[hidden] {
    display: none;
  }
  .crisis.compact .crisis-heading,
  .crisis.compact .crisis-message {
    display: inline;
    margin-inline-end: 0.4em;
  }
`;
