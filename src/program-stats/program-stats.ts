import { css, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CONTACT_KINDS, CONTACT_TOPICS, REFERRAL_TARGETS, StatsSchema } from '../core/contract.js';
import type { Stats } from '../core/contract.js';
import { conformRecord } from '../core/conform.js';
import { kindLabel, referralLabel, topicLabel } from '../core/contact-words.js';
import { PeerBadResponseError, isPeerError, messageForPerson } from '../core/errors.js';
import { PeerContactSentEvent } from '../core/events.js';
import { dateTime } from '../core/format.js';
import { PeerApiElement } from '../core/api-element.js';
import { SessionController } from '../core/session-controller.js';
import { renderSignedOut, supporterSideStyles } from '../core/signed-out.js';
import { renderSupporterBackup } from '../core/safety-net.js';
import { baseStyles, controlStyles } from '../core/styles.js';

type Row = Stats['rows'][number];
type Open = Stats['notYetPublished'][number];
type Totals = 'contacts' | 'hours' | 'peopleInContacts' | 'newPeople';
const TOTALS: Totals[] = ['contacts', 'hours', 'peopleInContacts', 'newPeople'];

/** A scale from 0 with 3–6 round steps (1, 2 or 5 times a power of ten) that reaches `max`. */
function niceScale(max: number): { top: number; step: number } {
  const rough = Math.max(max, 5) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
  return { top: Math.ceil(Math.max(max, 5) / step) * step, step };
}

/**
 * @tag peer-program-stats
 * @summary The program's impact by month or quarter — contacts, hours, people in contacts and people
 * reached for the first time, and per quarter the kinds, topics and referrals — as an accessible
 * chart with data tables and a CSV download. Only closed periods are published, and they never
 * change; the open ones say when their numbers appear. Small numbers, and any that would give a small
 * one away, come from the server already hidden. An account the server does not let read the
 * numbers (by default, anyone but a coordinator) is told so plainly. When a `<peer-contact-log>`
 * anywhere on the page has a contact delivered (`peer-contact-sent`, heard on `document`, so the two
 * can be siblings or far apart), the numbers are read again. The chart has an axis with a scale and
 * one bar per period the server gives; the tables scroll sideways in their own box on a narrow
 * screen rather than breaking words.
 *
 * @csspart base - The whole report.
 * @csspart notice - The sign-in notice shown while nobody is signed in.
 * @csspart period - The "Show by" choice.
 * @csspart chart - The bar chart (an SVG with a text alternative).
 * @csspart table - Each data table.
 * @csspart button - Every button (`download` on the CSV one).
 * @csspart backup - "Heard something heavy?": the supporter's own safety net (see `supporterBackup`); also `backup-summary`, `backup-steps`, `backup-link`.
 *
 * @cssprop [--peer-color-chart-bar=var(--peer-color-accent, #1d5b8f)] - Bars of the chart.
 * @cssprop [--peer-color-chart-hidden=#9ca3af] - The stub bar of a hidden number.
 * @cssprop [--peer-color-chart-grid=#e5e7eb] - Grid lines of the chart's scale.
 */
