// A TCP port free on the loopback right now, for a server or browser driver that must be told one
// (the test rig's WebDriver, embedded PostgreSQL, `npm run screenshots`).
import { createServer } from 'node:net';

/** Binds port 0 on 127.0.0.1, reads the port the system gave, and frees it again. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
