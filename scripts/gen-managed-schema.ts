/**
 * Writes the files generated from the zod settings schema (src/settings/schema.ts):
 *   public/managed_schema.json   the admin consoles' schema
 *   src/settings/defaults.json   the default settings, for content scripts (which carry no zod)
 *   npm run gen:schema           write them
 *   tsx scripts/gen-managed-schema.ts --check   exit 1 if a committed file is stale
 * Unit tests run the same comparisons, so a stale file fails `npm test`.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { managedSchemaText } from '../src/settings/managed-schema';
import { DEFAULT_SETTINGS } from '../src/settings/schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const files: Array<[string, string]> = [
  ['public/managed_schema.json', managedSchemaText()],
  ['src/settings/defaults.json', JSON.stringify(DEFAULT_SETTINGS, null, 2) + '\n'],
];
let stale = false;
for (const [rel, want] of files) {
  const out = resolve(root, rel);
  if (process.argv.includes('--check')) {
    const have = existsSync(out) ? readFileSync(out, 'utf8') : '';
    if (have !== want) {
      console.error(`${rel} is stale: run \`npm run gen:schema\` and commit it.`);
      stale = true;
    }
  } else {
    writeFileSync(out, want);
    console.log(`Wrote ${out}`);
  }
}
if (stale) process.exit(1);
