// `dist/peer-support.js`, the one tag a CMS page pastes: a small loader. It registers nothing up
// front; each element's module (`dist/elements/<module>.js`, with the chunks it shares with the
// others) is fetched from beside this file the first time its tag appears in the page (see
// lazy-define.ts). `configure()` works before any element has loaded: the configuration lives on
// the page (globalThis), where every copy of the library reads it. For everything in one request,
// pages load `dist/peer-support.all.js` instead (src/peer-support.ts).
import { ELEMENT_MODULES } from './elements.js';
import { lazyDefine } from './lazy-define.js';

export { configure, resetConfiguration } from '../core/config.js';
export type { PeerConfigInput } from '../core/config.js';

lazyDefine(ELEMENT_MODULES, import.meta.url);
