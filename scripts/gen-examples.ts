/**
 * Writes the Chrome, Firefox and Google Admin examples in examples/ from
 * examples/secondary-school.json (see scripts/lib/examples.ts):
 *   npm run gen:examples                    write them
 *   tsx scripts/gen-examples.ts --check     exit 1 if one is stale
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleWrappers } from './lib/examples';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let stale = false;
for (const [rel, want] of exampleWrappers(root)) {
  const out = resolve(root, rel);
  if (process.argv.includes('--check')) {
    if ((existsSync(out) ? readFileSync(out, 'utf8') : '') !== want) {
      console.error(`${rel} is stale: run \`npm run gen:examples\` and commit it.`);
      stale = true;
    }
  } else {
    writeFileSync(out, want);
    console.log(`Wrote ${out}`);
  }
}
if (stale) process.exit(1);
