// Editor autocompletion from dist/custom-elements.json (run at the end of `npm run build`):
//   dist/vscode.html-custom-data.json  VS Code's HTML custom data (the `html.customData` setting)
//   dist/web-types.json                JetBrains web-types (found through package.json "web-types")
// Every <peer-*> tag with its description, its attributes with their descriptions, defaults and the
// values a type lists ('grid' | 'list' | 'compact'), its `peer-*` events, slots and CSS parts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Types from the DOM that the manifest names but does not spell out. */
const DOM_UNIONS = { RequestCredentials: ['omit', 'same-origin', 'include'] };

/** `'a' | 'b' | undefined` → ['a', 'b']; undefined when any member is not a string literal. */
function literalUnion(text) {
  const members = String(text ?? '')
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'undefined' && member !== 'null');
  if (members.length === 0 || !members.every((member) => /^(['"]).*\1$/.test(member))) return undefined;
  return members.map((member) => member.slice(1, -1));
}

/**
 * The string values an attribute's type allows, where the manifest has them: a union of literals in
 * the type itself, or a named type (`CardLayout`) that one of the manifest's modules declares as one.
 */
export function typeValues(text, readModule = () => undefined) {
  const direct = literalUnion(text);
  if (direct) return direct;
  const names = String(text ?? '')
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'undefined' && member !== 'null');
  if (names.length !== 1 || !/^[A-Z]\w*$/.test(names[0])) return undefined;
  const [name] = names;
  if (DOM_UNIONS[name]) return DOM_UNIONS[name];
  const declaration = new RegExp(`\\btype\\s+${name}\\s*=\\s*([^;]+);`);
  for (const source of readModule()) {
    const match = declaration.exec(source);
    if (match) return literalUnion(match[1]);
  }
  return undefined;
}

const oneLine = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').trim();
const isPeerEvent = (event) => /^peer-[a-z]+(-[a-z]+)*$/.test(event.name ?? '');

/** The custom elements of a manifest, in tag order, with what editors need to know about each. */
export function elementsOf(manifest, readModules = () => []) {
  const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })));
  return declarations
    .filter(({ declaration }) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName))
    .map(({ declaration }) => ({
      tag: declaration.tagName,
      className: declaration.name,
      summary: oneLine(declaration.summary),
      description: oneLine(declaration.description),
      attributes: (declaration.attributes ?? [])
        .filter((attribute) => !attribute.name.startsWith('_'))
        .map((attribute) => ({
          name: attribute.name,
          description: oneLine(attribute.description),
          type: attribute.type?.text ?? 'string',
          default: attribute.default,
          values: typeValues(attribute.type?.text, readModules),
        })),
      properties: (declaration.members ?? [])
        .filter((member) => member.kind === 'field' && !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && member.description)
        .map((member) => ({ name: member.name, type: member.type?.text, description: oneLine(member.description), default: member.default })),
      events: (declaration.events ?? []).filter(isPeerEvent).map((event) => ({ name: event.name, type: event.type?.text, description: oneLine(event.description) })),
      slots: (declaration.slots ?? []).map((slot) => ({ name: slot.name, description: oneLine(slot.description) })),
      cssParts: (declaration.cssParts ?? []).map((part) => ({ name: part.name, description: oneLine(part.description) })),
      cssProperties: (declaration.cssProperties ?? []).map((property) => ({ name: property.name, description: oneLine(property.description), default: property.default })),
    }));
}

/** Markdown shown when hovering a tag: what it is, then its events, slots and parts. */
function tagMarkdown(element) {
  const list = (title, items) => (items.length ? `\n\n**${title}:** ${items.map((item) => `\`${item.name || '(default)'}\``).join(', ')}` : '');
  return [element.summary, element.description].filter(Boolean).join('\n\n') + list('Events', element.events) + list('Slots', element.slots) + list('CSS parts', element.cssParts);
}

/** A default as it would be written in the attribute: `'grid'` → `grid`. */
const attributeDefault = (value) => String(value).replace(/^(['"])(.*)\1$/, '$2');
/** Booleans that are on unless the attribute says otherwise (`show-filters="false"`) take a value. */
const valuesOf = (attribute) => attribute.values ?? (attribute.type === 'boolean' && attribute.default === 'true' ? ['true', 'false'] : undefined);

function attributeMarkdown(attribute) {
  const values = valuesOf(attribute);
  const facts = [`Type: \`${values ? values.map((value) => `'${value}'`).join(' | ') : attribute.type.replace(/\s*\|\s*undefined$/, '')}\``];
  if (attribute.default !== undefined) facts.push(`default \`${attribute.default}\``);
  return [attribute.description, facts.join(', ')].filter(Boolean).join('\n\n');
}

/** VS Code HTML custom data, version 1.1. */
export function vscodeCustomData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: { kind: 'markdown', value: tagMarkdown(element) },
      attributes: element.attributes.map((attribute) => {
        const entry = { name: attribute.name, description: { kind: 'markdown', value: attributeMarkdown(attribute) } };
        const values = valuesOf(attribute);
        if (values) entry.values = values.map((name) => ({ name }));
        else if (attribute.type === 'boolean') entry.valueSet = 'v'; // present or absent, no value
        return entry;
      }),
    })),
  };
}

/** JetBrains web-types (schema 2). */
export function webTypes(elements, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: tagMarkdown(element),
          source: { module: pkg.name, symbol: element.className },
          attributes: element.attributes.map((attribute) => {
            const entry = { name: attribute.name, description: attributeMarkdown(attribute), required: false };
            if (attribute.default !== undefined) entry.default = attributeDefault(attribute.default);
            const values = valuesOf(attribute);
            if (values) {
              entry.value = { kind: 'plain', type: 'enum' };
              entry.values = values.map((name) => ({ name }));
            } else if (attribute.type === 'boolean') {
              entry.value = { kind: 'no-value', type: 'boolean' };
            } else {
              entry.value = { kind: 'plain', type: attribute.type.replace(/\s*\|\s*undefined$/, '') };
            }
            return entry;
          }),
          ...(element.slots.length ? { slots: element.slots.map((slot) => ({ name: slot.name || 'default', description: slot.description })) } : {}),
          js: {
            properties: element.properties.map((property) => ({
              name: property.name,
              description: property.description,
              ...(property.type ? { type: property.type } : {}),
              ...(property.default !== undefined ? { default: property.default } : {}),
            })),
            events: element.events.map((event) => ({ name: event.name, description: event.description, ...(event.type ? { type: event.type } : {}) })),
          },
          css: {
            parts: element.cssParts.map((part) => ({ name: part.name, description: part.description })),
            properties: element.cssProperties.map((property) => ({ name: property.name, description: property.description })),
          },
        })),
      },
    },
  };
}

function main() {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  // Named types are read from the modules the manifest lists (the sources it was generated from).
  let sources;
  const readModules = () =>
    (sources ??= manifest.modules.map((module) => module.path).filter((path) => existsSync(path)).map((path) => readFileSync(path, 'utf8')));
  const elements = elementsOf(manifest, readModules);
  writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscodeCustomData(elements), null, 2)}\n`);
  writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes(elements, pkg), null, 2)}\n`);
  const attributes = elements.reduce((total, element) => total + element.attributes.length, 0);
  console.log(`Editor data: ${elements.length} elements, ${attributes} attributes → dist/vscode.html-custom-data.json, dist/web-types.json`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
