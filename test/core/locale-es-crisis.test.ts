import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/config/define.js';
import '../../src/crisis-line/define.js';
import '../../src/self-care-plan/define.js';
import { applyLocale } from '../../src/core/localize.js';
import { DEFAULT_CRISIS_LINE, DEFAULT_CRISIS_LINE_ES, configure, resetConfiguration, resolveConfig } from '../../src/core/config.js';
import type { PeerCrisisLine } from '../../src/crisis-line/crisis-line.js';
import type { PeerSelfCarePlan } from '../../src/self-care-plan/self-care-plan.js';
import '../support/rig.js';

// The crisis line in Spanish (docs/voice.md, "The 988 Lifeline in Spanish"): the default 988 line
// offers "Llama al 988 y marca 2" and "Envía AYUDA al 988"; a line the program sets stays as set.
// Where the locale comes from: the config's `locale`, else `<html lang>`, else English.

const SPANISH_HEADING = '¿Necesitas hablar con alguien ahora mismo?';
const links = (line: PeerCrisisLine) =>
  [...line.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="crisis-link"]')].map((link) => ({ text: link.textContent!.trim(), href: link.getAttribute('href') }));

async function spanishCrisisLine(template: ReturnType<typeof html>): Promise<PeerCrisisLine> {
  const page = await fixture(template);
  const line = (page.localName === 'peer-crisis-line' ? page : page.querySelector('peer-crisis-line')) as PeerCrisisLine;
  await waitUntil(() => line.shadowRoot!.textContent!.includes(SPANISH_HEADING), 'no Spanish heading', { timeout: 5000 });
  await line.updateComplete;
  return line;
}

describe('Spanish crisis line and where the locale comes from', () => {
  const pageLang = document.documentElement.lang;
  afterEach(async () => {
    document.documentElement.lang = pageLang;
    resetConfiguration();
    await applyLocale('en');
  });

  it('the default 988 line in Spanish: call and press 2, text AYUDA, named in Spanish', async () => {
    const line = await spanishCrisisLine(html`<peer-support-config locale="es"><peer-crisis-line></peer-crisis-line></peer-support-config>`);
    expect(links(line)).to.deep.include({ text: 'Llama al 988 y marca 2', href: 'tel:988' });
    expect(links(line)).to.deep.include({ text: 'Envía AYUDA al 988', href: 'sms:988?body=AYUDA' });
    expect(line.shadowRoot!.querySelector('[part~="crisis-message"]')!.textContent).to.contain('988 Línea de Prevención del Suicidio y Crisis');
    expect(line.shadowRoot!.textContent).not.to.contain('Suicide & Crisis Lifeline');
    await expect(line).to.be.accessible();
  });

  it('a crisis line the program sets is kept exactly as set, in Spanish too', async () => {
    const line = await spanishCrisisLine(
      html`<peer-support-config locale="es" crisis-name="Línea de ayuda del condado" crisis-call="555-010-0199" crisis-text="555-010-0100"
        ><peer-crisis-line></peer-crisis-line
      ></peer-support-config>`,
    );
    expect(links(line)).to.deep.equal([
      { text: 'Llama al 555-010-0199', href: 'tel:5550100199' },
      { text: 'Envía un texto al 555-010-0100', href: 'sms:5550100100' },
    ]);
    expect(line.shadowRoot!.textContent).to.contain('Línea de ayuda del condado').and.not.contain('marca 2').and.not.contain('AYUDA');
    // Even a program that sets the 988 line by hand keeps what it set (no "press 2" added).
    expect(resolveConfig({ locale: 'es', crisisLine: { ...DEFAULT_CRISIS_LINE } }).crisisLine).to.deep.equal(DEFAULT_CRISIS_LINE);
    expect(resolveConfig({ locale: 'es' }).crisisLine).to.equal(DEFAULT_CRISIS_LINE_ES);
    expect(resolveConfig({ locale: 'en' }).crisisLine).to.equal(DEFAULT_CRISIS_LINE);
  });

  it('a program line can ask for a menu choice and a word to text, in English too', async () => {
    const page = await fixture(html`<peer-crisis-line></peer-crisis-line>`);
    configure({ crisisLine: { name: 'Crisis Text Line', text: '741741', textBody: 'HOME', call: '988', press: '1' } });
    const line = page as PeerCrisisLine;
    await line.updateComplete;
    expect(links(line)).to.deep.equal([
      { text: 'Call 988 and press 1', href: 'tel:988' },
      { text: 'Text HOME to 741741', href: 'sms:741741?body=HOME' },
    ]);
  });

  it('<html lang="es"> makes the widgets speak Spanish when no config sets a locale', async () => {
    document.documentElement.lang = 'es-US';
    expect(resolveConfig().locale).to.equal('es-US');
    expect(resolveConfig({ locale: 'en' }).locale, 'the config wins over the page').to.equal('en');
    const line = await spanishCrisisLine(html`<peer-crisis-line></peer-crisis-line>`);
    expect(links(line).map((link) => link.text)).to.include('Llama al 988 y marca 2');
  });

  it('<html lang> in a language without a translation keeps English (words and dates)', () => {
    document.documentElement.lang = 'fr';
    expect(resolveConfig().locale).to.equal('en');
    expect(resolveConfig().crisisLine).to.equal(DEFAULT_CRISIS_LINE);
  });

  it('the self-care plan copied as text says how to reach the line in whole sentences, in both languages', async () => {
    const copy = async (plan: PeerSelfCarePlan, label: string) => {
      await waitUntil(() => [...plan.shadowRoot!.querySelectorAll('button')].some((button) => button.textContent!.trim() === label), `no "${label}" button`, { timeout: 5000 });
      [...plan.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === label)!.click();
      await plan.updateComplete;
      return (plan.shadowRoot!.querySelector('textarea[readonly]') as HTMLTextAreaElement).value;
    };
    const english = await copy(await fixture<PeerSelfCarePlan>(html`<peer-self-care-plan plan-id="text-export-en"></peer-self-care-plan>`), 'Copy as text');
    expect(english).to.contain('988 Suicide & Crisis Lifeline\n- Call 988\n- Text 988\n- https://988lifeline.org/');
    expect(english).not.to.contain('/ text');

    const page = await fixture(html`<peer-support-config locale="es"><peer-self-care-plan plan-id="text-export-es"></peer-self-care-plan></peer-support-config>`);
    const spanish = await copy(page.querySelector('peer-self-care-plan') as PeerSelfCarePlan, 'Copiar como texto');
    expect(spanish).to.contain('MI PLAN DE AUTOCUIDADO');
    expect(spanish).to.contain('988 Línea de Prevención del Suicidio y Crisis\n- Llama al 988 y marca 2\n- Envía AYUDA al 988');
    expect(spanish).not.to.match(/\b(call|text)\b/i);
  });
});
