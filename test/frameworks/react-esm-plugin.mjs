// A web-test-runner plugin that serves React to the test pages as ES modules. `react` and `react-dom`
// ship only CommonJS (`require`, `module.exports`), which a browser cannot import and wtr's
// nodeResolve does not convert. esbuild (installed with @web/dev-server-esbuild) bundles them once per
// run into one module, and each bare specifier (`react`, `react-dom`, `react-dom/client`) resolves to
// a small module re-exporting its part by name, so the test, @lit/react's wrappers and ReactDOM share
// one copy of React. Nothing is evaluated in the page from strings: the strict CSP needs no
// `unsafe-eval` (React has no `eval`, and creates no Trusted Types policy).
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const PREFIX = '/__react-esm/';
const SPECIFIERS = ['react', 'react-dom', 'react-dom/client'];
const MODE = 'development'; // React's warnings (keys, props, hooks) show in the test output
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const fileOf = (specifier) => `${specifier.replace(/\//g, '-')}.js`;

let shared;
/** The one bundle: `export { part0, part1, … }`, each the `module.exports` of one specifier. */
function sharedBundle() {
  shared ??= build({
    stdin: {
      contents: [
        ...SPECIFIERS.map((specifier, index) => `import part${index} from ${JSON.stringify(specifier)};`),
        `export { ${SPECIFIERS.map((_, index) => `part${index}`).join(', ')} };`,
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    define: { 'process.env.NODE_ENV': JSON.stringify(MODE) },
  }).then((result) => result.outputFiles[0].text);
  return shared;
}

/**
 * The names a CommonJS package exports, read in a child Node process (React's development build
 * calls `console.createTask` when it loads, which wtr's console proxy does not have).
 */
function exportNames(specifier) {
  const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  const output = execFileSync(process.execPath, ['-e', script], { cwd: process.cwd(), env: { ...process.env, NODE_ENV: MODE }, encoding: 'utf8' });
  return JSON.parse(output).filter((name) => name !== 'default' && IDENTIFIER.test(name));
}

/** `export default part; export const { createElement, useState, … } = part;` for one specifier. */
function facade(specifier) {
  const index = SPECIFIERS.indexOf(specifier);
  const names = exportNames(specifier);
  return [
    `import { part${index} as part } from '${PREFIX}shared.js';`,
    'export default part;',
    names.length ? `export const { ${names.join(', ')} } = part;` : '',
  ].join('\n');
}

export function reactEsmPlugin() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (SPECIFIERS.includes(source)) return `${PREFIX}${fileOf(source)}`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const file = context.path.slice(PREFIX.length);
      if (file === 'shared.js') return { body: await sharedBundle(), type: 'js' };
      const specifier = SPECIFIERS.find((candidate) => fileOf(candidate) === file);
      return specifier ? { body: facade(specifier), type: 'js' } : undefined;
    },
  };
}
