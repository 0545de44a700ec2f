export interface SharedAnswer {
    /** The parsed body, untouched. */
    readonly json: unknown;
    /** When it arrived (milliseconds since the epoch). */
    readonly receivedAt: number;
}
export type SharedAnswerViewer = (answer: SharedAnswer) => void;
/** Shows `viewer` every new answer for `key` until the returned function is called. */
export declare function watchSharedList(key: string, viewer: SharedAnswerViewer): () => void;
/** The answer the elements watching `key` are showing, if any. */
export declare function currentSharedAnswer(key: string): SharedAnswer | undefined;
/**
 * Fetches the list for `key` with `fetch`, or joins the request already on its way, and shows the
 * answer to every viewer. `signal` lets this caller go; the request itself is cancelled only when
 * every caller waiting for it has gone. `first` is true for exactly one caller per answer.
 */
export declare function fetchSharedList(key: string, fetch: (signal: AbortSignal) => Promise<unknown>, signal: AbortSignal): Promise<{
    answer: SharedAnswer;
    first: boolean;
}>;
