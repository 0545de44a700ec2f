import { css, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CONTACT_KINDS, CONTACT_TOPICS, REFERRAL_TARGETS, StatsSchema } from '../core/contract.js';
import type { Stats } from '../core/contract.js';
import { conformRecord } from '../core/conform.js';
import { kindLabel, referralLabel, topicLabel } from '../core/contact-words.js';
import { PeerBadResponseError, isPeerError, messageForPerson } from '../core/errors.js';
import { dateTime } from '../core/format.js';
import { PeerApiElement } from '../core/api-element.js';
import { SessionController } from '../core/session-controller.js';
import { renderSignedOut, supporterSideStyles } from '../core/signed-out.js';
import { baseStyles, controlStyles } from '../core/styles.js';

type Row = Stats['rows'][number];
type Open = Stats['notYetPublished'][number];
type Totals = 'contacts' | 'hours' | 'peopleInContacts' | 'newPeople';
const TOTALS: Totals[] = ['contacts', 'hours', 'peopleInContacts', 'newPeople'];

/**
 * @tag peer-program-stats
 * @summary The program's impact by month or quarter — contacts, hours, people in contacts and people
 * reached for the first time, and per quarter the kinds, topics and referrals — as an accessible
 * chart with data tables and a CSV download. Only closed periods are published, and they never
 * change; the open ones say when their numbers appear. Small numbers, and any that would give a small
 * one away, come from the server already hidden. An account the server does not let read the
 * numbers (by default, anyone but a coordinator) is told so plainly.
 *
 * @csspart base - The whole report.
 * @csspart notice - The sign-in notice shown while nobody is signed in.
 * @csspart period - The "Show by" choice.
 * @csspart chart - The bar chart (an SVG with a text alternative).
 * @csspart table - Each data table.
 * @csspart button - Every button (`download` on the CSV one).
 *
 * @cssprop [--peer-color-chart-bar=var(--peer-color-accent, #1d5b8f)] - Bars of the chart.
 * @cssprop [--peer-color-chart-hidden=#9ca3af] - The stub bar of a hidden number.
 */
@localized()
export class PeerProgramStats extends PeerApiElement {
  static override styles = [
    baseStyles,
    controlStyles,
    supporterSideStyles,
    css`
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.95em;
      }
      th,
      td {
        border-bottom: 1px solid var(--peer-color-border, #c9ced6);
        padding: 0.3em 0.5em;
        text-align: start;
      }
      td.number {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      td.open {
        color: var(--peer-color-muted, #4b5563);
      }
      .table-wrap {
        overflow-x: auto;
      }
      svg {
        max-width: 100%;
        height: auto;
      }
      .bar {
        fill: var(--peer-color-chart-bar, var(--peer-color-accent, #1d5b8f));
      }
      .bar.hidden {
        fill: var(--peer-color-chart-hidden, #9ca3af);
      }
    `,
  ];

  /** Numbers by `month` or by `quarter` (with kinds, topics and referrals); the reader can change it. */
  @property({ reflect: true }) period: 'month' | 'quarter' = 'month';
  @state() private stats?: Stats;
  @state() private problem?: string;
  /** The server said this account may not read the numbers (403). */
  @state() private refused = false;

