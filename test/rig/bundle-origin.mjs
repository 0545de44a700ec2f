import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

// A third origin for the embedding tests: the reference server as `npm start` runs it (the built
// dist/ and demo/ at `/`, the real static-file headers), on a port of its own. A test page on the
// test runner's origin loads the bundle from here and talks to the API on the reference server's
// origin, as an intranet page loads a bundle from a CDN-like host and reaches an HR portal.
const state = { app: undefined, origin: '' };

/** `http://127.0.0.1:<port>`, or '' before it has started. */
export const bundleOrigin = () => state.origin;

export async function startBundleOrigin() {
  const { buildApp } = await tsImport('../../server/app.ts', import.meta.url);
  const folder = (name) => fileURLToPath(new URL(`../../${name}`, import.meta.url));
  // Its own API is never called: an in-memory database keeps nothing behind.
  state.app = await buildApp({ dbFile: ':memory:', publicDirs: [folder('dist'), folder('demo')] });
  await state.app.listen({ port: 0, host: '127.0.0.1' });
  state.origin = `http://127.0.0.1:${state.app.server.address().port}`;
}

export async function stopBundleOrigin() {
  await state.app?.close();
  state.app = undefined;
  state.origin = '';
}
