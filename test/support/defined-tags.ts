// What the library registers, read from the files that register it: every `src/<element>/define.ts`
// (listed by the build's manifest, dist/custom-elements.json, whose analyzer globs src/: run after
// `npm run build`), each read for its `defineElement('<tag>', <Class>)` calls.

export interface DefinedTag {
  tag: string;
  /** The class registered for it, as `src/index.ts` exports it. */
  className: string;
  /** The define.ts that registers it. */
  file: string;
}

export async function definedTags(): Promise<DefinedTag[]> {
  const response = await fetch('/dist/custom-elements.json');
  if (!response.ok) throw new Error('dist/custom-elements.json is missing: run `npm run build` first');
  const manifest = (await response.json()) as { modules: { path: string }[] };
  const files = manifest.modules.map((module) => module.path).filter((path) => /^src\/[^/]+\/define\.ts$/.test(path));
  const tags: DefinedTag[] = [];
  for (const file of files) {
    const source = await (await fetch(`/${file}`)).text();
    for (const [, tag, className] of source.matchAll(/defineElement\(\s*["']([a-z][a-z0-9-]*)["']\s*,\s*([A-Za-z_$][\w$]*)\s*\)/g)) tags.push({ tag, className, file });
  }
  return tags.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}