  private readonly session = new SessionController(this, () => this.config.value);
  private loadedFor?: string;
  /** The read under way: a newer one (another period), or leaving the page, cancels it. */
  private reading?: AbortController;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.reading?.abort();
    this.loadedFor = undefined;
  }

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

  override render() {
    if (this.session.status !== 'signed-in') return html`<div part="base">${renderSignedOut(this.session)}</div>`;
    if (this.refused) {
      return html`<section part="base" class="panel" aria-labelledby="stats-title">
        <h2 id="stats-title">${msg('What the program did')}</h2>
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
      <label class="field" for="period">${msg('Show by')}</label>
      <select id="period" part="period" class="control" @change=${(event: Event) => (this.period = (event.target as HTMLSelectElement).value as 'month' | 'quarter')}>
        <option value="month" ?selected=${this.period === 'month'}>${msg('Month')}</option>
        <option value="quarter" ?selected=${this.period === 'quarter'}>${msg('Quarter')}</option>
      </select>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${rows.length ? this.renderChart(rows, open) : html`<p>${msg('Nothing is published yet.')}</p>`}
      ${rows.length || open.length ? this.renderTotals(rows, open) : nothing}
      ${rows.length && this.stats?.period === 'quarter' ? this.renderBreakdowns(rows) : nothing}
      ${this.stats?.period === 'month' ? html`<p class="hint">${msg('Kinds, topics and referrals are shown by quarter only, where the numbers are larger.')}</p>` : nothing}
      <div class="actions"><button type="button" part="button download" class="button secondary" ?disabled=${!rows.length} @click=${() => this.download()}>${msg('Download CSV')}</button></div>
    </section>`;
  }

  private openSentence(period: Open): string {
    return msg(str`Not published yet: contacts can still be logged for it. Its numbers appear on ${dateTime(period.publishedFrom, this.config.value.locale)}.`);
  }

  private renderChart(rows: Row[], open: Open[]) {
    const max = Math.max(5, ...rows.map((row) => row.contacts ?? 0));
    const barWidth = 40;
    const gap = 16;
    const height = 160;
    const width = rows.length * (barWidth + gap) + gap;
    const description = [
      ...rows.map((row) => (row.contacts === null ? msg(str`${row.period}: hidden`) : msg(str`${row.period}: ${row.contacts} contacts`))),
      ...open.map((period) => msg(str`${period.period}: not published yet`)),
    ].join('; ');
    return html`<figure part="chart">
      <svg role="img" aria-labelledby="chart-title" aria-describedby="chart-description" viewBox="0 0 ${width} ${height + 40}" width=${width} height=${height + 40}>
        <title id="chart-title">${msg('Contacts per period')}</title>
        <desc id="chart-description">${description}.</desc>
        ${rows.map((row, index) => {
          const value = row.contacts ?? 0;
          const barHeight = row.contacts === null ? 4 : Math.round((value / max) * height);
          const x = gap + index * (barWidth + gap);
          return svg`<g>
            <rect class="bar ${row.contacts === null ? 'hidden' : ''}" x=${x} y=${height - barHeight} width=${barWidth} height=${barHeight}></rect>
            <text x=${x + barWidth / 2} y=${height + 16} text-anchor="middle" font-size="11">${row.period}</text>
            <text x=${x + barWidth / 2} y=${height - barHeight - 4} text-anchor="middle" font-size="11">${row.contacts === null ? msg('hidden') : value}</text>
          </g>`;
        })}
      </svg>
    </figure>`;
  }

  private renderTotals(rows: Row[], open: Open[]) {
    return html`<div class="table-wrap"><table part="table">
        <caption>${msg('Contacts, hours and people')}</caption>
        <thead><tr><th scope="col">${msg('Period')}</th>${TOTALS.map((key) => html`<th scope="col">${this.totalLabel(key)}</th>`)}</tr></thead>
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
    const table = (caption: string, keys: readonly string[], label: (key: string) => string, pick: (row: Row) => Record<string, number | null> | undefined) =>
      html`<div class="table-wrap"><table part="table">
        <caption>${caption}</caption>
        <thead><tr><th scope="col">${msg('Period')}</th>${keys.map((key) => html`<th scope="col">${label(key)}</th>`)}</tr></thead>
        <tbody>${rows.map((row) => html`<tr><th scope="row">${row.period}</th>${keys.map((key) => html`<td class="number">${this.cell(pick(row)?.[key])}</td>`)}</tr>`)}</tbody>
      </table></div>`;
    return html`${table(msg('Kinds of contact'), CONTACT_KINDS, kindLabel, (row) => row.kinds)}
      ${table(msg('Topics (a contact can have several)'), CONTACT_TOPICS, topicLabel, (row) => row.topics)}
      ${table(msg('Referrals (a contact can have several)'), REFERRAL_TARGETS, referralLabel, (row) => row.referrals)}`;
  }
}
