// Prints the Subresource Integrity hash of each file an intranet page loads directly (after the build).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

for (const file of ['dist/peer-support.js']) {
  const hash = createHash('sha384').update(readFileSync(file)).digest('base64');
  console.log(`${file}: integrity="sha384-${hash}"`);
}
