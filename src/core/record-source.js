/**
 * Where each record from a server was read, so that a relative URL in it (a photo at
 * `/photos/ana.svg`) resolves against the API that sent it, like a link in any document, and not
 * against the intranet page that happens to show it. Records passed in by a page script have no
 * source here and resolve against the page.
 */
const sources = new WeakMap();
export function rememberSource(records, url) {
    for (const record of records)
        if (typeof record === 'object' && record !== null)
            sources.set(record, url);
}
/** The absolute URL the record was read from, if it came from a server. */
export function sourceOf(record) {
    return sources.get(record);
}
