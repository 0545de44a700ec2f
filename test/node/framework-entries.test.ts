// `peer-support-widgets/react` and `peer-support-widgets/vue` as an app installs them (run after
// `npm run build`): the files `exports` names exist, the React wrappers' JavaScript imports the main
// entry (dist/index.js) and nothing else of the package, and an app's TypeScript resolves every type
// through `exports` under both `moduleResolution` settings apps use: a wrong prop value, a handler for
// an event the element does not emit or a field its event lacks is an error (which it would not be if
// a declaration failed to resolve and became `any`).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import ts from 'typescript';

const root = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, { types: string; default: string }>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};

test('exports ./react and ./vue point at built files', () => {
  for (const entry of ['./react', './vue']) {
    for (const file of [pkg.exports[entry].types, pkg.exports[entry].default]) assert.ok(existsSync(file), `${entry}: ${file}`);
  }
  assert.equal(pkg.exports['./react'].default, './dist/react/index.js');
  assert.equal(pkg.exports['./vue'].default, pkg.exports['./define'].default, 'the Vue entry registers the elements like ./define');
});

test('dist/react/index.js takes the element classes from dist/index.js and needs only declared packages', () => {
  const code = readFileSync('dist/react/index.js', 'utf8').replace(/^\s*\/\/.*$/gm, ''); // not the comments
  const specifiers = [...code.matchAll(/\bfrom\s*["']([^"']+)["']/g)].map((match) => match[1]);
  assert.deepEqual(specifiers.filter((specifier) => specifier.startsWith('.')), ['../index.js']);
  assert.ok(existsSync(resolve('dist/react', '../index.js')));
  for (const bare of specifiers.filter((specifier) => !specifier.startsWith('.'))) {
    const name = bare.startsWith('@') ? bare.split('/').slice(0, 2).join('/') : bare.split('/')[0];
    assert.ok(pkg.dependencies[name] || pkg.peerDependencies[name], `${bare} is a dependency or peer dependency`);
  }
});

/** A throw-away app: its node_modules holds this package (a link to the repository) and everything it installs. */
function consumerApp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'peer-consumer-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'peer-support-widgets'), 'dir');
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== 'peer-support-widgets' && !name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function diagnostics(dir: string, files: string[], moduleResolution: 'bundler' | 'node16'): string[] {
  const program = ts.createProgram(
    files.map((file) => join(dir, file)),
    {
      target: ts.ScriptTarget.ES2022,
      module: moduleResolution === 'bundler' ? ts.ModuleKind.ESNext : ts.ModuleKind.Node16,
      moduleResolution: moduleResolution === 'bundler' ? ts.ModuleResolutionKind.Bundler : ts.ModuleResolutionKind.Node16,
      jsx: ts.JsxEmit.ReactJSX,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
    },
  );
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file ? `${diagnostic.file.fileName.replace(dir, '')}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1} ` : '';
    return `${where}${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
  });
}

const APP = `
import { createRoot } from 'react-dom/client';
import { useRef } from 'react';
import { PeerSupportConfig, PeerRoster, PeerRequestForm, PeerSelfCarePlan } from 'peer-support-widgets/react';
import type { PeerRequestContactEvent, PeerRosterElement } from 'peer-support-widgets/react';
import { PeerRoster as PeerRosterClass } from 'peer-support-widgets';

function App() {
  const roster = useRef<PeerRosterElement>(null);
  const onContact = (event: PeerRequestContactEvent) => console.log(event.supporter.displayName.toUpperCase());
  return (
    <PeerSupportConfig endpoint="/api/" credentials="include" headers={{ Authorization: 'Bearer x' }}>
      <PeerRoster ref={roster} layout="compact" pageSize={10} supporters={[]} onPeerRequestContact={onContact} />
      <PeerRequestForm supporterId="ana" onPeerRequestSent={(event) => console.log(event.respondBy, event.requestId)} />
      <PeerSelfCarePlan device="shared" onPeerQuickExit={(event) => event.preventDefault()} onPeerPlanSave={(event) => console.log(event.where)} />
    </PeerSupportConfig>
  );
}
export const sameClass: PeerRosterElement | undefined = undefined as InstanceType<typeof PeerRosterClass> | undefined;
createRoot(document.body).render(<App />);
`;

const VUE = `
import type { GlobalComponents } from 'vue';
import { configure } from 'peer-support-widgets/vue';
type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
export const roster: Props<'peer-roster'> = { layout: 'list', supporters: [], onPeerRequestContact: (event) => console.log(event.supporter.id) };
export const form: Props<'peer-request-form'> = { onPeerRequestSent: (event) => console.log(event.respondBy) };
configure({ endpoint: '/api/' });
`;

const MISTAKES = `
import { PeerRoster } from 'peer-support-widgets/react';
import type { GlobalComponents } from 'vue';
import 'peer-support-widgets/vue';
type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
export const a = <PeerRoster layout="sideways" />;
export const b = <PeerRoster onPeerPlanSave={() => {}} />;
export const c = <PeerRoster onPeerRequestContact={(event) => event.supporter.nonexistent} />;
export const d: Props<'peer-roster'> = { layout: 'sideways' };
export const e: Props<'peer-roster'> = { onPeerRequestContact: (event) => event.supporter.nonexistent };
`;

for (const moduleResolution of ['bundler', 'node16'] as const) {
  test(`an app's TypeScript (moduleResolution ${moduleResolution}) resolves the React and Vue entries' types and catches mistakes`, () => {
    const dir = consumerApp({ 'app.tsx': APP, 'vue-env.ts': VUE, 'mistakes.tsx': MISTAKES });
    const found = diagnostics(dir, ['app.tsx', 'vue-env.ts', 'mistakes.tsx'], moduleResolution);
    assert.deepEqual(found.filter((message) => !message.startsWith('/mistakes.tsx:')), [], 'the app compiles');
    for (const line of [6, 7, 8, 9, 10]) assert.ok(found.some((message) => message.startsWith(`/mistakes.tsx:${line} `)), `line ${line}: ${found.join('\n')}`);
    assert.equal(found.length, 5, found.join('\n'));
  });
}
