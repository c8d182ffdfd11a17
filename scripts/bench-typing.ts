/**
 * `npm run bench:typing`: a benchmark (not a test) of what Think Twice costs while typing.
 *
 * Types 2,000 characters into the Lexical (Facebook) and Draft.js (X) fixtures, in Chromium with
 * and without the extension, in the same run, and prints the median and p95 per-keystroke
 * handling time and their ratio (target <= 1.10). A keystroke's handling time is measured in the
 * page from the keydown event's timeStamp (when the browser created it) to the end of dispatch of
 * the last of keydown, beforeinput and input, so it includes every listener on the way and any work
 * (such as a debounced check) that delayed the keystroke. Also prints the content script's size (minified + gzip).
 */
import { keystrokeTimes, startKeystrokeProbe } from './lib/keystroke-probe';
import { ENGINE } from '../src/bundle-paths';
import { execSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { launchWithExtension, ROOT, DIST, chromePath } from '../test/e2e/harness';
import { serveFixture } from '../test/fixtures/serve';
import { buildFixtures } from '../test/fixtures/build';
import { COMPOSER_TABLE } from '../test/fixtures/composer-table';

const CHARS = Number(process.env.BENCH_CHARS ?? 2000);
const TEXT = 'Lovely assembly from Year 4 this morning, thank you all for coming along. '.repeat(Math.ceil(CHARS / 70)).slice(0, CHARS);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function measure(context: BrowserContext, site: 'facebook' | 'x', composer: string): Promise<number[]> {
  const spec = COMPOSER_TABLE.find((s) => s.site === site)!.composers.find((c) => c.composer === composer)!;
  const page: Page = await context.newPage();
  await page.goto(await serveFixture(context, site));
  await page.waitForFunction(() => window.__fixtureReady === true);
  await startKeystrokeProbe(page); // what is measured: scripts/lib/keystroke-probe.ts
  const editor = page.locator(`${spec.scope} ${spec.editor}`);
  await editor.click();
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return !!el && (el === document.activeElement || el.contains(document.activeElement));
  }, `${spec.scope} ${spec.editor}`);
  await page.keyboard.type(TEXT, { delay: 5 });
  await page.waitForTimeout(500);
  const lat = await keystrokeTimes(page);
  await page.close();
  return lat;
}

/**
 * The content script's files: the one classic script every page with a composer loads (listed in the
 * manifest), and the engine it imports when a composer is first used (the checker, the assessment and
 * the model's code; the model's weights are fetched apart). See src/bundle-paths.ts.
 */
function contentScriptSize(): { files: string[]; raw: number; gzip: number; lazy: { files: string[]; raw: number; gzip: number } } {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
  const sizeOf = (files: string[]) => {
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const buf = readFileSync(join(DIST, f));
      raw += buf.length;
      gzip += gzipSync(buf, { level: 9 }).length;
    }
    return { raw, gzip };
  };
  const files = manifest.content_scripts[0]!.js;
  const lazy = [ENGINE].filter((f) => existsSync(join(DIST, f)));
  return { files, ...sizeOf(files), lazy: { files: lazy, ...sizeOf(lazy) } };
}

function printSize(): void {
  const size = contentScriptSize();
  console.log(
    `Content script: ${size.files.length} files, ${(size.raw / 1024).toFixed(1)} KB minified, ${(size.gzip / 1024).toFixed(1)} KB gzip (target <= 60 KB gzip)`,
  );
  for (const f of size.files) console.log(`  ${f}`);
  console.log(
    `Loaded lazily when a composer is first used (the checker, the assessment and the model's code; the model file apart): ${size.lazy.files.length} file(s), ${(size.lazy.raw / 1024).toFixed(1)} KB minified, ${(size.lazy.gzip / 1024).toFixed(1)} KB gzip`,
  );
  for (const f of size.lazy.files) console.log(`  ${f}`);
}

async function main(): Promise<void> {
  execSync('npx vite build --logLevel warn', { cwd: ROOT, stdio: 'inherit' });
  // `npm run bench:typing -- --size`: the build's content-script size only (no browser), e.g. after a rule change.
  if (process.argv.includes('--size')) return printSize();
  await buildFixtures();
  const rows: string[] = [];
  const without = await chromium.launchPersistentContext('', {
    executablePath: chromePath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const ext = await launchWithExtension();
  console.log(`Typing ${CHARS} characters per run (Chromium, headless, 2 cores; same run, alternating)\n`);
  console.log('fixture (editor)         | without: median  p95  | with Think Twice: median  p95 | ratio median  p95');
  for (const [site, composer, label] of [
    ['facebook', 'fb-feed', 'facebook (Lexical)'],
    ['x', 'x-post', 'x (Draft.js)'],
  ] as const) {
    const a = await measure(without, site, composer);
    const b = await measure(ext.context, site, composer);
    const a2 = await measure(without, site, composer);
    const b2 = await measure(ext.context, site, composer);
    const base = [...a, ...a2];
    const withExt = [...b, ...b2];
    const row = `${label.padEnd(24)} | ${pct(base, 50).toFixed(3).padStart(14)} ${pct(base, 95).toFixed(3).padStart(6)} | ${pct(withExt, 50).toFixed(3).padStart(23)} ${pct(withExt, 95).toFixed(3).padStart(6)} | ${(pct(withExt, 50) / pct(base, 50)).toFixed(2).padStart(12)} ${(pct(withExt, 95) / pct(base, 95)).toFixed(2).padStart(5)}`;
    console.log(row);
    rows.push(row);
  }
  console.log('(milliseconds per keystroke; ratio target <= 1.10)\n');
  await without.close();
  await ext.close();
  printSize();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
