/**
 * One request and one answer per list, shared by every element on the page that shows it, and by a
 * second copy of this library on the same page (see `page-registry.ts`): a roster, a request form and
 * ten cards read `GET supporters` once.
 *
 * A list is known by its share key (`PeerHttpClient.shareKey`: URL, credentials mode, extra headers);
 * elements that would send the very same request share it, any difference sends its own. The answer
 * is the parsed JSON as the server sent it: each element reads it by its own schema (`conform.ts`).
 * It is kept while at least one element shows it, and every element showing it gets each newer answer.
 */
import { PeerAbortError } from './errors.js';
import { pageRegistry } from './page-registry.js';
function sharedList(key) {
    const { lists } = pageRegistry();
    let list = lists.get(key);
    if (!list)
        lists.set(key, (list = { viewers: new Set() }));
    return list;
}
function forgetIfUnused(key, list) {
    const { lists } = pageRegistry();
    if (!list.viewers.size && !list.flight && lists.get(key) === list)
        lists.delete(key);
}
/** Shows `viewer` every new answer for `key` until the returned function is called. */
export function watchSharedList(key, viewer) {
    const list = sharedList(key);
    list.viewers.add(viewer);
    return () => {
        list.viewers.delete(viewer);
        // Nobody shows it any more: the next element to want it asks the server again.
        if (!list.viewers.size)
            list.answer = undefined;
        forgetIfUnused(key, list);
    };
}
/** The answer the elements watching `key` are showing, if any. */
export function currentSharedAnswer(key) {
    return pageRegistry().lists.get(key)?.answer;
}
/**
 * Fetches the list for `key` with `fetch`, or joins the request already on its way, and shows the
 * answer to every viewer. `signal` lets this caller go; the request itself is cancelled only when
 * every caller waiting for it has gone. `first` is true for exactly one caller per answer.
 */
export async function fetchSharedList(key, fetch, signal) {
    const list = sharedList(key);
    const flight = list.flight ?? startFlight(key, list, fetch);
    flight.waiters++;
    try {
        const answer = await untilAborted(flight.promise, signal);
        const first = !flight.claimed;
        flight.claimed = true;
        return { answer, first };
    }
    finally {
        if (--flight.waiters === 0 && !flight.settled) {
            // Let go so that an element arriving later starts afresh instead of joining a cancelled request.
            if (list.flight === flight)
                list.flight = undefined;
            flight.abort.abort();
            forgetIfUnused(key, list);
        }
    }
}
function startFlight(key, list, fetch) {
    const abort = new AbortController();
    const flight = {
        abort,
        waiters: 0,
        settled: false,
        claimed: false,
        promise: fetch(abort.signal)
            .then((json) => {
            const answer = { json, receivedAt: Date.now() };
            if (list.viewers.size)
                list.answer = answer;
            for (const viewer of [...list.viewers])
                viewer(answer);
            return answer;
        })
            .finally(() => {
            flight.settled = true;
            if (list.flight === flight)
                list.flight = undefined;
            forgetIfUnused(key, list);
        }),
    };
    // Every waiter handles a failure; a request all of them let go must not be an unhandled rejection.
    flight.promise.catch(() => undefined);
    list.flight = flight;
    return flight;
}
function untilAborted(promise, signal) {
    if (signal.aborted)
        return Promise.reject(new PeerAbortError('Cancelled'));
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(new PeerAbortError('Cancelled'));
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then((value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
    });
}
