const REGISTRY_KEY = Symbol.for('peer-support-widgets.page-registry.v1');
export function pageRegistry() {
    const store = globalThis;
    return (store[REGISTRY_KEY] ??= { lists: new Map(), providerIds: new WeakMap(), nextProviderId: 1, toldIt: new Set() });
}
