import { css, html, nothing, svg } from 'lit';
import { state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CONTACT_KINDS, CONTACT_TOPICS, REFERRAL_TARGETS, StatsSchema } from '../core/contract.js';
import type { Stats } from '../core/contract.js';
import { conformRecord } from '../core/conform.js';
import { kindLabel, referralLabel, topicLabel } from '../core/contact-words.js';
import { PeerBadResponseError, isPeerError } from '../core/errors.js';
import { PeerElement } from '../core/peer-element.js';
import { SessionController } from '../core/session-controller.js';
import { renderSignedOut, supporterSideStyles } from '../core/signed-out.js';
import { baseStyles, controlStyles } from '../core/styles.js';

type Row = Stats['rows'][number];

/**
 * @tag peer-program-stats
 * @summary The program's impact by month or quarter — contacts, hours, people reached, kinds, topics
 * and referrals — as an accessible chart with a data table and a CSV download. Small numbers come
 * from the server already hidden as "fewer than 5".
 *
 * @csspart base - The whole report.
 * @csspart chart - The bar chart (an SVG with a text alternative).
 * @csspart table - Each data table.
 * @csspart button - Every button.
 */
@localized()
export class PeerProgramStats extends PeerElement {
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
      .table-wrap {
        overflow-x: auto;
      }
      svg {
        max-width: 100%;
        height: auto;
      }
    `,
  ];

  @state() private period: 'month' | 'quarter' = 'month';
  @state() private stats?: Stats;
  @state() private problem?: string;

  private readonly session = new SessionController(this, () => this.config.value);
  private loadedFor?: string;

  protected override willUpdate(): void {
    const key = `${this.session.session?.accountId}:${this.period}`;
    if (this.session.status === 'signed-in' && this.loadedFor !== key) {
      this.loadedFor = key;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      this.stats = await this.session.client.request('stats', {
        query: { period: this.period },
        decode: (json) => {
          const stats = conformRecord<Stats>(StatsSchema, json);
          if (!stats) throw new PeerBadResponseError('The impact report is not in the expected shape.');
          return stats;
        },
      });
      this.problem = undefined;
    } catch (error) {
      this.problem = isPeerError(error) ? error.userMessage : String(error);
    }
  }

  private cell(value: number | null | undefined) {
    return value === null || value === undefined ? msg('fewer than 5') : String(value);
  }

  /** CSV for a spreadsheet; hidden numbers stay hidden ("fewer than 5"). */
  csv(): string {
    const rows = this.stats?.rows ?? [];
    const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
    const header = ['period', 'contacts', 'hours', 'people', ...CONTACT_KINDS.map((kind) => `kind:${kind}`), ...CONTACT_TOPICS.map((topic) => `topic:${topic}`), ...REFERRAL_TARGETS.map((target) => `referral:${target}`)];
    const lines = rows.map((row) =>
      [
        row.period,
        this.cell(row.contacts),
        this.cell(row.hours),
        this.cell(row.people),
        ...CONTACT_KINDS.map((kind) => this.cell(row.kinds[kind])),
        ...CONTACT_TOPICS.map((topic) => this.cell(row.topics[topic])),
        ...REFERRAL_TARGETS.map((target) => this.cell(row.referrals[target])),
      ]
        .map(quote)
        .join(','),
    );
    return [header.map(quote).join(','), ...lines].join('\r\n') + '\r\n';
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
    const rows = this.stats?.rows ?? [];
    return html`<section part="base" class="panel" aria-labelledby="stats-title">
      <h2 id="stats-title">${msg('What the program did')}</h2>
      <p class="hint">${msg('Numbers under 5 are shown as “fewer than 5”, and a few others are hidden with them, so that nobody can be identified.')}</p>
      <label class="field" for="period">${msg('Show by')}</label>
      <select id="period" class="control" @change=${(event: Event) => (this.period = (event.target as HTMLSelectElement).value as 'month' | 'quarter')}>
        <option value="month" ?selected=${this.period === 'month'}>${msg('Month')}</option>
        <option value="quarter" ?selected=${this.period === 'quarter'}>${msg('Quarter')}</option>
      </select>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${rows.length ? this.renderChart(rows) : html`<p>${msg('Nothing logged yet.')}</p>`}
      ${rows.length ? this.renderTables(rows) : nothing}
      <div class="actions"><button type="button" part="button" class="button secondary" ?disabled=${!rows.length} @click=${() => this.download()}>${msg('Download CSV')}</button></div>
    </section>`;
  }

  private renderChart(rows: Row[]) {
    const max = Math.max(5, ...rows.map((row) => row.contacts ?? 0));
    const barWidth = 40;
    const gap = 16;
    const height = 160;
    const width = rows.length * (barWidth + gap) + gap;
    return html`<figure part="chart">
      <svg role="img" aria-labelledby="chart-title" viewBox="0 0 ${width} ${height + 40}" width=${width} height=${height + 40}>
        <title id="chart-title">${msg('Contacts per period; the table below has the same numbers.')}</title>
        ${rows.map((row, index) => {
          const value = row.contacts ?? 0;
          const barHeight = row.contacts === null ? 4 : Math.round((value / max) * height);
          const x = gap + index * (barWidth + gap);
          return svg`<g>
            <rect x=${x} y=${height - barHeight} width=${barWidth} height=${barHeight} fill=${row.contacts === null ? '#9ca3af' : '#1d5b8f'}></rect>
            <text x=${x + barWidth / 2} y=${height + 16} text-anchor="middle" font-size="11">${row.period}</text>
            <text x=${x + barWidth / 2} y=${height - barHeight - 4} text-anchor="middle" font-size="11">${row.contacts === null ? '<5' : value}</text>
          </g>`;
        })}
      </svg>
    </figure>`;
  }

  private renderTables(rows: Row[]) {
    const table = (caption: string, keys: readonly string[], label: (key: string) => string, pick: (row: Row) => Record<string, number | null>) =>
      html`<div class="table-wrap"><table part="table">
        <caption>${caption}</caption>
        <thead><tr><th scope="col">${msg('Period')}</th>${keys.map((key) => html`<th scope="col">${label(key)}</th>`)}</tr></thead>
        <tbody>${rows.map((row) => html`<tr><th scope="row">${row.period}</th>${keys.map((key) => html`<td class="number">${this.cell(pick(row)[key])}</td>`)}</tr>`)}</tbody>
      </table></div>`;
    return html`${table(msg('Contacts, hours and people reached'), ['contacts', 'hours', 'people'], (key) => (key === 'contacts' ? msg('Contacts') : key === 'hours' ? msg('Hours') : msg('People reached')), (row) => ({ contacts: row.contacts, hours: row.hours, people: row.people }))}
    ${table(msg('Kinds of contact'), CONTACT_KINDS, kindLabel, (row) => row.kinds as Record<string, number | null>)}
    ${table(msg('Topics'), CONTACT_TOPICS, topicLabel, (row) => row.topics as Record<string, number | null>)}
    ${table(msg('Referrals'), REFERRAL_TARGETS, referralLabel, (row) => row.referrals as Record<string, number | null>)}
    <p class="hint">${msg(str`Published numbers only; the server never sends the hidden ones.`)}</p>`;
  }
}
