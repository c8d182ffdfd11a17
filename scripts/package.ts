/**
 * Makes a store-ready zip of dist/ (run by `npm run package`, after the build):
 * release/think-twice-<version>-chrome.zip. The store assigns its own key, so the development
 * "key" is removed from the packaged manifest (the Chrome Web Store rejects uploads that carry one).
 */
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const entries: Record<string, Uint8Array> = {};
for (const file of files(dist).sort()) {
  const rel = relative(dist, file).split('\\').join('/');
  if (rel.startsWith('.vite/')) continue;
  let data: Uint8Array = readFileSync(file);
  if (rel === 'manifest.json') {
    const manifest = JSON.parse(Buffer.from(data).toString('utf8')) as Record<string, unknown>;
    delete manifest.key;
    data = Buffer.from(JSON.stringify(manifest, null, 2));
  }
  entries[rel] = data;
}
if (!entries['manifest.json']) throw new Error('dist/manifest.json is missing: run the build first.');
const version = (JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { version: string }).version;
mkdirSync(join(root, 'release'), { recursive: true });
const out = join(root, 'release', `think-twice-${version}-chrome.zip`);
// Fixed timestamps make the zip reproducible.
writeFileSync(out, zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
console.log(`Wrote ${relative(root, out)} (${Object.keys(entries).length} files, ${(statSync(out).size / 1024).toFixed(1)} KB)`);
