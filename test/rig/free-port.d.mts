/** A TCP port free on the loopback right now (see free-port.mjs). */
export function freePort(): Promise<number>;
