/**
 * `npm run build:firefox`: the Firefox build, in dist-firefox/.
 *
 * It runs the normal Vite build (same config, same code) into dist-firefox/ and then rewrites the
 * manifest for Firefox:
 *   - background: Firefox's MV3 has no service workers for extensions; it runs background
 *     *scripts* (an event page). crxjs's loader is an ES module that imports the worker chunk, so
 *     it is listed as a module script.
 *   - browser_specific_settings.gecko: the add-on ID admins put in policies.json, the minimum
 *     version, and the data-collection declaration (none: nothing leaves the device).
 *   - Chrome-only keys go: "key" (Chrome's ID), "minimum_chrome_version", "use_dynamic_url",
 *     and storage.managed_schema (Firefox reads admin settings from policies.json without one).
 * Known linter warnings (not errors), both static and both from libraries: zod's one-time
 * `Function('')` probe for its JIT (z.config({ jitless: true }) stops the probe running but the
 * code stays in the bundle), and Preact's `innerHTML` for dangerouslySetInnerHTML, which no
 * component of ours uses.
 * Then, unless --no-lint, it runs `web-ext lint` on the result and fails on any error.
 *
 *   npm run build:firefox               build and lint
 *   npm run build:firefox -- --no-lint  build only
 */
import { build } from 'vite';
import { readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { GECKO_ID } from '../src/cli/validate-config-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIREFOX_DIST = join(ROOT, 'dist-firefox');

/**
 * 140 is the ESR that supports everything used here: MV3 module background scripts,
 * storage.managed from policies.json, optional_host_permissions, scripting.registerContentScripts
 * and the data_collection_permissions key.
 */
export const GECKO_MIN_VERSION = '140.0';

type Json = Record<string, any>;

/** The Chrome manifest crxjs wrote, turned into Firefox's. Pure, so it can be unit-tested. */
export function firefoxManifest(chrome: Json): Json {
  const m: Json = structuredClone(chrome);
  delete m.key;
  delete m.minimum_chrome_version;
  delete m.update_url;
  const bg = m.background ?? {};
  const script = bg.service_worker ?? (bg.scripts ?? [])[0];
  if (!script) throw new Error('The built manifest has no background service worker to convert.');
  m.background = { scripts: [script], type: 'module' };
  if (Array.isArray(m.web_accessible_resources)) {
    m.web_accessible_resources = m.web_accessible_resources.map((w: Json) => {
      const { use_dynamic_url: _drop, ...rest } = w;
      return rest;
    });
  }
  if (m.storage) {
    delete m.storage.managed_schema;
    if (Object.keys(m.storage).length === 0) delete m.storage;
  }
  m.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: GECKO_MIN_VERSION,
      // Think Twice collects and transmits nothing.
      data_collection_permissions: { required: ['none'] },
    },
    // Firefox for Android read data_collection_permissions from 142; without this, the desktop
    // minimum would apply there too and the linter warns.
    gecko_android: { strict_min_version: '142.0' },
  };
  return m;
}

export async function buildFirefox(): Promise<void> {
  if (existsSync(FIREFOX_DIST)) rmSync(FIREFOX_DIST, { recursive: true, force: true });
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: FIREFOX_DIST, emptyOutDir: true } });
  const file = join(FIREFOX_DIST, 'manifest.json');
  const manifest = firefoxManifest(JSON.parse(readFileSync(file, 'utf8')) as Json);
  writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
  // Firefox does not read the Chrome policy schema; leaving it out keeps the package honest.
  rmSync(join(FIREFOX_DIST, 'managed_schema.json'), { force: true });
}

export function lintFirefox(): number {
  const r = spawnSync('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', FIREFOX_DIST, '--no-input'], { cwd: ROOT, stdio: 'inherit' });
  return r.status ?? 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const noLint = process.argv.includes('--no-lint');
  buildFirefox()
    .then(() => {
      console.log(`Firefox build written to ${FIREFOX_DIST} (add-on ID ${GECKO_ID}).`);
      if (!noLint) process.exitCode = lintFirefox();
    })
    .catch((err) => {
      console.error(err);
      process.exitCode = 1;
    });
}
