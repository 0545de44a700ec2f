export declare const rosterStyles: import("lit").CSSResult;
