// Demo only: uses the library's own HTTP client and configuration to read the roster.
import { PeerHttpClient, SupporterSchema, conformList, resolveConfig } from '/peer-support.js';

const status = document.getElementById('status');
const client = new PeerHttpClient(resolveConfig({ endpoint: '/api/' }));
client
  .request('supporters', { decode: (json) => conformList(SupporterSchema, json) })
  .then((list) => (status.textContent = `The reference backend answered with ${list.items.length} supporters.`))
  .catch((error) => (status.textContent = error.userMessage));
