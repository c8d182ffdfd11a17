/**
 * A school's own Mastodon server, granted at run time (optional host permission): the worker
 * registers the self-contained content script there (src/background/granted-sites.ts). The
 * manifest's content script could not work on such a host: its loader imports chunks that are
 * web-accessible on the built-in sites only.
 *
 * A test cannot accept Chrome's permission dialog, so the grant is the one a toolbar click gives
 * (activeTab, through the DevTools protocol's Extensions.triggerAction, as in evidence.test.ts) and
 * the worker injects the same file it registers for granted hosts. What this proves: the file runs
 * on a host outside the built-in list with no web-accessible resource, and nudges there.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchWithExtension, eventually, DIST, type Extension } from './harness';
import { serveFixture } from '../fixtures/serve';
import { COMPOSER_TABLE } from '../fixtures/composer-table';
import { RISKY, promptOf, submitsOf, waitForSubmits, draftAndSend } from './composer-helpers';
import { STANDALONE_CONTENT_SCRIPT } from '../../src/background/granted-sites-path';

const HOST = 'https://toot.oakfield-academy.example';
const MASTODON = COMPOSER_TABLE.find((s) => s.site === 'mastodon')!;
const COMPOSE = MASTODON.composers[0]!;
const CLICK = COMPOSE.paths.find((p) => p.kind === 'click')!;

describe('a granted Mastodon server', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchWithExtension({ extraArgs: ['--enable-unsafe-extension-debugging'] });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('the self-contained script is built and is not a web-accessible resource', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { web_accessible_resources?: Array<{ resources: string[] }> };
    const code = readFileSync(join(DIST, STANDALONE_CONTENT_SCRIPT), 'utf8');
    expect(code.length).toBeGreaterThan(10_000);
    // A classic script: no import statements or import() of other files.
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s/m);
    expect((manifest.web_accessible_resources ?? []).flatMap((w) => w.resources)).not.toContain(STANDALONE_CONTENT_SCRIPT);
  });

  it('runs there and nudges before a risky post, which still goes when the person posts anyway', async () => {
    const page = await ext.context.newPage();
    await page.goto(await serveFixture(ext.context, 'mastodon', { url: `${HOST}/home` }));
    await page.waitForFunction(() => window.__fixtureReady === true, null, { timeout: 10_000 });
    // Not a built-in site: the manifest's content script does not run here.
    await page.waitForTimeout(500);
    expect(await page.locator('think-twice-root').count()).toBe(0);

    // The toolbar click grants activeTab for this tab; the worker then injects the granted-host script.
    await page.bringToFront();
    const cdp: CDPSession = await ext.context.browser()!.newBrowserCDPSession();
    type Info = { targetId: string; type: string; url: string };
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: Info[] };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url())!;
    await cdp.send('Extensions.triggerAction' as never, { id: ext.id, targetId: tab.targetId } as never);
    const injected = await eventually(() =>
      ext.worker.evaluate(
        async ({ host, file }) => {
          const tabs = await chrome.tabs.query({});
          const t = tabs.find((x) => x.url?.startsWith(host));
          if (!t?.id) return null;
          await chrome.scripting.executeScript({ target: { tabId: t.id }, files: [file] });
          return t.id;
        },
        { host: HOST, file: STANDALONE_CONTENT_SCRIPT },
      ),
    );
    expect(injected).not.toBeNull();
    await page.locator('think-twice-root').waitFor({ state: 'attached' });

    await draftAndSend(page, COMPOSE, RISKY, CLICK);
    const prompt = promptOf(page);
    await prompt.waitFor({ state: 'visible' });
    expect(await submitsOf(page)).toHaveLength(0);
    await prompt.getByRole('button', { name: /Post anyway/ }).click();
    const sent = await waitForSubmits(page);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain('pathetic waste of space');
    await cdp.detach();
    await page.close();
  });
});
