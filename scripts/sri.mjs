// Subresource Integrity for every file an intranet page loads directly with a script tag: each
// one-tag file the build made (the loader `peer-support.js` and the all-in-one `peer-support.all.js`)
// and its release copy (`<name>.<version>.js`, see vite.config.ts). Printed for IT and written to
// dist/integrity.json; run at the end of the build. The loader's integrity covers the loader alone:
// the element modules and chunks it imports are fetched without an integrity check.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const DIST = 'dist';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const releaseName = (file) => file.replace(/\.js$/, `.${version}.js`);

// A one-tag file is whatever the build gave a release copy to, so this follows the build's choice.
const names = new Set(readdirSync(DIST));
const oneTagFiles = [...names].filter((name) => name.endsWith('.js') && name !== releaseName(name) && names.has(releaseName(name))).sort();
if (oneTagFiles.length === 0) {
  console.error(`sri: no one-tag file with a release copy (${releaseName('peer-support.js')}) in ${DIST}/; run the build first.`);
  process.exit(1);
}

const files = {};
for (const file of oneTagFiles.flatMap((name) => [name, releaseName(name)])) {
  files[file] = `sha384-${createHash('sha384').update(readFileSync(`${DIST}/${file}`)).digest('base64')}`;
}
writeFileSync(`${DIST}/integrity.json`, `${JSON.stringify({ version, files }, null, 2)}\n`);

const width = Math.max(...Object.keys(files).map((file) => file.length));
console.log(`Subresource Integrity (also in ${DIST}/integrity.json):`);
for (const [file, integrity] of Object.entries(files)) console.log(`  ${file.padEnd(width)}  integrity="${integrity}"`);
const pin = (file) => {
  const pinned = releaseName(file);
  return `<script type="module" src="https://…/${pinned}" integrity="${files[pinned]}" crossorigin="anonymous"></script>`;
};
const loader = oneTagFiles.includes('peer-support.js') ? 'peer-support.js' : oneTagFiles[0];
console.log(`Pin this release: ${pin(loader)}`);
if (loader === 'peer-support.js') console.log('  (this checks the loader only; the element modules it imports are not covered by SRI)');
if (oneTagFiles.includes('peer-support.all.js')) console.log(`Every byte checked, in one request: ${pin('peer-support.all.js')}`);
