import { defineConfig } from 'vite';
import type { LibraryOptions, Plugin } from 'vite';
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** Every `src/<element>/define.ts` becomes `dist/elements/<element>.js`. */
function elementEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const folder of readdirSync('src', { withFileTypes: true })) {
    if (folder.isDirectory() && existsSync(`src/${folder.name}/define.ts`)) entries[`elements/${folder.name}`] = `src/${folder.name}/define.ts`;
  }
  return entries;
}

/**
 * The one-tag file under a name that names its release, `peer-support.<version>.js`, next to
 * `peer-support.js`: an intranet page can pin it (with SRI) and the server caches it for good.
 * It is a byte-for-byte copy of every entry of the one-tag build, whatever that entry holds (the
 * whole library today, a small loader later), and sits in the same folder so its relative imports
 * of `chunks/…` (content-hashed already) resolve exactly as the original's do.
 */
function versionedOneTagCopy(): Plugin {
  return {
    name: 'peer-versioned-one-tag-copy',
    writeBundle(output, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.isEntry) continue;
        copyFileSync(join(output.dir!, file.fileName), join(output.dir!, file.fileName.replace(/\.js$/, `.${version}.js`)));
      }
    },
  };
}

// Two builds (see README "Build"): `vite build` makes the one self-contained file a CMS page loads;
// `vite build --mode entries` makes per-element modules that share one copy of lit between them.
export default defineConfig(({ mode }) => {
  const entries = mode === 'entries';
  return {
    plugins: entries ? [] : [versionedOneTagCopy()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !entries,
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: (entries
          ? { index: 'src/index.ts', define: 'src/peer-support.ts', ...elementEntries() }
          : { 'peer-support': 'src/peer-support.ts' }) as Record<string, string>,
        formats: ['es'],
      } satisfies LibraryOptions,
      rollupOptions: {
        output: { chunkFileNames: 'chunks/[name]-[hash].js', entryFileNames: '[name].js' },
      },
    },
  };
});
