export declare const selfCarePlanStyles: import("lit").CSSResult;