@localized()
export class PeerProgramStats extends PeerApiElement {
  static override styles = [
    baseStyles,
    controlStyles,
    supporterSideStyles,
    css`
      /* Words in the report never break mid-letter: a table wider than its box scrolls in its own box. */
      .table-wrap,
      .chart-wrap {
        overflow-x: auto;
        max-width: 100%;
        overflow-wrap: normal;
        word-break: normal;
      }
      .table-wrap:focus-visible,
      .chart-wrap:focus-visible {
        outline: 3px solid var(--peer-color-accent, #1d5b8f);
        outline-offset: 2px;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.95em;
      }
      caption {
        text-align: start;
        font-weight: 700;
        padding-bottom: 0.35em;
      }
      th,
      td {
        border-bottom: 1px solid var(--peer-color-border, #c9ced6);
        padding: 0.4em 0.6em;
        text-align: start;
        vertical-align: top;
        hyphens: manual;
      }
      thead th {
        vertical-align: bottom;
      }
      thead th {
        font-size: 0.9em;
        min-width: 6.5em;
      }
      tbody th,
      td.number {
        white-space: nowrap;
      }
      td.number,
      thead th.number {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      td.open {
        color: var(--peer-color-muted, #4b5563);
        min-width: 16em;
      }
      figure {
        margin: 0;
      }
      .show-by {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em;
        font-weight: 600;
      }
      /* The plot takes the report's width between the scale's numbers and a small right margin; the
         numbers and the axis title sit in the left margin (overflow: visible). */
      .chart-wrap svg {
        display: block;
        overflow: visible;
        box-sizing: content-box;
        margin-inline: var(--chart-left) var(--chart-right);
        width: calc(100% - var(--chart-left) - var(--chart-right));
        min-width: var(--chart-min);
        max-width: var(--chart-max);
      }
      .bar {
        fill: var(--peer-color-chart-bar, var(--peer-color-accent, #1d5b8f));
      }
      .bar.hidden {
        fill: var(--peer-color-chart-hidden, #9ca3af);
      }
      .bar.open {
        fill: none;
        stroke: var(--peer-color-chart-hidden, #9ca3af);
        stroke-dasharray: 4 3;
      }
      .grid {
        stroke: var(--peer-color-chart-grid, #e5e7eb);
      }
      .axis {
        stroke: var(--peer-color-muted, #4b5563);
      }
      .tick,
      .period-label {
        fill: var(--peer-color-muted, #4b5563);
        font-size: 12px;
        font-family: inherit;
      }
      .value {
        fill: var(--peer-color-text, #1b1f24);
        font-size: 12px;
        font-weight: 600;
        font-family: inherit;
      }
      .period-label.year {
        font-weight: 600;
      }
      /* Windows high contrast does not repaint SVG: the chart is drawn in the system palette itself. */
      @media (forced-colors: active) {
        .bar,
        .axis {
          fill: CanvasText;
          stroke: CanvasText;
        }
        .bar.hidden,
        .grid {
          fill: GrayText;
          stroke: GrayText;
        }
        .bar.open {
          fill: none;
          stroke: CanvasText;
        }
        .tick,
        .period-label,
        .value {
          fill: CanvasText;
        }
      }
    `,
  ];

  /** Numbers by `month` or by `quarter` (with kinds, topics and referrals); the reader can change it. */
  @property({ reflect: true }) period: 'month' | 'quarter' = 'month';
  @state() private stats?: Stats;
  @state() private problem?: string;
  /** The server said this account may not read the numbers (403). */
  @state() private refused = false;
  /** The chart's margins and width limits, set through CSSOM after render (a style attribute would break a strict CSP). */
  private chartLayout: Record<string, string> = {};

