export declare const requestFormStyles: import("lit").CSSResult;
