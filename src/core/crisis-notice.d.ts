import type { CrisisLine } from './config.js';
/**
 * The crisis line as every widget shows it (`<peer-crisis-line>` is this, standing alone).
 * Parts: `crisis`, `crisis-heading`, `crisis-message`, `crisis-actions`, `crisis-link`.
 */
export declare function renderCrisisNotice(line: CrisisLine, options?: {
    compact?: boolean;
    part?: string;
}): import("lit-html").TemplateResult<1>;
export declare const crisisNoticeStyles: import("lit").CSSResult;
