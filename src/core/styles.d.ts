/**
 * Shared look of every widget. Host pages are hostile by default (`* { all: unset }`, `img { width:
 * 100% }`, odd fonts), so the shadow root's `base` part starts from `all: initial` and builds back up
 * from `--peer-*` tokens only (documented on `PeerElement`). Custom properties survive `all`, which
 * is what makes theming work.
 */
export declare const baseStyles: import("lit").CSSResult;
/** Buttons and text controls every widget shares: 44 px targets, visible states, tokens only. */
export declare const controlStyles: import("lit").CSSResult;
/** The search-and-filter bar above a list (roster, directory), and its live count of matches. */
export declare const filterBarStyles: import("lit").CSSResult;
