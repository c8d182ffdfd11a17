/**
 * `npm run package`: everything the stores ask for, from one build, into release/.
 *
 *   think-twice-<version>-chrome.zip    Chrome Web Store and Microsoft Edge Add-ons (the same file):
 *                                       the build with the development "key" removed (the stores
 *                                       reject uploads that carry one and assign their own ID)
 *   think-twice-<version>-firefox.xpi   addons.mozilla.org: the same build with Firefox's manifest
 *                                       (scripts/build-firefox.ts), passed by `web-ext lint`
 *   think-twice-<version>-source.zip    the source AMO asks for when code is bundled, with BUILD.md
 *   BUILD.md                            how to rebuild the .xpi from that source, byte for byte
 *   listing/listing.<lang>.md           the listing text in English and Welsh (from store/), checked
 *                                       against the manifest first
 *   screenshots/*.png                   1280x800, taken from the demo's steps on the build
 *   SHA256SUMS
 *
 *   npm run package                                     build into dist/, then package into release/
 *   npm run package -- --dist DIR --out DIR             build into DIR and package into DIR
 *   npm run package -- --no-build --dist DIR            package a build already in DIR
 *   npm run package -- --no-screenshots                 no browser needed (what AMO's reviewers run)
 *
 * Every zip has its entries sorted and one fixed timestamp, so the same build gives the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { GECKO_ID } from '../src/cli/validate-config-core';
import { type LintResult, lintFirefox, toFirefox } from './build-firefox';
import { LISTING_LANGS, listingFile, listingProblems, readListing } from './lib/listing';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Every zip entry's timestamp: a fixed one, so that rebuilding gives the same bytes. */
const ZIP_TIME = new Date('2026-01-01T00:00:00Z');

export interface PackageOptions {
  /** The Chrome build to package (built there first unless `build` is false). */
  dist: string;
  /** Where the release goes. */
  out: string;
  build: boolean;
  screenshots: boolean;
  /** Run `web-ext lint` on the Firefox package and refuse it on any error. */
  lint: boolean;
  /** Write the source archive (needs git: skipped, with a note, where there is none, as in an unpacked source archive). */
  source: boolean;
  log: (line: string) => void;
}

export interface PackageResult {
  version: string;
  chromeZip: string;
  firefoxXpi: string;
  sourceZip: string | null;
  buildNotes: string;
  listings: string[];
  screenshots: string[];
  lint: LintResult | null;
}

function files(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p) : [p];
    })
    .sort();
}

/** A zip of `dir`'s files (Vite's own .vite/ metadata left out), with `change` applied to each file's bytes. */
function zipTree(dir: string, change: (rel: string, data: Uint8Array) => Uint8Array = (_, d) => d): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const file of files(dir)) {
    const rel = relative(dir, file).split('\\').join('/');
    if (rel.startsWith('.vite/')) continue;
    entries[rel] = change(rel, readFileSync(file));
  }
  return zipSync(entries, { level: 9, mtime: ZIP_TIME });
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function git(args: string[]): string | null {
  const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : null;
}

/**
 * The source as the build saw it: every file git tracks or would track (so new, uncommitted
 * files the build used are there too), never what .gitignore leaves out (node_modules, builds,
 * release/). Outside a git checkout, the files .gitignore does not leave out.
 */