  private readonly session = new SessionController(this, () => this.config.value);
  private loadedFor?: string;
  /** The read under way: a newer one (another period), or leaving the page, cancels it. */
  private reading?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(PeerContactSentEvent.eventName, this.onContactSent);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(PeerContactSentEvent.eventName, this.onContactSent);
    this.reading?.abort();
    this.loadedFor = undefined;
  }

  /** A contact reached the server: the numbers (or which periods are still open) may have changed. */
  private readonly onContactSent = () => {
    if (this.session.status === 'signed-in' && !this.refused) void this.refresh();
  };

  protected override willUpdate(): void {
    const key = `${this.session.session?.accountId}:${this.period}`;
    if (this.session.status === 'signed-in' && this.loadedFor !== key) {
      this.loadedFor = key;
      void this.refresh();
    }
  }

  /** Reads the numbers again; a read still under way is cancelled (its answer would be older). */
  async refresh(): Promise<void> {
    this.reading?.abort();
    const reading = (this.reading = new AbortController());
    const { signal } = reading;
    try {
      this.stats = await this.session.client.request('stats', {
        signal,
        query: { period: this.period },
        decode: (json) => {
          const stats = conformRecord<Stats>(StatsSchema, json);
          if (!stats) throw new PeerBadResponseError('The impact report is not in the expected shape.');
          return stats;
        },
      });
      this.problem = undefined;
      this.refused = false;
    } catch (error) {
      if (signal.aborted) return;
      // Signed in, yet refused: the account is not allowed to read the numbers, not signed out.
      this.refused = isPeerError(error) && error.status === 403;
      this.problem = this.refused ? undefined : messageForPerson(error);
    } finally {
      if (this.reading === reading) this.reading = undefined;
    }
  }

  private cell(value: number | null | undefined) {
    return value === null || value === undefined ? msg('hidden') : String(value);
  }

  private totalLabel(key: Totals): string {
    return { contacts: msg('Contacts'), hours: msg('Hours'), peopleInContacts: msg('People in contacts'), newPeople: msg('People reached for the first time') }[key];
  }

  /** CSV for a spreadsheet; hidden numbers stay hidden, and open periods say they are not published yet. */
  csv(): string {
    const rows = this.stats?.rows ?? [];
    const quarters = this.stats?.period === 'quarter';
    const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
    const breakdownHeader = quarters ? [...CONTACT_KINDS.map((kind) => `kind:${kind}`), ...CONTACT_TOPICS.map((topic) => `topic:${topic}`), ...REFERRAL_TARGETS.map((target) => `referral:${target}`)] : [];
    const header = ['period', 'contacts', 'hours', 'people in contacts', 'people reached for the first time', ...breakdownHeader];
    const lines = rows.map((row) =>
      [
        row.period,
        ...TOTALS.map((key) => this.cell(row[key])),
        ...(quarters
          ? [...CONTACT_KINDS.map((kind) => this.cell(row.kinds?.[kind])), ...CONTACT_TOPICS.map((topic) => this.cell(row.topics?.[topic])), ...REFERRAL_TARGETS.map((target) => this.cell(row.referrals?.[target]))]
          : []),
      ]
        .map(quote)
        .join(','),
    );
    const open = (this.stats?.notYetPublished ?? []).map((period) => [period.period, ...header.slice(1).map(() => msg('not published yet'))].map(quote).join(','));
    return [header.map(quote).join(','), ...lines, ...open].join('\r\n') + '\r\n';
  }

  private download(): void {
    const url = URL.createObjectURL(new Blob([this.csv()], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `peer-support-impact-by-${this.period}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  protected override updated(): void {
    const chart = this.renderRoot.querySelector<SVGSVGElement>('.chart-wrap svg');
    for (const [name, value] of Object.entries(this.chartLayout)) chart?.style.setProperty(name, value);
  }

  override render() {
    if (this.session.status !== 'signed-in') return html`<div part="base">${renderSignedOut(this.session)}</div>`;
    if (this.refused) {
      return html`<section part="base" class="panel" aria-labelledby="stats-title">
        <h2 id="stats-title">${msg('What the program did')}</h2>
        ${renderSupporterBackup(this.config.value)}
        <p role="status">${msg('Your account can’t see the program’s numbers. In this program they are for coordinators.')}</p>
      </section>`;
    }
    const rows = this.stats?.rows ?? [];
    const open = this.stats?.notYetPublished ?? [];
    const weeksBack = this.stats?.contactWeeksBack;
    return html`<section part="base" class="panel" aria-labelledby="stats-title">
      <h2 id="stats-title">${msg('What the program did')}</h2>
      <p class="hint">
        ${weeksBack === undefined
          ? nothing
          : weeksBack === 0
            ? msg('Contacts can be logged only in the week they happen, so a month’s numbers are published once it is over, and never change after that.')
            : weeksBack === 1
              ? msg('Contacts can be logged up to 1 week back, so a month’s numbers are published once that time has passed, and never change after that.')
              : msg(str`Contacts can be logged up to ${weeksBack} weeks back, so a month’s numbers are published once that time has passed, and never change after that.`)}
        ${msg('“Hidden” means fewer than 5 (or none), or a number hidden along with a small one so that the small one can’t be worked out from the totals.')}
      </p>
      ${renderSupporterBackup(this.config.value)}
      <div class="show-by">
      <label for="period">${msg('Show by')}</label>
      <select id="period" part="period" class="control" @change=${(event: Event) => (this.period = (event.target as HTMLSelectElement).value as 'month' | 'quarter')}>
        <option value="month" ?selected=${this.period === 'month'}>${msg('Month')}</option>
        <option value="quarter" ?selected=${this.period === 'quarter'}>${msg('Quarter')}</option>
      </select>
      </div>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${rows.length
        ? this.renderChart(rows, open)
        : this.stats
          ? html`<p>${msg('Nothing is published yet.')}</p>`
          : this.problem
            ? nothing
            : html`<p role="status">${msg('Loading…')}</p>`}
      ${rows.length || open.length ? this.renderTotals(rows, open) : nothing}
      ${rows.length && this.stats?.period === 'quarter' ? this.renderBreakdowns(rows) : nothing}
      ${this.stats?.period === 'month' ? html`<p class="hint">${msg('Kinds, topics and referrals are shown by quarter only, where the numbers are larger.')}</p>` : nothing}
      <div class="actions"><button type="button" part="button download" class="button secondary" ?disabled=${!rows.length} @click=${() => this.download()}>${msg('Download CSV')}</button></div>
    </section>`;
  }

  private openSentence(period: Open): string {
    return msg(str`Not published yet: contacts can still be logged for it. Its numbers appear on ${dateTime(period.publishedFrom, this.config.value.locale)}.`);
  }

  /** "Oct" / "Q4", and the year under the first period of each year. */
  private periodWords(period: string): [string, string | undefined] {
    const [year, part] = period.split('-');
    if (part?.startsWith('Q')) return [part, year];
    try {
      const month = new Intl.DateTimeFormat(this.config.value.locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(Number(year), Number(part) - 1, 15));
      return [month, year];
    } catch {
      return [period, undefined];
    }
  }

  private renderChart(rows: Row[], open: Open[]) {
    const locale = this.config.value.locale;
    const number = (value: number) => new Intl.NumberFormat(locale).format(value);
    const { top, step } = niceScale(Math.max(0, ...rows.map((row) => row.contacts ?? 0)));
    const slots: { period: string; value: number | null; open: boolean }[] = [
      ...rows.map((row) => ({ period: row.period, value: row.contacts, open: false })),
      ...open.map((period) => ({ period: period.period, value: null, open: true })),
    ];
    // Room at the left for the longest number of the scale. The bars share the width the report has
    // (x in per cent of the plot), so nothing measures the page: no ResizeObserver, no layout loop.
    // 9 px a character (12 px digits are about 7 px wide): room for a reader's wider letter spacing
    // (WCAG 1.4.12 asks for 0.12em), since nothing left of the chart's box can be scrolled to.
    const left = 16 + 9 * number(top).length;
    const right = 12;
    // Room above the plot for the axis title, clear of the top number of the scale in every engine.
    const topRoom = 28;
    const plot = 160;
    const barWidth = 36;
    const slotShare = 100 / Math.max(1, slots.length);
    const height = topRoom + plot + 48;
    const y = (value: number) => topRoom + plot - (value / top) * plot;
    const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
    let lastYear: string | undefined;
    const description = [
      ...rows.map((row) => (row.contacts === null ? msg(str`${row.period}: hidden`) : msg(str`${row.period}: ${row.contacts} contacts`))),
      ...open.map((period) => msg(str`${period.period}: not published yet`)),
    ].join('; ');
    // Each period keeps at least 56 px (the chart scrolls sideways below that) and at most 128 px.
    this.chartLayout = { '--chart-left': `${left}px`, '--chart-right': `${right}px`, '--chart-min': `${slots.length * 56}px`, '--chart-max': `${slots.length * 128}px` };
    return html`<figure part="chart">
      <div class="chart-wrap" tabindex="0" role="group" aria-label=${msg('Contacts per period (scrolls sideways)')}>
        <svg role="img" aria-labelledby="chart-title" aria-describedby="chart-description" height=${height}>
          <title id="chart-title">${msg('Contacts per period')}</title>
          <desc id="chart-description">${description}.</desc>
          <g class="scale" aria-hidden="true">
            ${ticks.map(
              (tick) => svg`<line class=${tick === 0 ? 'axis' : 'grid'} x1="0" x2="100%" y1=${y(tick)} y2=${y(tick)}></line>
                <text class="tick" x="-8" y=${y(tick) + 4} text-anchor="end">${number(tick)}</text>`,
            )}
            <line class="axis" x1="0" x2="0" y1=${topRoom - 6} y2=${y(0)}></line>
            <text class="tick" x=${-left + 2} y="14" text-anchor="start">${msg('Contacts')}</text>
          </g>
          <g class="bars" aria-hidden="true">
            ${slots.map((entry, index) => {
              const centre = `${(index + 0.5) * slotShare}%`;
              const [label, year] = this.periodWords(entry.period);
              const showYear = year !== lastYear;
              lastYear = year;
              const barTop = entry.open ? y(top) : entry.value === null ? y(0) - 4 : y(entry.value);
              const words = entry.open ? msg('open') : entry.value === null ? msg('hidden') : number(entry.value);
              return svg`<g class="period" data-period=${entry.period}>
                <rect class="bar ${entry.open ? 'open' : entry.value === null ? 'hidden' : ''}" x=${centre} transform="translate(${-barWidth / 2} 0)" y=${barTop} width=${barWidth} height=${Math.max(0, y(0) - barTop)}></rect>
                <text class="value" x=${centre} y=${(entry.open ? y(0) : barTop) - 6} text-anchor="middle">${words}</text>
                <text class="period-label" x=${centre} y=${y(0) + 18} text-anchor="middle">${label}</text>
                ${showYear && year ? svg`<text class="period-label year" x=${centre} y=${y(0) + 36} text-anchor="middle">${year}</text>` : nothing}
              </g>`;
            })}
          </g>
        </svg>
      </div>
    </figure>`;
  }

  private renderTotals(rows: Row[], open: Open[]) {
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="totals-caption"><table part="table">
        <caption id="totals-caption">${msg('Contacts, hours and people')}</caption>
        <thead><tr><th scope="col">${msg('Period')}</th>${TOTALS.map((key) => html`<th scope="col" class="number">${this.totalLabel(key)}</th>`)}</tr></thead>
        <tbody>
          ${rows.map((row) => html`<tr><th scope="row">${row.period}</th>${TOTALS.map((key) => html`<td class="number">${this.cell(row[key])}</td>`)}</tr>`)}
          ${open.map((period) => html`<tr><th scope="row">${period.period}</th><td class="open" colspan=${TOTALS.length}>${this.openSentence(period)}</td></tr>`)}
        </tbody>
      </table></div>
      <p class="hint">
        ${msg('People in contacts adds up the people in each contact, so someone met three times counts three times. People reached for the first time counts only contacts marked as the first conversation about it.')}
      </p>`;
  }

  private renderBreakdowns(rows: Row[]) {
    const table = (id: string, caption: string, keys: readonly string[], label: (key: string) => string, pick: (row: Row) => Record<string, number | null> | undefined) =>
      html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby=${id}><table part="table">
        <caption id=${id}>${caption}</caption>
        <thead><tr><th scope="col">${msg('Period')}</th>${keys.map((key) => html`<th scope="col" class="number">${label(key)}</th>`)}</tr></thead>
        <tbody>${rows.map((row) => html`<tr><th scope="row">${row.period}</th>${keys.map((key) => html`<td class="number">${this.cell(pick(row)?.[key])}</td>`)}</tr>`)}</tbody>
      </table></div>`;
    return html`${table('kinds-caption', msg('Kinds of contact'), CONTACT_KINDS, kindLabel, (row) => row.kinds)}
      ${table('topics-caption', msg('Topics (a contact can have several)'), CONTACT_TOPICS, topicLabel, (row) => row.topics)}
      ${table('referrals-caption', msg('Referrals (a contact can have several)'), REFERRAL_TARGETS, referralLabel, (row) => row.referrals)}`;
  }
}
