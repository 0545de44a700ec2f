export declare const resourceDirectoryStyles: import("lit").CSSResult;
