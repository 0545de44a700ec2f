// `npm run localize:build`: lit-localize writes src/core/locales/<locale>.ts, then each generated
// module's `str` import is pointed at src/core/locales-str.ts (same shape, no dependencies), so a
// language's chunk imports nothing (see that file for why).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

execFileSync('npx', ['lit-localize', 'build'], { stdio: 'inherit' });
const folder = 'src/core/locales';
for (const name of readdirSync(folder)) {
  if (!name.endsWith('.ts') || name === 'locale-codes.ts') continue;
  const file = `${folder}/${name}`;
  const source = readFileSync(file, 'utf8');
  const rewritten = source.replace("import {str} from '@lit/localize';", "import {str} from '../locales-str.js';");
  if (rewritten === source && source.includes('@lit/localize')) throw new Error(`${file}: the generated import changed; update scripts/localize-build.mjs`);
  writeFileSync(file, rewritten);
}
