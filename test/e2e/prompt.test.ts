/**
 * The prompt as a person meets it: keyboard-only use, screen-reader semantics (axe-core), dark
 * mode, reduced motion, "Not a concern", and failing open when something inside Think Twice breaks.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launchWithExtension, eventually, type Extension } from './harness';
import { COMPOSER_TABLE } from '../fixtures/composer-table';
import { RISKY, BENIGN, promptOf, submitsOf, resetSubmits, focusEditor, perform, waitForSubmits, editorText, openFixture, draftAndSend } from './composer-helpers';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const X = COMPOSER_TABLE.find((s) => s.site === 'x')!;
const POST = X.composers.find((c) => c.composer === 'x-post')!;
const CLICK = POST.paths.find((p) => p.kind === 'click')!;

const openX = (ext: Extension, csp?: false): Promise<Page> => openFixture(ext.context, 'x', csp === false ? { csp } : {});

async function raisePrompt(page: Page, text = RISKY): Promise<void> {
  await draftAndSend(page, POST, text, CLICK);
  await promptOf(page).waitFor({ state: 'visible' });
}

/** The element focused inside the extension's shadow root. */
const focusedInPrompt = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('think-twice-root');
    const a = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return a ? a.getAttribute('data-testid') ?? a.textContent?.trim() ?? a.tagName : null;
  });

