/** One sweep; safe to run at any time and as often as wanted. */
export function sweep(parts, now) {
    const erased = parts.requests.eraseDue(now);
    const purged = parts.accounts.purgeExpired(now);
    // Erasing rewrites rows, but the -wal file keeps the old pages (with the erased words) until about
    // 1,000 pages of later writes reuse it. After anything was erased, fold the WAL into the file and
    // truncate it (secure_delete has already zeroed the freed space in the pages). When another process
    // is reading an older snapshot it reports busy without waiting, and stays due: the next sweep, on
    // the timer or from the inbox, retries it.
    const wal = parts.requests.truncateWalAfterErasure();
    return { erased, purged, wal };
}
/** Sweeps now and every `intervalMs`; returns a function that stops the timer. */
export function startMaintenance(parts, now, intervalMs = 60_000) {
    sweep(parts, now());
    const timer = setInterval(() => {
        try {
            sweep(parts, now());
        }
        catch {
            // A busy database (another process writing) is retried on the next tick.
        }
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
}
