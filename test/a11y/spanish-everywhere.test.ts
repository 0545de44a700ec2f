// Issue 19: a page in Spanish shows no English. Every element, in each of its main states (loaded,
// empty, error, offline, filled, sent, signed out and in, the safety net opened), rendered with
// locale "es": no text a person sees holds a common English word of our copy. Data (names, bios,
// resources, what the person typed) is shown as entered and is not counted (test/a11y/language-checks.ts).
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { PeerResourceDirectory } from '../../src/resource-directory/resource-directory.js';
import { englishLeft, englishWords, visibleTexts } from './language-checks.js';
import { SCENES, cleanUpScene, sceneData } from './language-scenes.js';
import { API_URL } from '../support/rig.js';
import { fixture, html } from '@open-wc/testing';

/** A few words every Spanish screen of ours has. */
const SPANISH = /\b(de|la|el|tu|para|con|que|en|los|las)\b/;

describe('Spanish everywhere: no English left in what a person sees', function () {
  afterEach(cleanUpScene);

  it('the English check itself finds English and lets Spanish and data through', async () => {
    const data = await sceneData();
    expect(englishWords('Send my request', data)).to.deep.equal(['send', 'request']);
    expect(englishWords('Check again', data)).to.deep.equal(['check', 'again']);
    expect(englishWords('Envía mi solicitud', data)).to.deep.equal([]);
    expect(englishWords('Plan de autocuidado: llama al 988 y marca 2', data)).to.deep.equal([]);
    expect(englishWords('Ana Rivera', data)).to.deep.equal([]);
  });

  for (const scene of SCENES) {
    it(scene.name, async () => {
      const page = await scene.mount('es');
      const texts = visibleTexts(page);
      expect(texts.join(' '), 'Spanish is shown').to.match(SPANISH);
      expect(englishLeft(texts, await sceneData()), 'English shown on a Spanish page').to.deep.equal([]);
    });
  }

  it('the directory, in Spanish, finds listings by every kind of help its placeholder suggests', async () => {
    const page = await fixture(html`<peer-support-config locale="es" endpoint=${API_URL}><peer-resource-directory></peer-resource-directory></peer-support-config>`);
    const directory = page.querySelector<PeerResourceDirectory>('peer-resource-directory')!;
    const names = () => directory.shadowRoot!.querySelectorAll('[part~="name"]').length;
    await waitUntil(() => names() > 3 && SPANISH.test(directory.shadowRoot!.textContent!), 'the directory did not load in Spanish');
    const search = directory.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
    await waitUntil(() => !englishWords(search.placeholder).length, `placeholder still English: ${search.placeholder}`);
    const words = search.placeholder.replace(/^[^:]*:/, '').split(',').map((word) => word.trim()).filter(Boolean);
    expect(words.length).to.be.greaterThan(1);
    for (const word of words) {
      search.value = word;
      search.dispatchEvent(new InputEvent('input'));
      await directory.updateComplete;
      expect(names(), `"${word}" finds nothing`).to.be.greaterThan(0);
    }
  });
});
