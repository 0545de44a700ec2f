// Editor autocompletion built by `npm run build` (scripts/editor-data.mjs): VS Code custom data and
// JetBrains web-types list every element the library registers, with every attribute the manifest
// gives it, and the values an attribute takes where its type lists them.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

type Named = { name: string };
type VsAttribute = Named & { description?: { kind: string; value: string } | string; values?: Named[]; valueSet?: string };
type VsTag = Named & { description?: { kind: string; value: string } | string; attributes: VsAttribute[] };
type WtAttribute = Named & { description?: string; value?: { kind?: string; type?: string }; values?: Named[] };
type WtElement = Named & { description?: string; attributes: WtAttribute[]; js?: { properties?: Named[]; events?: Named[] } };
type ManifestAttribute = { name: string };
type ManifestDeclaration = { tagName?: string; customElement?: boolean; attributes?: ManifestAttribute[] };

const vscode = json('dist/vscode.html-custom-data.json') as { version: number; tags: VsTag[] };
const webTypes = json('dist/web-types.json') as { name: string; version: string; contributions: { html: { elements: WtElement[] } } };
const manifest = json('dist/custom-elements.json') as { modules: { declarations?: ManifestDeclaration[] }[] };
const pkg = json('package.json') as { name: string; version: string; 'web-types'?: string; exports: Record<string, unknown> };

/** The tags the library registers, read from the sources (every `src/<folder>/define.ts`), not from the manifest. */
const registeredTags = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/${entry.name}/define.ts`))
  .flatMap((entry) => [...readFileSync(`src/${entry.name}/define.ts`, 'utf8').matchAll(/defineElement\('([a-z-]+)'/g)].map((match) => match[1]))
  .sort();

const manifestAttributes = (tag: string) =>
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.customElement && declaration.tagName === tag)
    ?.attributes?.map((attribute) => attribute.name) ?? [];

const vsTag = (tag: string) => vscode.tags.find((entry) => entry.name === tag);
const wtElement = (tag: string) => webTypes.contributions.html.elements.find((entry) => entry.name === tag);
const text = (description: VsAttribute['description']) => (typeof description === 'string' ? description : description?.value ?? '');

test('the library registers the fourteen elements the editor data must cover', () => {
  assert.deepEqual(registeredTags, [
    'peer-availability',
    'peer-contact-log',
    'peer-crisis-line',
    'peer-follow-ups',
    'peer-notifications',
    'peer-program-stats',
    'peer-request-form',
    'peer-request-inbox',
    'peer-resource-directory',
    'peer-roster',
    'peer-self-care-plan',
    'peer-support-config',
    'peer-supporter-card',
    'peer-supporter-session',
  ]);
});

test('VS Code custom data lists every element and every attribute, each described', () => {
  assert.equal(vscode.version, 1.1);
  assert.deepEqual(vscode.tags.map((tag) => tag.name).sort(), registeredTags);
  for (const tag of registeredTags) {
    const entry = vsTag(tag)!;
    assert.ok(text(entry.description).length > 20, `${tag} has a description`);
    const expected = manifestAttributes(tag);
    assert.ok(expected.length > 0, `${tag} has attributes in the manifest`);
    assert.deepEqual(entry.attributes.map((attribute) => attribute.name), expected, `${tag} attributes`);
    for (const attribute of entry.attributes) assert.ok(text(attribute.description).length > 0, `${tag} ${attribute.name} is described`);
  }
});

test('web-types lists every element and every attribute, with its class, properties and peer-* events', () => {
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  assert.deepEqual(webTypes.contributions.html.elements.map((element) => element.name).sort(), registeredTags);
  for (const tag of registeredTags) {
    const element = wtElement(tag)!;
    assert.ok((element.description ?? '').length > 20, `${tag} has a description`);
    assert.deepEqual(element.attributes.map((attribute) => attribute.name), manifestAttributes(tag), `${tag} attributes`);
    for (const attribute of element.attributes) {
      assert.ok((attribute.description ?? '').length > 0, `${tag} ${attribute.name} is described`);
      assert.ok(attribute.value?.kind, `${tag} ${attribute.name} says what value it takes`);
    }
    for (const event of element.js?.events ?? []) assert.match(event.name, /^peer-[a-z-]+$/, `${tag} event ${event.name}`);
  }
  assert.deepEqual(wtElement('peer-roster')!.js!.events!.map((event) => event.name), ['peer-request-contact']);
  assert.deepEqual(wtElement('peer-request-form')!.js!.events!.map((event) => event.name), ['peer-request-submit', 'peer-request-sent']);
  // The manifest also lists the plan's `new PeerPlanSaveEvent('memory')` arguments as events; editors get only the real ones.
  assert.deepEqual(wtElement('peer-self-care-plan')!.js!.events!.map((event) => event.name), ['peer-plan-save', 'peer-quick-exit']);
  assert.ok(wtElement('peer-roster')!.js!.properties!.some((property) => property.name === 'supporters'), 'property-only supporters');
});

test('attributes whose type lists its values offer them in both formats; boolean ones take no value', () => {
  const cases: [string, string, string[]][] = [
    ['peer-roster', 'layout', ['grid', 'list', 'compact']], // a named type (CardLayout)
    ['peer-supporter-card', 'layout', ['grid', 'list', 'compact']],
    ['peer-resource-directory', 'layout', ['list', 'grid']],
    ['peer-self-care-plan', 'device', ['personal', 'shared']],
    ['peer-support-config', 'resources-format', ['contract', 'hsds']],
    ['peer-support-config', 'credentials', ['omit', 'same-origin', 'include']], // a DOM type (RequestCredentials)
    ['peer-roster', 'show-filters', ['true', 'false']], // on unless "false"
  ];
  for (const [tag, name, values] of cases) {
    assert.deepEqual(vsTag(tag)!.attributes.find((attribute) => attribute.name === name)?.values?.map((value) => value.name), values, `VS Code ${tag} ${name}`);
    const attribute = wtElement(tag)!.attributes.find((candidate) => candidate.name === name)!;
    assert.equal(attribute.value?.type, 'enum', `web-types ${tag} ${name}`);
    assert.deepEqual(attribute.values?.map((value) => value.name), values, `web-types ${tag} ${name}`);
  }
  for (const [tag, name] of [['peer-crisis-line', 'compact'], ['peer-request-form', 'ignore-roster']]) {
    assert.equal(vsTag(tag)!.attributes.find((attribute) => attribute.name === name)?.valueSet, 'v', `VS Code ${tag} ${name}`);
    assert.equal(wtElement(tag)!.attributes.find((attribute) => attribute.name === name)?.value?.kind, 'no-value', `web-types ${tag} ${name}`);
  }
  assert.equal(vsTag('peer-roster')!.attributes.find((attribute) => attribute.name === 'endpoint')?.values, undefined, 'free text stays free');
});

test('package.json points editors at the files', () => {
  assert.equal(pkg['web-types'], './dist/web-types.json');
  assert.equal(pkg.exports['./web-types.json'], './dist/web-types.json');
  assert.equal(pkg.exports['./vscode.html-custom-data.json'], './dist/vscode.html-custom-data.json');
  assert.ok(existsSync(pkg['web-types']!));
});
