// Issue 19: accessible names for every control, in both languages. Every element, in each of its
// main states (test/a11y/language-scenes.ts), in English and then in Spanish: every control a person
// can reach (button, link, field, summary, radio, checkbox, tab, anything with tabindex="0") has a
// name, computed the way a screen reader does (aria-labelledby, aria-label, its label, its text and
// alt texts, then title or placeholder; test/a11y/language-checks.ts). In Spanish, no name is the
// English one and none holds English; neither do the descriptions, live regions, placeholders,
// titles and the chart's <title>/<desc> that are read out with them. Data is shown as entered.
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import { accessibleName, describeControl, englishWords, interactiveControls, spokenTexts } from './language-checks.js';
import { SCENES, cleanUpScene, sceneData } from './language-scenes.js';
import type { Language } from './language-scenes.js';

interface Heard {
  names: { where: string; name: string }[];
  spoken: { where: string; text: string }[];
}

async function hear(mount: (lang: Language) => Promise<HTMLElement>, lang: Language): Promise<Heard> {
  const page = await mount(lang);
  const heard = {
    names: interactiveControls(page).map((control) => ({ where: describeControl(control), name: accessibleName(control) })),
    spoken: spokenTexts(page),
  };
  fixtureCleanup();
  await cleanUpScene();
  return heard;
}

describe('accessible names in English and in Spanish', function () {
  afterEach(cleanUpScene);

  it('the name of a control is found the way a screen reader finds it', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const cases: [TemplateResult, string][] = [
      [html`<button aria-labelledby="a b">x</button><span id="a">Uno</span><span id="b" hidden>dos</span>`, 'Uno dos'],
      [html`<button aria-label="Cerrar">×</button>`, 'Cerrar'],
      [html`<label for="f">Nombre</label><input id="f" />`, 'Nombre'],
      [html`<label>Buscar <input /></label>`, 'Buscar'],
      [html`<label><input type="checkbox" /> Abierto ahora</label>`, 'Abierto ahora'],
      [html`<a href="#">Ir <img alt="al inicio" src="data:," /></a>`, 'Ir al inicio'],
      [html`<button><span aria-hidden="true">→</span> Siguiente</button>`, 'Siguiente'],
      [html`<summary>Más</summary>`, 'Más'],
      [html`<input title="Fecha" />`, 'Fecha'],
      [html`<input placeholder="Escribe aquí" />`, 'Escribe aquí'],
      [html`<button></button>`, ''],
    ];
    try {
      for (const [template, name] of cases) {
        render(template, root);
        const control = interactiveControls(root)[0];
        expect(accessibleName(control), name).to.equal(name);
      }
    } finally {
      host.remove();
    }
  });

  for (const scene of SCENES) {
    it(scene.name, async () => {
      const data = await sceneData();
      const english = await hear(scene.mount, 'en');
      const spanish = await hear(scene.mount, 'es');
      for (const heard of [english, spanish]) {
        expect(heard.names.filter((control) => !control.name).map((control) => control.where), 'controls without a name').to.deep.equal([]);
      }
      const englishNames = new Set(english.names.map((control) => control.name).filter((name) => englishWords(name).length && englishWords(name, data).length));
      expect(spanish.names.filter((control) => englishNames.has(control.name)).map((control) => `${control.where}: "${control.name}"`), 'names left as in English').to.deep.equal([]);
      expect(
        spanish.names.filter((control) => englishWords(control.name, data).length).map((control) => `${control.where}: "${control.name}" (${englishWords(control.name, data).join(', ')})`),
        'Spanish names holding English',
      ).to.deep.equal([]);
      expect(
        spanish.spoken.filter((piece) => englishWords(piece.text, data).length).map((piece) => `${piece.where}: "${piece.text}" (${englishWords(piece.text, data).join(', ')})`),
        'descriptions, live regions, placeholders, titles and chart texts holding English',
      ).to.deep.equal([]);
    });
  }
});
