/**
 * Every public event is a typed `peer-*` event. The analyzer also reads the first string passed to
 * an event class's constructor (`new PeerPlanSaveEvent('device')`) as an event name; drop those.
 */
const peerEventsOnly = {
  name: 'peer-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('peer-'));
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  // The React wrappers and Vue types describe the elements again; they are not elements.
  exclude: ['src/**/*.test.ts', 'src/core/locales/**', 'src/react/**', 'src/vue/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [peerEventsOnly],
};
