/**
 * The Firefox build with admin policy from /etc/firefox/policies/policies.json, in real
 * firefox-esr driven by puppeteer-core over WebDriver BiDi.
 *
 * What can be observed: WebDriver BiDi may not navigate to moz-extension:// pages, so the popup
 * and options page are out of reach; the content script on a served x.com page is in reach. The
 * policy's effect is seen there: "showIndicator" switches the typing indicator, and an extra term
 * raises the indicator's count. Firefox reads policies.json only at start-up, so there is no
 * live-edit test here (docs/admin.md says so).
 *
 * Skips, with the reason printed, when firefox-esr is not installed (CI installs only Chromium
 * unless told to) or when not root (policies.json is in /etc).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, mkdirSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { GECKO_ID } from '../../src/cli/validate-config-core';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const POLICY_DIR = '/etc/firefox/policies';
const POLICY_FILE = join(POLICY_DIR, 'policies.json');

function unavailable(): string | null {
  if (!existsSync(FIREFOX)) return `firefox-esr is not installed at ${FIREFOX} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return `not running as root, so cannot write ${POLICY_FILE}`;
  if (existsSync(POLICY_FILE)) return `${POLICY_FILE} already exists and is not ours to overwrite`;
  return null;
}
const reason = unavailable();
if (reason) console.log(`SKIPPED Firefox e2e tests: ${reason}.`);

const COMPOSER = '<!doctype html><html><head><title>X</title></head><body><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox" style="width:400px;height:80px;border:1px solid #999"></div></body></html>';

/** Launches Firefox with `settings` as the add-on's admin policy, opens x.com, types `text`, and reports the indicator. */
async function typeWithPolicy(dir: string, settings: Record<string, unknown>, text: string): Promise<{ injected: string | null; indicators: number; count: number | null }> {
  const puppeteer = (await import('puppeteer-core')).default;
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: settings } } } }, null, 2));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    const id = await browser.installExtension(dir);
    expect(id).toBe(GECKO_ID);
    const page: Page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      if (r.url().startsWith('https://x.com/')) void r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: COMPOSER });
      else void r.abort();
    });
    await page.goto('https://x.com/home');
    await page.waitForSelector('think-twice-root', { timeout: 15_000 });
    const injected = await page.$eval('think-twice-root', (e) => e.getAttribute('data-think-twice'));
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type(text);
    // The indicator is drawn after a 350 ms pause in typing; give the settings time to arrive too.
    await new Promise((r) => setTimeout(r, 2000));
    const found = await page.evaluate(() => {
      const els = document.querySelector('think-twice-root')?.shadowRoot?.querySelectorAll('[data-testid="tt-indicator"]') ?? [];
      return { indicators: els.length, count: els.length ? Number(els[0]!.getAttribute('data-count')) : null };
    });
    return { injected, ...found };
  } finally {
    await browser?.close();
    rmSync(POLICY_FILE, { force: true });
  }
}

describe.skipIf(reason !== null)('admin policy in Firefox (policies.json)', () => {
  let dir: string;
  beforeAll(async () => {
    // Build the Firefox package from the current tree (a few seconds), unless told to use one.
    dir = process.env.TT_FIREFOX_DIST ?? '';
    if (!dir) {
      const { buildFirefox, FIREFOX_DIST } = await import('../../scripts/build-firefox');
      await buildFirefox();
      dir = FIREFOX_DIST;
    }
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
  }, 120_000);

  it('the add-on loads and its content script runs on a supported site', async () => {
    const r = await typeWithPolicy(dir, { schoolName: 'Ashbrook Academy' }, 'hello');
    expect(r.injected).toBe('active');
    expect(r.indicators).toBe(1);
  });

  it('an admin setting from policies.json takes effect: showIndicator false hides the indicator', async () => {
    const r = await typeWithPolicy(dir, { schoolName: 'Ashbrook Academy', showIndicator: false }, 'hello');
    expect(r.injected).toBe('active');
    expect(r.indicators).toBe(0);
  });

  it('an extra term from policies.json is checked', async () => {
    const without = await typeWithPolicy(dir, { schoolName: 'Ashbrook Academy' }, 'What a wazzock');
    const withTerm = await typeWithPolicy(dir, { schoolName: 'Ashbrook Academy', categories: { offensive: { extraTerms: ['wazzock'] } } }, 'What a wazzock');
    expect(without.count).toBe(0);
    expect(withTerm.count).toBeGreaterThanOrEqual(1);
  });
});
