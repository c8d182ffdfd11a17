/**
 * Prebuilt bundles for the command-line tools, so that running them needs neither tsx nor
 * TypeScript: tsx's start-up alone is about a second, and `npm run check` should start in well
 * under half of one.
 *
 * A bundle (build/cli/<tool>.cjs, gitignored) is built with esbuild on first use and rebuilt only
 * when a file it was built from has changed. Beside it, `<bundle>.inputs.json` lists every file
 * esbuild read (from its metafile: the sources and the packages from node_modules), the bundle
 * itself and the build recipe (this file, esbuild's package.json, tsconfig.json, package-lock.json),
 * each with its modification time and size. The staleness check is one statSync per file (a few
 * milliseconds); any difference, a missing file or a missing list means a rebuild. A file added to
 * src/ cannot change a bundle until some input imports it, and that import changes the input.
 *
 * The bundle is CommonJS so that the launcher can run it through node:vm with V8's code cache
 * (`<bundle>.<build id>.v8cache`, written after the first run of each build): Node 20 has no
 * compile cache of its own for modules, and parsing and compiling a megabyte of JavaScript is a
 * fifth of the start-up. The bundle also runs on its own: `node build/cli/check.cjs`.
 *
 * Builds write to temporary names and rename into place, so two processes starting at once (test
 * workers, say) each see a whole bundle.
 */
import { readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));

/** The repository root (this file is scripts/lib/cli-bundle.mjs). */
export const ROOT = resolve(here, '../..');

/**
 * The commands: an entry in src/cli and a bundle in build/cli. The bundle sits two folders below
 * the root, like its source, because check.ts finds public/model from its own location.
 */
export const COMMANDS = {
  check: { entry: 'src/cli/check.ts', outfile: 'build/cli/check.cjs' },
  'validate-config': { entry: 'src/cli/validate-config.ts', outfile: 'build/cli/validate-config.cjs' },
};

/** Files that shape every bundle without esbuild reading them as inputs: the recipe. */
export const RECIPE = ['scripts/lib/cli-bundle.mjs', 'node_modules/esbuild/package.json', 'tsconfig.json', 'package-lock.json'];

/**
 * An input modified this close to the start of a build (or during it) is recorded as unknown, so
 * the next run rebuilds: esbuild may have read it half-way through an edit, and coarse file-system
 * clocks round modification times down.
 */
const SETTLE_MS = 2000;

function stamp(path) {
  try {
    const s = statSync(path);
    return [s.mtimeMs, s.size];
  } catch {
    return null;
  }
}

const listOf = (outAbs) => outAbs + '.inputs.json';
const cacheOf = (outAbs, buildId) => `${outAbs}.${buildId}.v8cache`;

/**
 * The bundle's state: `stale` says why it must be rebuilt (null when it is current); `buildId`
 * names the current build. Paths are relative to `root`.
 */
export function bundleState(root, outfile) {
  const outAbs = resolve(root, outfile);
  let list;
  try {
    list = JSON.parse(readFileSync(listOf(outAbs), 'utf8'));
  } catch {
    return { stale: stamp(outAbs) ? 'no list of inputs' : 'no bundle yet', buildId: null };
  }
  if (!list || typeof list.inputs !== 'object' || typeof list.buildId !== 'string') return { stale: 'no list of inputs', buildId: null };
  for (const [path, was] of Object.entries(list.inputs)) {
    const now = stamp(resolve(root, path));
    if (!now) {
      if (was !== null) return { stale: `${path} is gone`, buildId: null };
    } else if (!was || now[0] !== was[0] || now[1] !== was[1]) return { stale: `${path} changed`, buildId: null };
  }
  return { stale: null, buildId: list.buildId };
}

/**
 * Builds `entry` into `outfile` (both relative to `root`) with esbuild, records its inputs and
 * drops the code caches of earlier builds. `recipe`: further files (relative to root) whose change
 * should also rebuild it. Returns the new build's id.
 */
export async function buildBundle(root, entry, outfile, recipe = []) {
  // Loaded only to build: the everyday run needs neither.
  const [{ build }, { randomBytes }] = await Promise.all([import('esbuild'), import('node:crypto')]);
  const started = Date.now();
  const outAbs = resolve(root, outfile);
  mkdirSync(dirname(outAbs), { recursive: true });
  const tmp = `${outAbs}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    metafile: true,
    logLevel: 'warning',
    // CommonJS has no import.meta: the sources' import.meta.url becomes the bundle's own URL.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    logOverride: { 'empty-import-meta': 'error' },
  });
  const buildId = randomBytes(6).toString('hex');
  const inputs = {};
  for (const path of [...Object.keys(result.metafile.inputs), ...recipe]) {
    const s = stamp(resolve(root, path));
    inputs[relative(root, resolve(root, path))] = s && s[0] < started - SETTLE_MS ? s : s ? [0, -1] : null;
  }
  renameSync(tmp, outAbs);
  // The bundle itself too: a hand-edited bundle is rebuilt, and its code cache never reused.
  inputs[relative(root, outAbs)] = stamp(outAbs);
  for (const name of readdirSync(dirname(outAbs))) {
    if (name.startsWith(basename(outAbs) + '.') && name.endsWith('.v8cache')) rmQuietly(resolve(dirname(outAbs), name));
  }
  const listTmp = `${tmp}.json`;
  writeFileSync(listTmp, JSON.stringify({ entry, buildId, builtAt: new Date(started).toISOString(), inputs }, null, 1) + '\n');
  renameSync(listTmp, listOf(outAbs));
  return buildId;
}

function rmQuietly(path) {
  try {
    unlinkSync(path);
  } catch {
    /* already gone: another process cleaned up */
  }
}

/**
 * Makes sure the bundle for `entry` is current, building it when it is not. Returns the bundle's
 * absolute path, its build id, and whether it was (re)built, with why.
 */
export async function ensureBundle({ root = ROOT, entry, outfile, recipe = RECIPE }) {
  const state = bundleState(root, outfile);
  const buildId = state.stale ? await buildBundle(root, entry, outfile, recipe) : state.buildId;
  return { path: resolve(root, outfile), buildId, built: state.stale !== null, reason: state.stale };
}

/**
 * Runs a CommonJS bundle in this process as Node would (`node BUNDLE`), with V8's code cache for
 * that build: read when there is one, written when the process exits when there is none or V8
 * rejects it (another Node version). A cache that cannot be written is no loss.
 */
export function runBundle(path, buildId) {
  const cachePath = buildId ? cacheOf(path, buildId) : null;
  let cachedData;
  if (cachePath) {
    try {
      cachedData = readFileSync(cachePath);
    } catch {
      cachedData = undefined;
    }
  }
  // Node's own CommonJS wrapper, so the bundle sees the same five names it would under `node`.
  const source = '(function (exports, require, module, __filename, __dirname) { ' + readFileSync(path, 'utf8') + '\n})';
  const script = new Script(source, { filename: path, cachedData });
  if (cachePath && (!cachedData || script.cachedDataRejected)) {
    // At exit, so that the cache holds the functions the run compiled, not only the top level.
    process.once('exit', () => {
      try {
        const tmp = `${cachePath}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cachePath);
      } catch {
        /* read-only checkout: run without a cache */
      }
    });
  }
  const module = { exports: {}, filename: path, id: '.', loaded: false };
  script.runInThisContext().call(module.exports, module.exports, createRequire(path), module, path, dirname(path));
}
