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
import { launchWithExtension, eventually, contentScriptRuns, waitForContentScript, DIST, type Extension } from './harness';
import { serveFixture } from '../fixtures/serve';
import { COMPOSER_TABLE } from '../fixtures/composer-table';
import { RISKY, promptOf, submitsOf, waitForSubmits, draftAndSend } from './composer-helpers';
import { CONTENT_SCRIPT, ENGINE, PROMPT_FRAME } from '../../src/bundle-paths';
import { MODEL_PATH } from '../../src/assess/model-path';
import { LOCALE_FILES } from '../../scripts/lib/content-bundles';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What the one dynamic import in the (minified) content script loads: `import(U(E))` or
 * `import(x.runtime.getURL(E))`, where U is a function that returns runtime.getURL of its argument
 * and E is a string literal or a name bound to one. Returns the path, or a description of what was
 * found instead.
 */
function importedPath(code: string): string {
  const imports = [...code.matchAll(/\bimport\s*\(/g)];
  if (imports.length !== 1) return `${imports.length} dynamic imports`;
  const call = /\bimport\s*\(\s*([\w$.]+)\s*\(\s*("[^"]*"|[\w$]+)\s*\)\s*\)/.exec(code);
  if (!call) return `an import of something else: ${code.slice(imports[0]!.index!, imports[0]!.index! + 60)}`;
  const [, fn, arg] = call as unknown as [string, string, string];
  const viaGetUrl =
    /\.runtime\.getURL$/.test(fn) ||
    new RegExp(`function\\s+${escapeRe(fn)}\\s*\\(\\s*([\\w$]+)\\s*\\)\\s*\\{\\s*return\\s+[\\w$.()]*\\.runtime\\.getURL\\(\\s*\\1\\s*\\)\\s*;?\\s*\\}`).test(
      code,
    );
  if (!viaGetUrl) return `an import through ${fn}, which is not runtime.getURL`;
  if (arg.startsWith('"')) return arg.slice(1, -1);
  const bound = new RegExp(`(?:^|[^\\w$.])${escapeRe(arg)}\\s*=\\s*"([^"]*)"`).exec(code);
  return bound ? bound[1]! : `an import of ${arg}, not bound to a string`;
}

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

  it('the content script is one classic script that imports nothing but the engine, and no page can load it', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
      web_accessible_resources?: Array<{ resources: string[]; use_dynamic_url?: boolean }>;
      content_scripts: Array<{ js: string[] }>;
    };
    const code = readFileSync(join(DIST, CONTENT_SCRIPT), 'utf8');
    expect(code.length).toBeGreaterThan(10_000);
    // A classic script: no import statements, no importScripts; its one import() is of the engine,
    // through the extension's own (dynamic) URL for it.
    expect(code).not.toMatch(/^\s*import[\s{*"']/m);
    expect(code).not.toMatch(/\bimport\s*\.\s*meta\b|\bimportScripts\s*\(/);
    expect(importedPath(code)).toBe(ENGINE);
    // The engine is one self-contained module: it imports nothing either.
    const engine = readFileSync(join(DIST, ENGINE), 'utf8');
    expect(engine).not.toMatch(/\bimport\s*\(|\bimport\s*\.\s*meta\b/);
    expect(engine).not.toMatch(/(?:^|[;}\s])import\s*(?:[\w$*{][^;]*?\bfrom\s*)?["']/m);
    // Every supported site runs that one script.
    expect(new Set(manifest.content_scripts.flatMap((c) => c.js))).toEqual(new Set([CONTENT_SCRIPT]));
    // Web-accessible: the engine, the model, the prompt's frame and the two locales' words only, each behind a per-session
    // dynamic URL (so no site can probe a fixed URL to learn that a visitor runs Think Twice); never
    // the content script.
    const war = manifest.web_accessible_resources ?? [];
    expect(war.length).toBeGreaterThan(0);
    for (const w of war) expect(w.use_dynamic_url, JSON.stringify(w)).toBe(true);
    const resources = war.flatMap((w) => w.resources);
    expect(resources).not.toContain(CONTENT_SCRIPT);
    expect(resources.sort()).toEqual([ENGINE, MODEL_PATH, PROMPT_FRAME, ...LOCALE_FILES].sort());
  });

  it('runs there and nudges before a risky post, which still goes when the person posts anyway', async () => {
    const page = await ext.context.newPage();
    await page.goto(await serveFixture(ext.context, 'mastodon', { url: `${HOST}/home` }));
    await page.waitForFunction(() => window.__fixtureReady === true, null, { timeout: 10_000 });
    // Not a built-in site: the manifest's content script does not run here.
    await page.waitForTimeout(500);
    expect(await contentScriptRuns(page)).toBe(false);

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
        { host: HOST, file: CONTENT_SCRIPT },
      ),
    );
    expect(injected).not.toBeNull();
    await waitForContentScript(page);

    await draftAndSend(page, COMPOSE, RISKY, CLICK);
    const prompt = await promptOf(page);
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
