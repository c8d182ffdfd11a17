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

/**
 * Turns a Chrome build in `dir` into the Firefox one, in place: the manifest rewritten and the
 * Chrome policy schema removed (Firefox does not read it; leaving it out keeps the package honest).
 * `npm run package` runs this on a copy of the very build it zips for Chrome.
 */
export function toFirefox(dir: string): Json {
  const file = join(dir, 'manifest.json');
  const manifest = firefoxManifest(JSON.parse(readFileSync(file, 'utf8')) as Json);
  writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
  rmSync(join(dir, 'managed_schema.json'), { force: true });
  return manifest;
}

/** Builds Firefox's tree into `outDir` (dist-firefox/ unless told otherwise). */
export async function buildFirefox(outDir: string = FIREFOX_DIST): Promise<void> {
  if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  toFirefox(outDir);
}

export interface LintResult {
  /** web-ext's exit status: non-zero when the linter found an error (or could not run). */
  status: number;
  errors: number;
  warnings: number;
  notices: number;
  /** Each message as "CODE file: message" (errors first). */
  messages: string[];
}

/** Runs `web-ext lint` on a Firefox tree and returns what it found (with `print`, also prints each message and the counts). */
export function lintFirefox(dir: string = FIREFOX_DIST, print = true): LintResult {
  const r = spawnSync('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', dir, '--no-input', '--output', 'json'], { cwd: ROOT, encoding: 'utf8' });
  type Message = { code: string; message: string; file?: string };
  let report: { errors: Message[]; warnings: Message[]; notices: Message[] };
  try {
    report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))) as typeof report;
  } catch {
    throw new Error(`web-ext lint gave no report (exit ${r.status}): ${r.stderr || r.stdout}`);
  }
  const line = (kind: string) => (m: Message) => `${kind} ${m.code} ${m.file ?? ''}: ${m.message}`;
  const result: LintResult = {
    status: r.status ?? 1,
    errors: report.errors.length,
    warnings: report.warnings.length,
    notices: report.notices.length,
    messages: [...report.errors.map(line('error')), ...report.warnings.map(line('warning')), ...report.notices.map(line('notice'))],
  };
  if (print) {
    for (const m of result.messages) console.log(`  ${m}`);
    console.log(`web-ext lint: ${result.errors} errors, ${result.warnings} warnings, ${result.notices} notices`);
  }
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const noLint = process.argv.includes('--no-lint');
  buildFirefox()
    .then(() => {
      console.log(`Firefox build written to ${FIREFOX_DIST} (add-on ID ${GECKO_ID}).`);
      if (!noLint) process.exitCode = lintFirefox().errors > 0 ? 1 : 0;
    })
    .catch((err) => {
      console.error(err);
      process.exitCode = 1;
    });
}
