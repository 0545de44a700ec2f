/**
 * Lazy registration: imports `elements/<module>.js` (resolved against `base`, the loader's own URL)
 * the first time one of its tags is in the page: in the document or in an open shadow root, at
 * start or after any later DOM change. Nothing global is patched: one MutationObserver watches the
 * document and each open shadow root as it is found, either while walking a new subtree or once a
 * custom element that was not defined yet gets its definition (`customElements.whenDefined`: that
 * is when its shadow root appears). A tag already defined (another copy of the library on the page
 * registered it) is left alone. Once every module has been asked for, the observer stops.
 *
 * Not seen: closed shadow roots, and a shadow root attached later than its element's upgrade.
 */
export function lazyDefine(modules: Readonly<Record<string, string>>, base: string): void {
  /** Tags not yet defined and not yet asked for. */
  const waiting = new Set(Object.keys(modules).filter((tag) => !customElements.get(tag)));
  const requested = new Set<string>();
  const roots: WeakRef<Document | ShadowRoot>[] = [];
  const watched = new WeakSet<Node>();
  const awaited = new Set<string>();
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });

  function request(tag: string): void {
    const module = modules[tag];
    for (const [other, name] of Object.entries(modules)) if (name === module) waiting.delete(other);
    if (!requested.has(module)) {
      requested.add(module);
      import(/* @vite-ignore */ new URL(`./elements/${module}.js`, base).href).catch((error: unknown) => {
        console.error(`peer-support: elements/${module}.js (for <${tag}>) did not load`, error);
      });
    }
    if (waiting.size === 0) observer.disconnect();
  }

  function watch(root: Document | ShadowRoot): void {
    if (waiting.size === 0 || watched.has(root)) return;
    watched.add(root);
    roots.push(new WeakRef(root));
    observer.observe(root, { childList: true, subtree: true });
    scan(root);
  }

  /** Looks again into the elements named `tag`, now defined, for the shadow roots they attached. */
  function defined(tag: string): void {
    for (const ref of roots) ref.deref()?.querySelectorAll(tag).forEach((element) => element.shadowRoot && watch(element.shadowRoot));
  }

  function visit(element: Element): void {
    const tag = element.localName;
    if (waiting.has(tag)) request(tag);
    if (element.shadowRoot) watch(element.shadowRoot);
    else if (tag.includes('-') && !awaited.has(tag) && !customElements.get(tag)) {
      awaited.add(tag);
      void customElements.whenDefined(tag).then(() => defined(tag));
    }
  }

  /** A root, or an added element, and everything under it. */
  function scan(root: ParentNode): void {
    if (waiting.size === 0) return;
    if (root instanceof Element) visit(root);
    root.querySelectorAll('*').forEach(visit);
  }

  watch(document);
}
