/** Lower case without accents, so "jose" finds "José". Shared by every widget's search. */
export declare function fold(text: string): string;
