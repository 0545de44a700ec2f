import { defineConfig } from 'vite';
import { readdirSync, existsSync } from 'node:fs';
/** Every `src/<element>/define.ts` becomes `dist/elements/<element>.js`. */
function elementEntries() {
    const entries = {};
    for (const folder of readdirSync('src', { withFileTypes: true })) {
        if (folder.isDirectory() && existsSync(`src/${folder.name}/define.ts`))
            entries[`elements/${folder.name}`] = `src/${folder.name}/define.ts`;
    }
    return entries;
}
// Two builds (see README "Build"): `vite build` makes the one self-contained file a CMS page loads;
// `vite build --mode entries` makes per-element modules that share one copy of lit between them.
export default defineConfig(({ mode }) => {
    const entries = mode === 'entries';
    return {
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
                    : { 'peer-support': 'src/peer-support.ts' }),
                formats: ['es'],
            },
            rollupOptions: {
                output: { chunkFileNames: 'chunks/[name]-[hash].js', entryFileNames: '[name].js' },
            },
        },
    };
});
