import { defineConfig } from 'vite';
import type { LibraryOptions, Plugin } from 'vite';
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

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

/** Blanks a range of `code`, keeping its line breaks, so that every line and column after it stays put. */
const blank = (code: string, start: number, end: number) => code.slice(0, start) + code.slice(start, end).replace(/[^\n]/g, ' ') + code.slice(end);

/**
 * The contract's schemas carry `description` strings for the OpenAPI document the reference server
 * builds (`/api/openapi.json`); the browser never reads them. This drops every `description:` whose
 * value is a string (a schema *property* named description has a schema object as its value and
 * stays) from src/core/contract.ts and its modules in src/core/contract/ as the browser builds read them; the file itself is untouched, and
 * the server, which imports the source, keeps them. Blanked, not cut, so the source map stays exact.
 */
function stripContractDescriptions(): Plugin {
  return {
    name: 'peer-strip-contract-descriptions',
    transform(code, id) {
      if (!/\/src\/core\/contract(\.ts|\/[\w-]+\.ts)$/.test(id.replace(/\\/g, '/'))) return;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const ranges: [number, number][] = [];
      const isText = (node: ts.Node): boolean =>
        ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken && isText(node.left) && isText(node.right));
      const visit = (node: ts.Node) => {
        if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'description' && isText(node.initializer)) {
          const after = code.slice(node.end).match(/^\s*,/);
          ranges.push([node.getStart(source), node.end + (after ? after[0].length : 0)]);
        } else ts.forEachChild(node, visit);
      };
      visit(source);
      let out = code;
      for (const [start, end] of ranges) out = blank(out, start, end);
      return { code: out, map: null };
    },
  };
}

/**
 * Whitespace in Lit `css\`…\`` literals: comments go, runs of spaces and tabs become one space (or
 * nothing next to `{ } ; ,`), and each line break stays a line break, so lines in the source map
 * still match. Quoted strings inside the CSS (none today) are left exactly as written.
 */
function minifyCssLiterals(): Plugin {
  const squeeze = (text: string) =>
    text
      .split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\/\*[\s\S]*?\*\/)/)
      .map((part, index) =>
        index % 2
          ? part.startsWith('/*')
            ? part.replace(/[^\n]/g, '')
            : part
          : part
              .replace(/[ \t]*\n\s*/g, (run) => '\n'.repeat(run.split('\n').length - 1))
              .replace(/[ \t]+/g, ' ')
              .replace(/ ?([{};,]) ?/g, '$1'),
      )
      .join('');
  return {
    name: 'peer-minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.replace(/\\/g, '/')) || !code.includes('css`')) return;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: [number, number, string][] = [];
      const visit = (node: ts.Node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
          const template = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            // The raw text between the part's delimiters: ` or } before, ` or ${ after.
            const start = part.getStart(source) + 1;
            const end = part.end - (ts.isNoSubstitutionTemplateLiteral(part) || ts.isTemplateTail(part) ? 1 : 2);
            edits.push([start, end, squeeze(code.slice(start, end))]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (edits.length === 0) return;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

// Three builds (see README "Packages and build"):
// - `vite build`: `peer-support.js`, the small loader a CMS page pastes (src/loader/): it imports
//   `elements/<module>.js` from beside itself when a tag appears;
// - `vite build --mode all`: `peer-support.all.js`, every element in one self-contained file, for
//   pages that want a single request (src/peer-support.ts);
// - `vite build --mode entries`: the per-element modules (what the loader imports), `define.js` and
//   `index.js`, sharing one copy of lit between them in `chunks/`; and `peer-support-sw.js`, the push
//   notices' service worker (self-contained: a service worker cannot import from another origin).
// The one-tag files (the first two) each get a release copy, `<name>.<version>.js`.
export default defineConfig(({ mode }) => {
  const entries = mode === 'entries';
  const oneTag: Record<string, string> = mode === 'all' ? { 'peer-support.all': 'src/peer-support.ts' } : { 'peer-support': 'src/loader/index.ts' };
  return {
    plugins: [stripContractDescriptions(), minifyCssLiterals(), ...(entries ? [] : [versionedOneTagCopy()])],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !entries && mode !== 'all',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: (entries
          ? { index: 'src/index.ts', define: 'src/peer-support.ts', 'peer-support-sw': 'src/push/service-worker.ts', ...elementEntries() }
          : oneTag) as Record<string, string>,
        formats: ['es'],
      } satisfies LibraryOptions,
      rollupOptions: {
        // Whitespace too: in library mode Vite leaves it for ES output (a consumer's bundler minifies), but
        // these files go to the browser as they are. Pure annotations stay (comments below), so a
        // bundler that imports index.js can still drop what it does not use.
        output: { chunkFileNames: 'chunks/[name]-[hash].js', entryFileNames: '[name].js', minify: true },
      },
    },
  };
});