describe('the prompt', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('is an alertdialog named by the motto, listing each concern with its clause', async () => {
    const page = await openX(ext);
    await raisePrompt(page);
    const prompt = promptOf(page);
    expect(await prompt.getAttribute('role')).toBe('alertdialog');
    const first = prompt.locator('li.tt-concern').first();
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    expect(await first.getByRole('button', { name: /Read clause 5\.2 of the policy/ }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('works by keyboard alone: focus moves in, Tab is trapped, Escape edits and returns focus', async () => {
    const page = await openX(ext);
    await raisePrompt(page);
    await expect.poll(() => focusedInPrompt(page)).toBe('tt-edit');
    const seen = new Set<string | null>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      seen.add(await focusedInPrompt(page));
    }
    // Focus never left the dialog, and reached both main actions.
    expect(seen.has(null)).toBe(false);
    expect(seen.has('tt-edit')).toBe(true);
    expect(seen.has('tt-post-anyway')).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInPrompt(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    await promptOf(page).waitFor({ state: 'detached' });
    expect((await editorText(page, POST)).trim()).toBe(RISKY);
    expect(await submitsOf(page)).toEqual([]);
    await expect.poll(() => page.locator(`${POST.scope} ${POST.editor}`).evaluate((el) => el.contains(document.activeElement) || el === document.activeElement)).toBe(true);
    // Post anyway from the keyboard: Tab to it, Enter.
    await perform(page, POST, CLICK);
    await promptOf(page).waitFor({ state: 'visible' });
    await expect.poll(() => focusedInPrompt(page)).toBe('tt-edit');
    await page.keyboard.press('Tab');
    expect(await focusedInPrompt(page)).not.toBe('tt-edit');
    while ((await focusedInPrompt(page)) !== 'tt-post-anyway') await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await waitForSubmits(page)).map((s) => s.text)).toEqual([RISKY]);
    await page.close();
  });

  it('has no axe-core violations, in light and dark mode', async () => {
    const page = await openX(ext, false);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await raisePrompt(page);
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
        const r = await axe.run({ include: [['think-twice-root']] } as unknown, { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, scheme).toEqual([]);
      await page.keyboard.press('Escape');
      await promptOf(page).waitFor({ state: 'detached' });
    }
    await page.close();
  });

  it('follows dark mode and reduced motion', async () => {
    const page = await openX(ext);
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await raisePrompt(page);
    const style = await promptOf(page).evaluate((el) => {
      const cs = getComputedStyle(el);
      return { bg: cs.backgroundColor, animation: cs.animationName };
    });
    const [r, g, b] = style.bg.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(200);
    expect(style.animation).toBe('none');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('the learned model (loaded lazily) raises what the rules miss, with its weightiest words highlighted', async () => {
    const page = await openX(ext);
    const logs: string[] = [];
    page.on('console', (m) => logs.push(m.text()));
    // A veiled threat in ordinary words: no rule matches it, the model's threat head does.
    const text = 'That mum at pick-up needs to wind her neck in before someone does it for her';
    await resetSubmits(page);
    await focusEditor(page, POST);
    await page.keyboard.type(text);
    // Typing loads the model's code and weights in the background; the indicator then counts its concern.
    await expect.poll(() => page.getByTestId('tt-indicator').getAttribute('data-count'), { timeout: 10_000, message: `console: ${logs.join(' | ')}` }).toBe('1');
    await perform(page, POST, CLICK);
    const prompt = promptOf(page);
    await prompt.waitFor({ state: 'visible' });
    const concern = prompt.locator('li[data-rule^="model/"]');
    expect(await concern.count()).toBe(1);
    expect((await concern.locator('mark').textContent())!.length).toBeGreaterThan(0);
    expect(await submitsOf(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('"Not a concern" keeps a local note of the rule and the matched words only', async () => {
    const page = await openX(ext);
    await ext.worker.evaluate(() => chrome.storage.local.remove('notConcern'));
    await raisePrompt(page);
    await promptOf(page).getByRole('button', { name: /^Not a concern/ }).first().click();
    const notes = await eventually(() => ext.worker.evaluate(async () => (await chrome.storage.local.get('notConcern')).notConcern as Array<Record<string, string>> | undefined));
    expect(notes!.length).toBe(1);
    const note = notes![0] as { site: string; ruleId: string; matched: string };
    expect(note.site).toBe('x');
    expect(note.ruleId).toMatch(/\//);
    expect(RISKY).toContain(note.matched.trim());
    expect(note.matched.length).toBeLessThan(RISKY.length);
    await page.keyboard.press('Escape');
    await page.close();
  });
});

describe('failing open', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  /** Runs `expression` in the content script's isolated world (not the page's), through the DevTools protocol. */
  async function inContentScript(page: Page, expression: string): Promise<void> {
    const cdp = await ext.context.newCDPSession(page);
    const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string; auxData?: { type?: string } } }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const world = await eventually(async () => contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Think Twice'));
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: world!.id });
    expect((r as { exceptionDetails?: unknown }).exceptionDetails).toBeUndefined();
  }

  // Each breaks something inside Think Twice's own isolated world (never the page's), then sends a risky post.
  const BREAKAGES = [
    // Lower-casing is the checker's first step on every path, fast or not.
    ['the checker throws', `String.prototype.toLowerCase = function () { throw new Error('forced by test'); }; String.prototype.normalize = String.prototype.toLowerCase; 'ok'`],
    // composedPath is the interceptor's first call on every event.
    ['the interception itself throws', `Event.prototype.composedPath = function () { throw new Error('forced by test'); }; 'ok'`],
  ] as const;
  for (const [what, breakIt] of BREAKAGES) {
    it(`lets the post go when ${what}`, async () => {
      const page = await openX(ext);
      await inContentScript(page, breakIt);
      await draftAndSend(page, POST, RISKY, CLICK);
      expect(await waitForSubmits(page)).toEqual([{ composer: POST.composer, text: RISKY, via: 'click' }]);
      expect(await promptOf(page).count()).toBe(0);
      await page.close();
    });
  }

  it('before the settings are published, a held post is checked again with them: the prompt names the policy\'s categories', async () => {
    const page = await openX(ext);
    // The first moments after install: no settings snapshot yet (the content script hears the removal).
    await ext.worker.evaluate(() => chrome.storage.local.remove('resolved'));
    await page.waitForTimeout(200);
    await raisePrompt(page);
    const titles = await promptOf(page).locator('.tt-concern-title').allTextContents();
    expect(titles.join(' | ')).toContain('Bullying');
    expect(titles.join(' | ')).not.toMatch(/: bullying/);
    expect(await submitsOf(page)).toEqual([]);
    await promptOf(page).getByRole('button', { name: 'Post anyway' }).click();
    expect((await waitForSubmits(page)).map((r) => r.text.trim())).toEqual([RISKY]);
    await page.close();
  });

  it('"Post anyway" sends the post even when the policy pack labels it "Post" (a submit word), by click and by keyboard', async () => {
    const original = await eventually(() => ext.snapshot());
    try {
      // A school's pack whose buttons use the site's own words: the generic fallback must not read the prompt's button as a submit control.
      await ext.worker.evaluate(async () => {
        const s = (await chrome.storage.local.get('resolved')).resolved as { pack: { prompt: Record<string, string> } };
        s.pack.prompt.postAnywayLabel = 'Post';
        s.pack.prompt.editLabel = 'Send';
        await chrome.storage.local.set({ resolved: s });
      });
      for (const how of ['click', 'keyboard'] as const) {
        const page = await openX(ext);
        await eventually(() => page.evaluate(() => true));
        await page.waitForTimeout(200);
        await raisePrompt(page);
        const button = promptOf(page).getByRole('button', { name: 'Post', exact: true });
        if (how === 'click') await button.click();
        else {
          await button.focus();
          await page.keyboard.press('Enter');
        }
        expect((await waitForSubmits(page)).map((r) => r.text.trim())).toEqual([RISKY]);
        await page.close();
      }
    } finally {
      await ext.worker.evaluate(async (s) => chrome.storage.local.set({ resolved: s }), original);
    }
  });

  it('a prompt that fails to draw lets the post go, and later posts too (nothing is left marked open)', async () => {
    const original = await eventually(() => ext.snapshot());
    try {
      // A snapshot of an older shape, without a field the prompt reads: drawing it throws.
      await ext.worker.evaluate(async () => {
        const s = (await chrome.storage.local.get('resolved')).resolved as { settings: Record<string, unknown> };
        delete s.settings.officialAccounts;
        await chrome.storage.local.set({ resolved: s });
      });
      const page = await openX(ext);
      await page.waitForTimeout(200);
      for (let i = 0; i < 2; i++) {
        await draftAndSend(page, POST, RISKY, CLICK);
        expect((await waitForSubmits(page)).map((r) => r.text.trim())).toEqual([RISKY]);
        expect(await promptOf(page).count()).toBe(0);
        await page.evaluate(() => document.querySelector<HTMLElement>('[contenteditable="true"]')?.replaceChildren());
      }
      await page.close();
    } finally {
      await ext.worker.evaluate(async (s) => chrome.storage.local.set({ resolved: s }), original);
    }
  });

  it('a silent worker never holds a post invisibly: without settings, the held post goes after a short wait, once', async () => {
    const page = await openX(ext);
    await ext.worker.evaluate(() => chrome.storage.local.remove('resolved'));
    await page.waitForTimeout(200);
    // Think Twice's own storage reads and messages never answer (a worker that is slow to start, or stuck).
    await inContentScript(page, `chrome.storage.local.get = () => new Promise(() => {}); chrome.runtime.sendMessage = () => new Promise(() => {}); 'ok'`);
    await resetSubmits(page);
    await focusEditor(page, POST);
    await page.keyboard.type(RISKY);
    // Two quick clicks on Post, as an impatient person makes them: the second must not start a second hold.
    await page.$eval(`${POST.scope} ${POST.control}`, (el) => {
      (el as HTMLElement).click();
      (el as HTMLElement).click();
    });
    // Held while Think Twice waits (at most 8 s), then sent once.
    await expect.poll(async () => (await submitsOf(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    expect((await submitsOf(page)).map((r) => r.text.trim())).toEqual([RISKY]);
    expect(await promptOf(page).count()).toBe(0);
    await page.close();
  });

  it('still sends a benign post normally', async () => {
    const page = await openX(ext);
    await draftAndSend(page, POST, BENIGN, CLICK);
    expect(await waitForSubmits(page)).toEqual([{ composer: POST.composer, text: BENIGN, via: 'click' }]);
    await page.close();
  });
});
