// Subresource Integrity for every file an intranet page loads directly with a script tag: each
// one-tag file the build made (`peer-support.js`) and its release copy (`peer-support.<version>.js`,
// see vite.config.ts). Printed for IT and written to dist/integrity.json; run at the end of the build.
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
const pinned = releaseName(oneTagFiles[0]);
console.log(`Pin this release: <script type="module" src="https://…/${pinned}" integrity="${files[pinned]}" crossorigin="anonymous"></script>`);
