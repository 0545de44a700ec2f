import type { Supporter } from '../core/contract.js';
export type CardLayout = 'grid' | 'list' | 'compact';
export interface CardContext {
    locale: string;
    layout: CardLayout;
    /** The photo failed to load: show initials instead. */
    photoFailed: boolean;
    onPhotoError: (supporter: Supporter) => void;
    onRequestContact: (supporter: Supporter) => void;
    /** Offered on cards of supporters who are away: narrows the roster to who is available now. */
    onShowAvailable?: () => void;
}
export declare function renderSupporterCard(supporter: Supporter, context: CardContext): import("lit-html").TemplateResult<1>;
/**
 * Emits `peer-request-contact` from `host`. When no page script handled it (called
 * `preventDefault()`), goes to `requestUrl` if the editor set one, else returns a sentence saying
 * where to go instead.
 */
export declare function requestContact(host: HTMLElement, supporter: Supporter, requestUrl: string | undefined): string | undefined;
export declare const supporterCardStyles: import("lit").CSSResult;
