/**
 * Writes public/managed_schema.json from the zod settings schema (src/settings/schema.ts).
 *   npm run gen:schema           write it
 *   tsx scripts/gen-managed-schema.ts --check   exit 1 if the committed file is stale
 * A unit test runs the same comparison, so a stale file fails `npm test`.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { managedSchemaText } from '../src/settings/managed-schema';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../public/managed_schema.json');
const want = managedSchemaText();
if (process.argv.includes('--check')) {
  const have = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (have !== want) {
    console.error('public/managed_schema.json is stale: run `npm run gen:schema` and commit it.');
    process.exit(1);
  }
} else {
  writeFileSync(out, want);
  console.log(`Wrote ${out}`);
}
