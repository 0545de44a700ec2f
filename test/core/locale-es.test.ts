import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/config/define.js';
import '../../src/roster/define.js';
import '../../src/crisis-line/define.js';
import { applyLocale } from '../../src/core/localize.js';
import type { PeerRoster } from '../../src/roster/roster.js';
import type { PeerCrisisLine } from '../../src/crisis-line/crisis-line.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import '../support/rig.js';

// Spanish from `xliff/es.xlf` (built into `src/core/locales/es.ts` by `npm run localize:build`),
// chosen by the config's `locale`. What an element renders in Spanish must hold no English message.

interface Unit {
  id: string;
  source: string;
  target: string;
  sourcePlaceholders: string[];
  targetPlaceholders: string[];
}

const PLACEHOLDER = /<x [^>]*\/>/g;
const placeholders = (xml: string) => (xml.match(PLACEHOLDER) ?? []).sort();
/** A placeholder stands for anything: "{0} supporters" is found in "12 supporters". */
const words = (xml: string) => xml.replace(PLACEHOLDER, '\u0000').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

// Read with patterns, not DOMParser: the test page enforces Trusted Types, as a strict portal would.
async function readUnits(): Promise<Unit[]> {
  const xliff = await (await fetch('/xliff/es.xlf')).text();
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1] ?? '';
    return { id, source: words(source), target: words(target), sourcePlaceholders: placeholders(source), targetPlaceholders: placeholders(target) };
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every English message as a test: the whole text of one node, or (long ones) part of it. */
function englishMatchers(units: Unit[]): { source: string; test: (text: string) => boolean }[] {
  return units
    .filter((unit) => /[A-Za-z]{2}/.test(unit.source.replace(/\u0000/g, '')))
    .map((unit) => {
      const whole = new RegExp(`^${unit.source.split('\u0000').map((part) => escape(collapse(part))).join('.+?')}$`);
      const long = !unit.source.includes('\u0000') && unit.source.length >= 16;
      return { source: unit.source.replace(/\u0000/g, '{…}'), test: (text: string) => whole.test(text) || (long && text.includes(unit.source)) };
    });
}

/** The text nodes and readable attributes of an element's shadow tree, nested shadow trees included. */
function renderedTexts(root: ShadowRoot | Element): string[] {
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = collapse(node.textContent ?? '');
      if (/[A-Za-zÁÉÍÓÚÑáéíóúñ]/.test(text)) texts.push(text);
      return;
    }
    if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script') return;
      for (const name of ['aria-label', 'aria-description', 'placeholder', 'title', 'alt']) {
        const value = node.getAttribute(name);
        if (value) texts.push(collapse(value));
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return texts;
}

/** What came from the fixture's data (names, roles, bios, experiences): never translated. */
const DATA = JSON.stringify(TEST_SUPPORTERS);
const fromData = (text: string) => DATA.includes(text);

function englishLeft(texts: string[], matchers: ReturnType<typeof englishMatchers>): string[] {
  const found: string[] = [];
  for (const text of texts) {
    if (fromData(text)) continue;
    for (const matcher of matchers) if (matcher.test(text)) found.push(`"${text}" (English: "${matcher.source}")`);
  }
  return found;
}

const spanishModuleFetched = () => performance.getEntriesByType('resource').some((entry) => /\/locales\/es\.[jt]s/.test(entry.name));

describe('Spanish (locale "es")', () => {
  let units: Unit[];
  before(async () => {
    units = await readUnits();
  });
  after(async () => {
    await applyLocale('en');
  });

  it('has a Spanish target for every message, with the same placeholders', () => {
    expect(units.length).to.be.greaterThan(400);
    const missing = units.filter((unit) => !unit.target.trim()).map((unit) => `${unit.id}: ${unit.source}`);
    expect(missing, 'messages without a Spanish target').to.deep.equal([]);
    const different = units.filter((unit) => unit.sourcePlaceholders.join() !== unit.targetPlaceholders.join()).map((unit) => `${unit.id}: ${unit.source}`);
    expect(different, 'messages whose placeholders differ').to.deep.equal([]);
  });

  it('an English page never loads the Spanish module', async () => {
    const line = await fixture<PeerCrisisLine>(html`<peer-crisis-line></peer-crisis-line>`);
    await line.updateComplete;
    expect(line.shadowRoot!.textContent).to.contain('Need to talk to someone right now?');
    expect(spanishModuleFetched(), 'Spanish module fetched on an English page').to.be.false;
  });

  it('<peer-crisis-line> speaks Spanish, with no English message left', async () => {
    const page = await fixture(html`<peer-support-config locale="es"><peer-crisis-line></peer-crisis-line></peer-support-config>`);
    const line = page.querySelector('peer-crisis-line') as PeerCrisisLine;
    await waitUntil(() => line.shadowRoot!.textContent!.includes('¿Necesitas hablar con alguien ahora mismo?'), 'no Spanish heading', { timeout: 5000 });
    expect(spanishModuleFetched(), 'Spanish module loaded').to.be.true;
    const texts = renderedTexts(line.shadowRoot!);
    expect(englishLeft(texts, englishMatchers(units))).to.deep.equal([]);
    expect(texts).to.include('Llama al 988 y marca 2');
    expect(texts).to.include('Envía AYUDA al 988');
    expect(texts).to.include('Sitio web');
    await expect(line).to.be.accessible();
  });

  it('<peer-roster> speaks Spanish, with no English message left (words, labels, counts, relative times)', async () => {
    const page = await fixture(
      html`<peer-support-config locale="es"><peer-roster .supporters=${structuredClone(TEST_SUPPORTERS)}></peer-roster></peer-support-config>`,
    );
    const roster = page.querySelector('peer-roster') as PeerRoster;
    await waitUntil(() => roster.shadowRoot!.textContent!.includes('Compañeros de apoyo'), 'no Spanish heading', { timeout: 5000 });
    await roster.updateComplete;
    const texts = renderedTexts(roster.shadowRoot!);
    const all = texts.join('\n');
    expect(englishLeft(texts, englishMatchers(units))).to.deep.equal([]);
    for (const words of ['Buscar', 'Disponible ahora', 'Fuera de servicio', 'Idioma', 'Experiencia vivida', 'Habla']) expect(all, words).to.contain(words);
    // Dates, times and language names go through Intl in the page's language ("hace 3 días", "español").
    expect(all).to.match(/hace \d+ días/);
    // Engines' ICU data differ in capitals ("español" in Chromium, "Español" in WebKit); the word is what counts.
    expect(all.toLowerCase()).to.contain('español').and.not.to.contain('spanish');
    await expect(roster).to.be.accessible();
  });

  it('follows the page when a single-page app changes <html lang> while the widget is shown, and back', async () => {
    const root = document.documentElement;
    const before = root.lang;
    const line = await fixture<PeerCrisisLine>(html`<peer-crisis-line></peer-crisis-line>`);
    await line.updateComplete;
    expect(line.shadowRoot!.textContent).to.contain('Need to talk to someone right now?');
    try {
      root.lang = 'es';
      await waitUntil(() => line.shadowRoot!.textContent!.includes('¿Necesitas hablar con alguien ahora mismo?'), 'the widget did not follow <html lang="es">');
      expect(line.shadowRoot!.textContent).to.contain('Llama al 988 y marca 2');
    } finally {
      root.lang = before;
    }
    await waitUntil(() => line.shadowRoot!.textContent!.includes('Need to talk to someone right now?'), 'the widget did not go back to English');
  });
});
