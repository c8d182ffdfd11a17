/**
 * `npm run package` (scripts/package.ts) on the build under test, into a temporary folder: each
 * package is a zip with the right manifest and loads in its browser (the Chrome package in
 * Chromium; the Firefox one in firefox-esr over WebDriver BiDi, as test/e2e/firefox.test.ts drives
 * it), `web-ext lint` finds no error, the source archive carries its build instructions, and the
 * screenshots are 1280x800 PNGs.
 *
 * The Firefox test skips, with the reason printed, when firefox-esr is not installed (CI installs
 * only Chromium unless told to), as firefox.test.ts does; it needs no root, as it sets no policy.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PackageResult, makePackages } from '../../scripts/package';
import { RISKY, showPrompt } from '../../scripts/lib/demo-steps';
import { SCREENSHOTS, SCREENSHOT_SIZE } from '../../scripts/lib/store-screenshots';
import { GECKO_ID } from '../../src/cli/validate-config-core';
import { DIST, expectedExtensionId, launchWithExtension } from './harness';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const noFirefox = existsSync(FIREFOX) ? null : `firefox-esr is not installed at ${FIREFOX} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`;
if (noFirefox) console.log(`SKIPPED loading the Firefox package: ${noFirefox}.`);

type Json = Record<string, any>;

function unzipTo(zip: string, dir: string): Record<string, Uint8Array> {
  const entries = unzipSync(readFileSync(zip));
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return entries;
}

const manifestOf = (entries: Record<string, Uint8Array>): Json => JSON.parse(Buffer.from(entries['manifest.json']!).toString('utf8')) as Json;

function builtFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((n) => {
    const rel = prefix + n;
    if (rel === '.vite') return [];
    return statSync(join(dir, n)).isDirectory() ? builtFiles(join(dir, n), `${rel}/`) : [rel];
  });
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`).toBe(true);
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('npm run package', () => {
  let out: string;
  let work: string;
  let result: PackageResult;
  const log: string[] = [];
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'tt-release-'));
    work = mkdtempSync(join(tmpdir(), 'tt-release-work-'));
    result = await makePackages({ dist: DIST, out, build: false, screenshots: true, lint: true, source: true, log: (l) => log.push(l) });
  }, 240_000);
  afterAll(() => {
    for (const d of [out, work]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('writes every artefact into the release folder, each listed in SHA256SUMS with its hash', () => {
    const v = result.version;
    expect(v).toBe(JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')).version);
    for (const name of [
      `think-twice-${v}-chrome.zip`,
      `think-twice-${v}-firefox.xpi`,
      `think-twice-${v}-source.zip`,
      'BUILD.md',
      'listing/listing.en.md',
      'listing/listing.cy.md',
    ])
      expect(existsSync(join(out, name)), name).toBe(true);
    const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums.length).toBe(6 + SCREENSHOTS.length);
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      expect(
        createHash('sha256')
          .update(readFileSync(join(out, name!)))
          .digest('hex'),
        name,
      ).toBe(hash);
    }
  });

  it('the Chrome Web Store / Edge zip: the build, with the development key removed and nothing else changed', () => {
    const entries = unzipSync(readFileSync(result.chromeZip));
    const manifest = manifestOf(entries);
    const built = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Json;
    expect(built.key).toBeTruthy();
    expect(manifest.key).toBeUndefined();
    const { key: _key, ...rest } = built;
    expect(manifest).toEqual(rest);
    expect(manifest.background.service_worker).toBeTruthy();
    expect(Object.keys(entries).sort()).toEqual(builtFiles(DIST).sort());
  });

  it('the Chrome package loads in Chromium: its worker starts under an ID of its own, the popup opens and a risky post is held behind the prompt', {
    timeout: 120_000,
  }, async () => {
    const dir = join(work, 'chrome');
    unzipTo(result.chromeZip, dir);
    const ext = await launchWithExtension({ dist: dir });
    try {
      // Without the key, Chromium gives an unpacked copy an ID of its own, not the development one.
      expect(ext.id).toMatch(/^[a-p]{32}$/);
      expect(ext.id).not.toBe(expectedExtensionId());
      const popup = await ext.openPage('popup');
      await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toContain('Think Twice');
      await popup.close();
      const shown = await showPrompt(ext, 'x', { width: 1280, height: 800 }, RISKY);
      expect(shown.submitted).toBe(0);
      expect(shown.concerns.length).toBeGreaterThan(0);
      await shown.page.close();
    } finally {
      await ext.close();
    }
  });

  it("the Firefox .xpi: Firefox's manifest (gecko ID, background scripts, no Chrome-only keys) over the same files, and web-ext lint finds no error", () => {
    const entries = unzipSync(readFileSync(result.firefoxXpi));
    const manifest = manifestOf(entries);
    expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // Firefox runs no extension service workers: a background with only service_worker would not start.
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.background.scripts).toEqual([JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')).background.service_worker]);
    expect(manifest.key).toBeUndefined();
    expect(manifest.minimum_chrome_version).toBeUndefined();
    expect(manifest.storage?.managed_schema).toBeUndefined();
    expect(JSON.stringify(manifest.web_accessible_resources)).not.toContain('use_dynamic_url');
    expect(Object.keys(entries).sort()).toEqual(
      builtFiles(DIST)
        .filter((f) => f !== 'managed_schema.json')
        .sort(),
    );
    expect(result.lint).not.toBeNull();
    expect(result.lint!.errors, result.lint!.messages.join('\n')).toBe(0);
  });

  it.skipIf(noFirefox !== null)(
    'the Firefox package installs in Firefox and its content script holds a risky post behind the prompt',
    { timeout: 120_000 },
    async () => {
      const dir = join(work, 'firefox');
      unzipTo(result.firefoxXpi, dir);
      const puppeteer = (await import('puppeteer-core')).default;
      let browser: Browser | undefined;
      try {
        browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
        expect(await browser.installExtension(dir)).toBe(GECKO_ID);
        const page: Page = await browser.newPage();
        await page.setRequestInterception(true);
        // X's post composer as the X adapter knows it; the page records what it sends.
        const html =
          '<!doctype html><html><head><title>X</title></head><body><div data-testid="primaryColumn"><div>' +
          '<div data-testid="tweetTextarea_0" contenteditable="true" role="textbox" style="width:400px;height:80px"></div>' +
          '<button type="button" data-testid="tweetButtonInline">Post</button></div></div><script src="/__fixture/app.js"></script></body></html>';
        const app = `window.__sent = [];
document.querySelector('[data-testid="tweetButtonInline"]').addEventListener('click', () => {
  const editor = document.querySelector('[data-testid="tweetTextarea_0"]');
  if (editor.textContent.trim()) window.__sent.push(editor.textContent);
});`;
        page.on('request', (r) => {
          if (r.url() === 'https://x.com/__fixture/app.js') void r.respond({ status: 200, contentType: 'text/javascript', body: app });
          else if (r.url().startsWith('https://x.com/')) void r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
          else void r.abort();
        });
        await page.goto('https://x.com/home');
        await new Promise((r) => setTimeout(r, 1500));
        await page.click('[data-testid="tweetTextarea_0"]');
        await page.keyboard.type(RISKY);
        await new Promise((r) => setTimeout(r, 1500));
        await page.click('[data-testid="tweetButtonInline"]');
        // Held: the prompt's dialog opens and the site sends nothing (any failure would let the post go).
        await page.waitForFunction(() => [...document.getElementsByTagName('dialog')].some((d) => d.open), { timeout: 15_000 });
        await new Promise((r) => setTimeout(r, 500));
        expect(await page.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toEqual([]);
      } finally {
        await browser?.close();
      }
    },
  );

  it('the source archive for AMO: the tracked source with BUILD.md (Node and npm versions, the commands, the .xpi and its hash), without node_modules or builds', () => {
    expect(result.sourceZip).not.toBeNull();
    const names = Object.keys(unzipSync(readFileSync(result.sourceZip!)));
    for (const f of [
      'BUILD.md',
      'package.json',
      'package-lock.json',
      'manifest.json',
      'vite.config.ts',
      'scripts/package.ts',
      'store/listing.en.md',
      'src/background/service-worker.ts',
    ])
      expect(names, f).toContain(f);
    expect(names.filter((n) => /^(node_modules|dist|dist-firefox|release|build|demo-output)\//.test(n))).toEqual([]);
    const notes = Buffer.from(unzipSync(readFileSync(result.sourceZip!))['BUILD.md']!).toString('utf8');
    expect(notes).toBe(readFileSync(result.buildNotes, 'utf8'));
    expect(notes).toContain(`Node.js ${process.version}`);
    expect(notes).toMatch(/npm \d+\.\d+\.\d+/);
    expect(notes).toContain('npm ci\nnpm run package -- --no-screenshots');
    const xpi = `think-twice-${result.version}-firefox.xpi`;
    expect(notes).toContain(`release/${xpi}`);
    expect(notes).toContain(`${createHash('sha256').update(readFileSync(result.firefoxXpi)).digest('hex')}  ${xpi}`);
  });

  it('the listing text in English and Welsh is copied as it is in store/', () => {
    for (const file of result.listings) expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(__dirname, '../../store', file.split('/').pop()!), 'utf8'));
  });

  it('the screenshots are PNGs of 1280x800: the prompt, the popup in lesson time, the options page', () => {
    expect(result.screenshots.map((s) => s.split('/').pop())).toEqual([...SCREENSHOTS]);
    for (const file of result.screenshots) expect(pngSize(file), file).toEqual(SCREENSHOT_SIZE);
  });
});
