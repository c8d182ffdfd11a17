/**
 * Fixture self-test (no extension): for every fixture page and composer, types with the real keyboard, submits
 * through every path the site has, and checks that the page recorded exactly one submit with exactly the typed text.
 * Newline keys must insert a newline and not submit. This proves the fixtures are faithful before the extension is
 * tested against them.
 *
 *   npx tsx test/fixtures/build.ts && npx vitest run --config test/fixtures/vitest.selftest.config.ts
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtures } from '../fixtures/build';
import { launchChromium } from '../fixtures/browser';
import { FIXTURE_SITES, serveFixture, type FixtureSite } from '../fixtures/serve';
import {
  COMPOSER_TABLE as SITES,
  describePath,
  focusEditor,
  perform,
  resetSubmits,
  settledSubmits,
  submits,
  type ComposerSpec,
  type Path,
} from '../fixtures/composer-table';

declare global {
  interface Window {
    __submitEventsAtWindow?: number;
  }
}

let browser: Browser;

beforeAll(async () => {
  await buildFixtures();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function checkSubmitPath(page: Page, spec: ComposerSpec, path: Path, text: string): Promise<void> {
  await resetSubmits(page);
  await focusEditor(page, spec);
  await page.keyboard.type(text);
  await perform(page, spec, path);
  expect(await settledSubmits(page)).toEqual([{ composer: spec.composer, text, via: path.via }]);
}

for (const siteSpec of SITES) {
  describe(`fixture ${siteSpec.site}`, () => {
    let context: BrowserContext;
    let page: Page;
    const problems: string[] = [];

    beforeAll(async () => {
      context = await browser.newContext();
      page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      });
      const url = await serveFixture(context, siteSpec.site);
      expect(url).toBe(FIXTURE_SITES[siteSpec.site]);
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
      await page.waitForFunction(() => window.__fixtureReady === true, null, { timeout: 10_000 });
    });

    afterAll(async () => {
      await context?.close();
    });

    for (const spec of siteSpec.composers) {
      describe(spec.composer, () => {
        it('has its editor and submit control, and nothing submits while empty', async () => {
          await resetSubmits(page);
          if (spec.open) await page.click(`${spec.scope} ${spec.open}`);
          await expect.poll(() => page.locator(`${spec.scope} ${spec.editor}`).count()).toBe(1);
          await expect.poll(() => page.locator(`${spec.scope} ${spec.control}`).count()).toBe(1);
          await page.click(`${spec.scope} ${spec.control}`, { force: true });
          await page.waitForTimeout(100);
          expect(await submits(page)).toEqual([]);
        });

        for (const path of spec.paths) {
          it(`submits once with the typed text: ${describePath(path)}`, async () => {
            await checkSubmitPath(page, spec, path, `Hello from ${spec.composer}, ${describePath(path)}.`);
          });
        }

        for (const key of spec.newlineKeys) {
          it(`${key} inserts a newline and does not submit`, async () => {
            await resetSubmits(page);
            await focusEditor(page, spec);
            await page.keyboard.type('first line');
            await page.keyboard.press(key);
            await page.keyboard.type('second line');
            await page.waitForTimeout(150);
            expect(await submits(page)).toEqual([]);
            const first = spec.paths[0];
            if (!first) throw new Error('spec without a submit path');
            await perform(page, spec, first);
            expect(await settledSubmits(page)).toEqual([{ composer: spec.composer, text: 'first line\nsecond line', via: first.via }]);
          });
        }
      });
    }

    it('mounts another composer later (window.__mountLater) that submits like the first', async () => {
      const like = siteSpec.composers.find((c) => c.composer === siteSpec.later.like);
      if (!like) throw new Error(`no composer ${siteSpec.later.like}`);
      const name = await page.evaluate(() => window.__mountLater(50));
      expect(name).toMatch(/later1$/);
      const spec: ComposerSpec = { ...like, composer: name, scope: siteSpec.later.scope(name) };
      await expect.poll(() => page.locator(`${spec.scope} ${spec.open ?? spec.editor}`).count()).toBe(1);
      for (const path of spec.paths) {
        await checkSubmitPath(page, spec, path, `Later composer ${name}, ${describePath(path)}.`);
      }
    });

    it('logged no page errors', () => {
      expect(problems).toEqual([]);
    });

    // Last: the probe itself logs a Trusted Types console error.
    it('runs under the strict CSP with Trusted Types enforced', async () => {
      const result = await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return 'allowed';
        } catch {
          return 'blocked';
        }
      });
      expect(result).toBe('blocked');
    });
  });
}

describe('fixture specifics', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  async function open(site: FixtureSite, opts: { url?: string; csp?: string | false } = {}): Promise<void> {
    await page.goto(await serveFixture(context, site, opts));
    await page.waitForFunction(() => window.__fixtureReady === true, null, { timeout: 10_000 });
    await page.evaluate(() => {
      window.__submitEventsAtWindow = 0;
      window.addEventListener(
        'submit',
        () => {
          window.__submitEventsAtWindow = (window.__submitEventsAtWindow ?? 0) + 1;
        },
        true,
      );
    });
  }

  it('x: the post button is aria-disabled while empty', async () => {
    await open('x');
    const button = page.locator('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]');
    await expect.poll(() => button.getAttribute('aria-disabled')).toBe('true');
    await page.click('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
    await page.keyboard.type('x');
    await expect.poll(() => button.getAttribute('aria-disabled')).toBe('false');
  });

  it('mastodon: Mod+Enter submits without a submit event, the button through one', async () => {
    await open('mastodon', { url: 'https://fosstodon.example/home' });
    expect(page.url()).toBe('https://fosstodon.example/home');
    await page.click('form.compose-form textarea');
    await page.keyboard.type('direct');
    await page.keyboard.press('ControlOrMeta+Enter');
    expect(await settledSubmits(page)).toEqual([{ composer: 'mastodon-compose', text: 'direct', via: 'mod-enter' }]);
    expect(await page.evaluate(() => window.__submitEventsAtWindow)).toBe(0);
    await resetSubmits(page);
    await page.keyboard.type('by form');
    await page.click('.compose-form__publish-button-wrapper button[type="submit"]');
    expect(await settledSubmits(page)).toEqual([{ composer: 'mastodon-compose', text: 'by form', via: 'form' }]);
    expect(await page.evaluate(() => window.__submitEventsAtWindow)).toBe(1);
  });

  it('reddit: the submit event stays inside the shadow root', async () => {
    await open('reddit');
    const shadowForm = await page.evaluate(() => {
      const host = document.querySelector('shreddit-composer');
      return Boolean(host?.shadowRoot?.querySelector('form button[type="submit"]')) && host?.shadowRoot?.mode === 'open';
    });
    expect(shadowForm).toBe(true);
    await page.click('shreddit-composer [role="textbox"]');
    await page.keyboard.type('shadow');
    await page.click('shreddit-composer button[type="submit"]');
    expect(await settledSubmits(page)).toEqual([{ composer: 'reddit-post', text: 'shadow', via: 'form' }]);
    expect(await page.evaluate(() => window.__submitEventsAtWindow)).toBe(0);
  });

  it('instagram: the caption dialog shows attached media', async () => {
    await open('instagram');
    expect(await page.locator('[role="dialog"] img').count()).toBeGreaterThan(0);
  });

  it('youtube: a fake SPA navigation dispatches yt-navigate-finish', async () => {
    await open('youtube');
    await page.evaluate(() => {
      window.addEventListener('yt-navigate-finish', () => document.documentElement.setAttribute('data-navigated', 'yes'));
    });
    const name = await page.evaluate(() => window.__mountLater(10));
    expect(name).toBe('yt-comment-later1');
    expect(await page.locator('html').getAttribute('data-navigated')).toBe('yes');
    expect(new URL(page.url()).pathname).toBe('/watch');
  });

  it('serves two fixtures in one context, 404s everything else, and can drop the CSP', async () => {
    const second = await context.newPage();
    try {
      const xUrl = await serveFixture(context, 'x');
      const fbUrl = await serveFixture(context, 'facebook', { csp: false });
      await page.goto(xUrl);
      const fbResponse = await second.goto(fbUrl);
      expect(fbResponse?.headers()['content-security-policy']).toBeUndefined();
      await page.waitForFunction(() => window.__fixtureReady === true);
      await second.waitForFunction(() => window.__fixtureReady === true);
      expect(await page.evaluate(() => window.__fixtureSite)).toBe('x');
      expect(await second.evaluate(() => window.__fixtureSite)).toBe('facebook');
      expect((await second.goto('https://www.facebook.com/some/other/page'))?.status()).toBe(404);
      expect((await second.goto('https://x.com/__fixture/x/missing.js'))?.status()).toBe(404);
    } finally {
      await second.close();
    }
  });
});