function sourceFiles(): string[] {
  const listed = git(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  if (listed === null) return walkSource();
  return [...new Set(listed.split('\0').filter(Boolean))].filter((p) => existsSync(join(ROOT, p)) && statSync(join(ROOT, p)).isFile()).sort();
}

/**
 * Outside a git checkout (a `git archive` export, a downloaded source archive): every plain file
 * under the root that the project's .gitignore does not leave out. The .gitignore here holds only
 * names ("node_modules/", "dist/") and "*.ext" patterns, which is all this reads; links (a
 * node_modules linked in from elsewhere) are never followed.
 */
function walkSource(): string[] {
  const rules = existsSync(join(ROOT, '.gitignore'))
    ? readFileSync(join(ROOT, '.gitignore'), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
    : [];
  const ignored = (name: string, dir: boolean) =>
    name === '.git' ||
    rules.some((r) => (r.startsWith('*.') ? name.endsWith(r.slice(1)) : r.replace(/^\//, '').replace(/\/$/, '') === name && (dir || !r.endsWith('/'))));
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(join(ROOT, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && !ignored(e.name, true)) walk(path);
      else if (e.isFile() && !ignored(e.name, false)) out.push(path);
    }
  };
  walk('');
  return out.sort();
}

function buildNotes(version: string, xpiName: string, xpiHash: string, commit: string | null, dirty: boolean): string {
  const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout.trim();
  return `# Building Think Twice ${version} from source

This is the complete source of the Think Twice add-on ${version}${commit ? ` (git commit ${commit}${dirty ? ', with changes not yet committed' : ''})` : ''}. Its code is
bundled by Vite (TypeScript and Preact compiled, then bundled and minified), so this is how to build
the submitted \`${xpiName}\` from it.

## What you need

- Node.js ${process.version} and npm ${npm}: the versions this package was built with (${process.platform}, ${process.arch}).
  Any Node 20 or later builds it; use these exact versions to get the same bytes.
- Nothing else: no browser and no global packages. Every tool comes from
  \`package-lock.json\`.

## Build

\`\`\`sh
npm ci
npm run package -- --no-screenshots
\`\`\`

\`npm ci\` installs the exact dependency versions in \`package-lock.json\`. \`npm run package\` builds
the extension with Vite into \`dist/\`, rewrites the manifest for Firefox (\`scripts/build-firefox.ts\`:
background scripts instead of a service worker, \`browser_specific_settings\` with the add-on ID
\`${GECKO_ID}\`, Chrome-only keys removed), runs \`web-ext lint\` on it and writes the package to:

    release/${xpiName}

(with the Chrome package, the listing text and BUILD.md beside it; \`--no-screenshots\` leaves out
the store screenshots, which need Chromium).

## Reproducible

The build is deterministic and every zip has its entries sorted and one fixed timestamp, so with the
same Node.js and npm the file comes out byte for byte the same. Its SHA-256:

    ${xpiHash}  ${xpiName}

Check with \`sha256sum release/${xpiName}\` (or \`shasum -a 256\` on macOS).

## Where the code is

\`src/\` holds the extension's TypeScript (README.md's "Where things live" maps each part);
\`manifest.json\` is the Chrome manifest the build starts from; \`public/\` is copied as it is
(the learned model \`public/model/school-model.bin\` is a data file of weights, built by
\`npm run train\` from \`scripts/cnn/\`).
`;
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const v = argv[i + 1];
  if (!v || v.startsWith('--')) throw new Error(`${name} needs a directory`);
  return v;
}

export function optionsFrom(argv: string[]): PackageOptions {
  return {
    dist: resolve(arg(argv, '--dist') ?? join(ROOT, 'dist')),
    out: resolve(arg(argv, '--out') ?? join(ROOT, 'release')),
    build: !argv.includes('--no-build'),
    screenshots: !argv.includes('--no-screenshots'),
    lint: !argv.includes('--no-lint'),
    source: !argv.includes('--no-source'),
    log: (line) => console.log(line),
  };
}

export async function makePackages(opts: PackageOptions): Promise<PackageResult> {
  const { dist, out, log } = opts;
  if (opts.build) {
    log(`Building into ${dist} ...`);
    const { build } = await import('vite');
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  }
  const manifestFile = join(dist, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: build first, or leave out --no-build.`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, any>;
  const version = String(manifest.version);

  // The listing first: a release whose listing does not match its manifest is not worth building.
  const problems = LISTING_LANGS.flatMap((lang) => listingProblems(readListing(ROOT, lang), manifest, join(dist, '_locales')));
  if (problems.length) throw new Error(`The store listing does not match the build:\n  ${problems.join('\n  ')}`);

  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(out))
    if (/^think-twice-.*\.(zip|xpi)$/.test(name) || ['BUILD.md', 'SHA256SUMS', 'listing', 'screenshots'].includes(name))
      rmSync(join(out, name), { recursive: true, force: true });
  const written: Record<string, Uint8Array> = {};
  const write = (name: string, data: Uint8Array | string) => {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), bytes);
    written[name] = bytes;
    return join(out, name);
  };

  // Chrome Web Store and Edge Add-ons.
  const chromeName = `think-twice-${version}-chrome.zip`;
  const chromeZip = write(
    chromeName,
    zipTree(dist, (rel, data) => {
      if (rel !== 'manifest.json') return data;
      const m = JSON.parse(Buffer.from(data).toString('utf8')) as Record<string, unknown>;
      delete m.key;
      return Buffer.from(JSON.stringify(m, null, 2) + '\n');
    }),
  );
  log(`Chrome Web Store / Edge Add-ons: ${relative(process.cwd(), chromeZip)}`);

  // Firefox: the same files, with Firefox's manifest.
  const ffDir = mkdtempSync(join(tmpdir(), 'tt-package-firefox-'));
  let lint: LintResult | null = null;
  const xpiName = `think-twice-${version}-firefox.xpi`;
  let firefoxXpi: string;
  try {
    cpSync(dist, ffDir, { recursive: true, filter: (src) => relative(dist, src).split('\\')[0] !== '.vite' });
    toFirefox(ffDir);
    if (opts.lint) {
      lint = lintFirefox(ffDir, false);
      for (const m of lint.messages) log(`  web-ext lint: ${m}`);
      log(`  web-ext lint: ${lint.errors} errors, ${lint.warnings} warnings, ${lint.notices} notices`);
      if (lint.errors > 0) throw new Error('web-ext lint found errors in the Firefox package (listed above); AMO would reject it.');
    }
    firefoxXpi = write(xpiName, zipTree(ffDir));
  } finally {
    rmSync(ffDir, { recursive: true, force: true });
  }
  log(`Firefox (AMO): ${relative(process.cwd(), firefoxXpi)} (add-on ID ${GECKO_ID})`);

  // The source, with how to build it.
  const commit = git(['rev-parse', 'HEAD'])?.trim() ?? null;
  const changed = (git(['status', '--porcelain', '--untracked-files=no']) ?? '').trim();
  const notes = buildNotes(version, xpiName, sha256(written[xpiName]!), commit, changed !== '');
  const buildNotesFile = write('BUILD.md', notes);
  let sourceZip: string | null = null;
  const sources = opts.source ? sourceFiles() : null;
  if (sources) {
    const entries: Record<string, Uint8Array> = {};
    for (const p of sources) entries[p] = readFileSync(join(ROOT, p));
    entries['BUILD.md'] = Buffer.from(notes);
    sourceZip = write(`think-twice-${version}-source.zip`, zipSync(entries, { level: 9, mtime: ZIP_TIME }));
    log(`Source for AMO: ${relative(process.cwd(), sourceZip)} (${sources.length} files, with BUILD.md)`);
    if (changed) log('  Note: the working tree differs from the last commit; for a release, package a clean checkout of the tagged commit.');
  }

  const listings = LISTING_LANGS.map((lang) => write(`listing/listing.${lang}.md`, readFileSync(listingFile(ROOT, lang))));
  log(`Listing text: ${listings.map((l) => relative(process.cwd(), l)).join(', ')}`);

  let screenshots: string[] = [];
  if (opts.screenshots) {
    const { takeStoreScreenshots } = await import('./lib/store-screenshots');
    screenshots = await takeStoreScreenshots(dist, join(out, 'screenshots'));
    for (const s of screenshots) written[relative(out, s).split('\\').join('/')] = readFileSync(s);
    log(`Screenshots (1280x800): ${screenshots.map((s) => relative(process.cwd(), s)).join(', ')}`);
  }

  const sums = Object.keys(written)
    .sort()
    .map((name) => `${sha256(written[name]!)}  ${name}\n`)
    .join('');
  write('SHA256SUMS', sums);
  return { version, chromeZip, firefoxXpi, sourceZip, buildNotes: buildNotesFile, listings, screenshots, lint };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  makePackages(optionsFrom(process.argv.slice(2))).catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
