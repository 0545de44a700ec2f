import type { SessionController } from './session-controller.js';
/** What every supporter-side widget shows until someone signs in. */
export declare function renderSignedOut(session: SessionController): import("lit-html").TemplateResult<1>;
export declare const supporterSideStyles: import("lit").CSSResult;
