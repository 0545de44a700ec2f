// The structure README "Project layout" promises, read from the imports themselves (run after
// `npm run build`):
// - the self-care plan stays on the device: neither its TypeScript module graph (from
//   src/self-care-plan/define.ts) nor its built one (dist/elements/self-care-plan.js and every chunk
//   it imports) reaches the HTTP client, the outbox, the shared lists, a list or session controller,
//   or any use of fetch, XMLHttpRequest, navigator.sendBeacon, WebSocket or EventSource;
// - src/core knows no element; an element (a top-level src/<element>/ folder) imports no other
//   element; nothing in src imports server/ (or anything else outside src/). src/index.ts,
//   src/peer-support.ts, src/react and src/vue gather the elements and are exempt from the element rule.
// Every failure names the import chain that breaks the rule. The last tests run the same checks on a
// small tree that breaks every rule, so a checker that stopped seeing imports cannot pass silently.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { after, test } from 'node:test';
import ts from 'typescript';

const PACKAGE_NAME = 'peer-support-widgets';
const PLAN_SOURCE = 'src/self-care-plan/define.ts';
const PLAN_BUILT = 'dist/elements/self-care-plan.js';

/** Modules the plan must never load, and why each is there. */
const NETWORK_MODULES: Record<string, string> = {
  'src/core/http-client.ts': 'the HTTP client',
  'src/core/outbox.ts': 'the outbox',
  'src/core/shared-lists.ts': 'the shared lists (one request per list)',
  'src/core/list-controller.ts': 'the list controller (loads lists from the API)',
  'src/core/session-controller.ts': 'the session controller (asks the API who is signed in)',
};
/** Names in code (not in comments) that send something over the network. */
const NETWORK_NAMES = new Set(['fetch', 'XMLHttpRequest', 'sendBeacon', 'WebSocket', 'EventSource']);
/** Files that gather every element: the package's entry points and the framework wrappers. */
const AGGREGATES = [/^src\/index\.ts$/, /^src\/peer-support\.ts$/, /^src\/react\//, /^src\/vue\//];

interface ModuleImport {
  specifier: string;
  line: number;
  typeOnly: boolean;
}

interface ParsedModule {
  imports: ModuleImport[];
  /** `import(x)` whose `x` is not a plain string: where it leads cannot be read. */
  unreadableImports: number[];
  /** Uses of the network names above, with their lines. */
  networkUses: { name: string; line: number }[];
}

const parsed = new Map<string, ParsedModule>();

/** The imports and network uses of one TypeScript or JavaScript file, from its syntax tree (comments are not read). */
function parseModule(file: string): ParsedModule {
  const known = parsed.get(file);
  if (known) return known;
  const text = readFileSync(file, 'utf8');
  const kind = file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const result: ParsedModule = { imports: [], unreadableImports: [], networkUses: [] };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node) ? !!node.importClause?.isTypeOnly : node.isTypeOnly;
      result.imports.push({ specifier: node.moduleSpecifier.text, line: lineOf(node), typeOnly });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      result.imports.push({ specifier: node.moduleReference.expression.text, line: lineOf(node), typeOnly: node.isTypeOnly });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      result.imports.push({ specifier: node.argument.literal.text, line: lineOf(node), typeOnly: true });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) result.imports.push({ specifier: argument.text, line: lineOf(node), typeOnly: false });
      else result.unreadableImports.push(lineOf(node));
    } else if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && NETWORK_NAMES.has(node.text)) {
      result.networkUses.push({ name: node.text, line: lineOf(node) });
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) && NETWORK_NAMES.has(node.argumentExpression.text)) {
      result.networkUses.push({ name: node.argumentExpression.text, line: lineOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  parsed.set(file, result);
  return result;
}

const slash = (path: string) => path.split('\\').join('/');

/**
 * Where a TypeScript import leads, as a path from `root`: `./x.js` is `x.ts`; the package's own name
 * is the source of that entry point. `undefined` for other packages (lit, idb…).
 */
function resolveSource(root: string, from: string, specifier: string): string | undefined {
  let target: string;
  if (specifier === PACKAGE_NAME || specifier.startsWith(`${PACKAGE_NAME}/`)) {
    const entry = specifier.slice(PACKAGE_NAME.length).replace(/^\//, '');
    const element = /^elements\/([^/]+)\.js$/.exec(entry)?.[1];
    if (entry === '') target = 'src/index.ts';
    else if (entry === 'define' || entry === 'peer-support.js') target = 'src/peer-support.ts';
    else if (entry === 'react' || entry === 'vue') target = `src/${entry}/index.ts`;
    else if (element) target = `src/${element}/define.ts`;
    else target = `${PACKAGE_NAME}/${entry}`; // a file of the package that is not an entry point: still the package
    return target;
  }
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return undefined;
  const joined = slash(relative(root, resolve(root, dirname(from), specifier)));
  const candidates = [joined, joined.replace(/\.js$/, '.ts'), `${joined}.ts`, `${joined}/index.ts`, joined.replace(/\.js$/, '.d.ts')];
  return candidates.find((candidate) => existsSync(join(root, candidate))) ?? joined;
}

/** Where an import of a built file leads: relative imports only (bare ones are inlined by the build). */
function resolveBuilt(root: string, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return slash(relative(root, resolve(root, dirname(from), specifier)));
}

type Resolver = (root: string, from: string, specifier: string) => string | undefined;

/** Every module `entry` reaches, each with the shortest chain of imports from `entry` to it. */
function moduleGraph(root: string, entry: string, resolveImport: Resolver): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (!existsSync(join(root, file))) continue;
    for (const { specifier, typeOnly } of parseModule(join(root, file)).imports) {
      const target = resolveImport(root, file, specifier);
      if (target === undefined || chains.has(target)) continue;
      const chain = chains.get(file)!;
      chains.set(target, [...chain.slice(0, -1), typeOnly ? `${file} (type import)` : file, target]);
      queue.push(target);
    }
  }
  return chains;
}

const arrow = (chain: string[]) => chain.join(' → ');

function networkUseProblems(root: string, chains: Map<string, string[]>): string[] {
  const problems: string[] = [];
  for (const [file, chain] of chains) {
    if (!existsSync(join(root, file))) {
      problems.push(`${arrow(chain)}: imports a file that does not exist`);
      continue;
    }
    const module = parseModule(join(root, file));
    for (const { name, line } of module.networkUses) problems.push(`${arrow(chain)}: uses ${name} (line ${line})`);
    for (const line of module.unreadableImports) problems.push(`${arrow(chain)}: import() of something other than a plain path (line ${line}); where it leads cannot be checked`);
  }
  return problems;
}

/** (a) What the plan's TypeScript sources can reach that talks to a server. */
function planSourceProblems(root: string): string[] {
  const chains = moduleGraph(root, PLAN_SOURCE, resolveSource);
  const problems: string[] = [];
  for (const [file, chain] of chains) {
    if (NETWORK_MODULES[file]) problems.push(`${arrow(chain)}: reaches ${NETWORK_MODULES[file]}`);
  }
  return [...problems, ...networkUseProblems(root, chains)];
}

/** (b) What the plan's built module and its chunks can reach that talks to a server. */
function planBuiltProblems(root: string): string[] {
  if (!existsSync(join(root, PLAN_BUILT))) return [`${PLAN_BUILT} is missing: run \`npm run build\` first`];
  const chains = moduleGraph(root, PLAN_BUILT, resolveBuilt);
  const problems: string[] = [];
  for (const [file, chain] of chains) {
    // The source map names the sources a chunk was built from.
    const map = join(root, `${file}.map`);
    if (!existsSync(map)) continue;
    const { sources = [] } = JSON.parse(readFileSync(map, 'utf8')) as { sources?: string[] };
    for (const source of sources) {
      const path = slash(relative(root, resolve(root, dirname(file), source)));
      if (NETWORK_MODULES[path]) problems.push(`${arrow(chain)}: bundles ${path} (${NETWORK_MODULES[path]})`);
    }
  }
  return [...problems, ...networkUseProblems(root, chains)];
}

function sourceFiles(root: string): string[] {
  return readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .map((name) => `src/${slash(name)}`)
    .filter((name) => /\.(ts|tsx|js|mjs)$/.test(name))
    .sort();
}

/** `core`, an element's folder name, or undefined for a file at the top of src/ or outside it. */
const areaOf = (path: string) => /^src\/([^/]+)\//.exec(path)?.[1];

/** (c) Imports that cross the lines of the project layout. */
function layoutProblems(root: string): string[] {
  const problems: string[] = [];
  for (const file of sourceFiles(root)) {
    const area = areaOf(file);
    const aggregate = AGGREGATES.some((pattern) => pattern.test(file));
    for (const { specifier, line, typeOnly } of parseModule(join(root, file)).imports) {
      const target = resolveSource(root, file, specifier);
      if (target === undefined) continue;
      const chain = `${file}:${line} → ${target}${typeOnly ? ' (type import)' : ''}`;
      if (!target.startsWith('src/')) {
        const what = target.startsWith('server/') ? 'the reference backend (server/)' : target.startsWith(`${PACKAGE_NAME}/`) ? 'the published package' : 'a file outside src/';
        problems.push(`${chain}: the library imports ${what}`);
        continue;
      }
      if (aggregate) continue;
      const targetArea = areaOf(target);
      if (area === 'core' && targetArea !== 'core') {
        problems.push(`${chain}: src/core knows no element (nor the entry points that gather them)`);
      } else if (area !== 'core' && area !== undefined && targetArea !== area && targetArea !== 'core') {
        problems.push(`${chain}: an element imports only its own folder and src/core; shared pieces belong in src/core`);
      }
    }
  }
  return problems;
}

const report = (problems: string[]) => `\n  ${problems.join('\n  ')}\n`;
const root = resolve('.');

test('the self-care plan’s sources cannot reach the network (from src/self-care-plan/define.ts)', () => {
  const reached = moduleGraph(root, PLAN_SOURCE, resolveSource);
  assert.ok(reached.has('src/self-care-plan/self-care-plan.ts'), 'the walk reads the plan’s imports');
  const problems = planSourceProblems(root);
  assert.deepEqual(problems, [], `The self-care plan stays on the device, but its module graph reaches the network:${report(problems)}`);
});

test('the self-care plan’s built module and every chunk it imports cannot reach the network', () => {
  const problems = planBuiltProblems(root);
  assert.ok(moduleGraph(root, PLAN_BUILT, resolveBuilt).size > 1, `${PLAN_BUILT} imports its chunks`);
  assert.deepEqual(problems, [], `The self-care plan stays on the device, but its built files reach the network:${report(problems)}`);
});

test('src/core imports no element, no element imports another, and nothing in src imports server/', () => {
  const problems = layoutProblems(root);
  assert.deepEqual(problems, [], `Imports across the project layout (README "Project layout"):${report(problems)}`);
});

// The same checks on a small tree that breaks every rule: each must be caught, with its chain.
const scratch = mkdtempSync(join(tmpdir(), 'import-graph-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function writeTree(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  }
}

writeTree({
  'src/self-care-plan/define.ts': "import { Plan } from './self-care-plan.js';\nexport { Plan };\n",
  'src/self-care-plan/self-care-plan.ts': "import { Base } from '../core/base.js';\nimport type { Row } from '../roster/row.js';\nexport class Plan extends Base {}\nexport type { Row };\n",
  'src/core/base.ts': "// fetch( in a comment is not a use\nimport { Client } from './http-client.js';\nexport class Base { client = new Client(); }\n",
  'src/core/http-client.ts': "export class Client { get(url: string) { return fetch(url); } }\n",
  'src/core/leaky.ts': "import '../roster/row.js';\nexport const beacon = () => navigator.sendBeacon('/x');\n",
  'src/roster/row.ts': "import { data } from '../../server/app.js';\nexport type Row = typeof data;\nexport const load = () => import('../request-form/form.js');\n",
  'src/request-form/form.ts': "import { load } from 'peer-support-widgets';\nexport const loadAll = load;\nexport const lazy = (name: string) => import(name);\n",
  'src/index.ts': "export * from './roster/row.js';\n",
  'server/app.ts': 'export const data = 1;\n',
  'dist/elements/self-care-plan.js': 'import { t } from "../chunks/plan-1.js";\ncustomElements.define("peer-self-care-plan", t);\n',
  'dist/chunks/plan-1.js': 'import { b } from "./base-2.js";\nexport const t = b;\n',
  'dist/chunks/base-2.js': 'export const b = class { s(u) { return globalThis["fetch"](u); } w() { return new WebSocket("wss://x"); } };\n',
  'dist/chunks/base-2.js.map': JSON.stringify({ version: 3, sources: ['../../src/core/outbox.ts', '../../node_modules/lit/index.js'], mappings: '' }),
});

test('the checks catch a plan that reaches the network, naming the chain', () => {
  assert.deepEqual(planSourceProblems(scratch), [
    'src/self-care-plan/define.ts → src/self-care-plan/self-care-plan.ts → src/core/base.ts → src/core/http-client.ts: reaches the HTTP client',
    'src/self-care-plan/define.ts → src/self-care-plan/self-care-plan.ts → src/core/base.ts → src/core/http-client.ts: uses fetch (line 1)',
    'src/self-care-plan/define.ts → src/self-care-plan/self-care-plan.ts (type import) → src/roster/row.ts → src/request-form/form.ts: import() of something other than a plain path (line 3); where it leads cannot be checked',
  ]);
  assert.deepEqual(planBuiltProblems(scratch), [
    'dist/elements/self-care-plan.js → dist/chunks/plan-1.js → dist/chunks/base-2.js: bundles src/core/outbox.ts (the outbox)',
    'dist/elements/self-care-plan.js → dist/chunks/plan-1.js → dist/chunks/base-2.js: uses fetch (line 1)',
    'dist/elements/self-care-plan.js → dist/chunks/plan-1.js → dist/chunks/base-2.js: uses WebSocket (line 1)',
  ]);
});

test('the checks catch imports across the layout, naming each import', () => {
  assert.deepEqual(layoutProblems(scratch), [
    'src/core/leaky.ts:1 → src/roster/row.ts: src/core knows no element (nor the entry points that gather them)',
    'src/request-form/form.ts:1 → src/index.ts: an element imports only its own folder and src/core; shared pieces belong in src/core',
    'src/roster/row.ts:1 → server/app.ts: the library imports the reference backend (server/)',
    'src/roster/row.ts:3 → src/request-form/form.ts: an element imports only its own folder and src/core; shared pieces belong in src/core',
    'src/self-care-plan/self-care-plan.ts:2 → src/roster/row.ts (type import): an element imports only its own folder and src/core; shared pieces belong in src/core',
  ]);
});
