// Demo only: uses the library's own HTTP client and configuration to read the roster. They come from
// the library's module entry (dist/index.js), beside the one-tag loader this page loads (which exports
// only `configure`).
const loader = document.querySelector('script[type="module"][src*="peer-support"]');
const { PeerHttpClient, SupporterSchema, conformList, resolveConfig } = await import(new URL('index.js', loader.src).href);

const status = document.getElementById('status');
// What the check found, said in the page's language (language.js switches it; `demo-language` says when).
let result = { state: 'checking' };
const say = () => {
  const spanish = document.documentElement.lang === 'es';
  if (result.state === 'checking') status.textContent = spanish ? 'Comprobando…' : 'Checking…';
  else if (result.state === 'answered') status.textContent = spanish ? `El servidor de referencia respondió con ${result.count.toLocaleString('es')} compañeros de apoyo.` : `The reference backend answered with ${result.count.toLocaleString('en')} supporters.`;
  else status.textContent = result.error.userMessage;
};
document.addEventListener('demo-language', say);
say();
// The API the page's <peer-support-config> names (the same settings the widgets use).
const endpoint = document.querySelector('peer-support-config')?.getAttribute('endpoint') ?? '/api/';
const client = new PeerHttpClient(resolveConfig({ endpoint }));
client
  .request('supporters', { decode: (json) => conformList(SupporterSchema, json) })
  .then((list) => (result = { state: 'answered', count: list.items.length }))
  .catch((error) => (result = { state: 'failed', error }))
  .then(say);
