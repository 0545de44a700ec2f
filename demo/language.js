// Demo only: English or Spanish for the whole page. The switch sets <html lang>, which the widgets
// follow (they watch the page's language, as they would in a single-page app), and shows the
// page's own copy in the same language. A page carries its Spanish beside its English, with no
// inline script or style (the demo runs under a strict CSP with Trusted Types):
//   data-es="…"                  the Spanish text of an element that holds only text (and of <title>)
//   data-es-<attribute>="…"      the Spanish value of an attribute (aria-label, alt, backup-name, crisis-name…)
//   data-lang="en" / "es"        two versions of copy with markup in it; demo.css shows the one of the page's language
// The choice is kept on this device for the other demo pages; `?lang=es` or `?lang=en` in the address sets it too.
const KEY = 'peer-support-demo-language';
const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
];
const SWITCH_LABEL = { en: 'Language', es: 'Idioma' };

const known = (code) => LANGUAGES.some((language) => language.code === code);

function stored() {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage refused (private browsing, a strict setting): the page's own language
  }
}

function store(code) {
  try {
    localStorage.setItem(KEY, code);
  } catch {
    // Only this page switches, then.
  }
}

/** Shows the page's copy in `code` and sets <html lang>. The English is kept the first time, to come back to. */
function showCopy(code) {
  document.documentElement.lang = code;
  for (const element of document.querySelectorAll('[data-es]')) {
    if (!element.hasAttribute('data-en')) element.setAttribute('data-en', element.textContent);
    element.textContent = element.getAttribute(code === 'es' ? 'data-es' : 'data-en');
  }
  for (const element of document.querySelectorAll('*')) {
    for (const { name, value } of [...element.attributes]) {
      if (!name.startsWith('data-es-')) continue;
      const attribute = name.slice('data-es-'.length);
      const english = `data-en-${attribute}`;
      if (!element.hasAttribute(english)) element.setAttribute(english, element.getAttribute(attribute) ?? '');
      element.setAttribute(attribute, code === 'es' ? value : element.getAttribute(english));
    }
  }
}

let current;
let buttons = [];
/** The switch's group, once added. */
let group;

function choose(code) {
  if (!known(code) || code === current) return;
  current = code;
  showCopy(code);
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.language === code));
  if (group) group.setAttribute('aria-label', SWITCH_LABEL[code]);
  document.dispatchEvent(new CustomEvent('demo-language', { detail: code }));
}

/** The switch: one button per language, each named in its own language, in the page's header. */
function addSwitch() {
  const header = document.querySelector('header.site .site-inner') ?? document.querySelector('main');
  if (!header) return;
  group = document.createElement('div');
  group.className = 'language-switch';
  group.setAttribute('role', 'group');
  buttons = LANGUAGES.map(({ code, name }) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.lang = code;
    button.dataset.language = code;
    button.textContent = name;
    button.addEventListener('click', () => {
      store(code);
      choose(code);
    });
    return button;
  });
  group.append(...buttons);
  if (header.localName === 'main') header.prepend(group);
  else header.append(group);
}

const asked = new URLSearchParams(location.search).get('lang');
if (known(asked)) store(asked);
const first = [asked, stored(), document.documentElement.lang].find(known) ?? 'en';
addSwitch();
choose(first);
