export declare function kindLabel(kind: string): string;
export declare function originLabel(origin: string): string;
export declare function topicLabel(topic: string): string;
export declare function referralLabel(target: string): string;
