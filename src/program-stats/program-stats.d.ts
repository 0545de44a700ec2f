import { PeerElement } from '../core/peer-element.js';
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
 * @csspart chart - The bar chart (an SVG with a text alternative).
 * @csspart table - Each data table.
 * @csspart button - Every button.
 */
export declare class PeerProgramStats extends PeerElement {
    static styles: import("lit").CSSResult[];
    private period;
    private stats?;
    private problem?;
    /** The server said this account may not read the numbers (403). */
    private refused;
    private readonly session;
    private loadedFor?;
    protected willUpdate(): void;
    private load;
    private cell;
    private totalLabel;
    /** CSV for a spreadsheet; hidden numbers stay hidden, and open periods say they are not published yet. */
    csv(): string;
    private download;
    render(): import("lit-html").TemplateResult<1>;
    private openSentence;
    private renderChart;
    private renderTotals;
    private renderBreakdowns;
}
