/**
 * The prompt as a person meets it: keyboard-only use, screen-reader semantics (axe-core), dark
 * mode, reduced motion, "Not a concern", and failing open when something inside Think Twice breaks.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, eventually, ownFrame, ownUi, type Extension } from './harness';
import { COMPOSER_TABLE } from '../fixtures/composer-table';
import {
  RISKY,
  BENIGN,
  promptOf,
  submitsOf,
  resetSubmits,
  focusEditor,
  perform,
  waitForSubmits,
  editorText,
  openFixture,
  draftAndSend,
} from './composer-helpers';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const X = COMPOSER_TABLE.find((s) => s.site === 'x')!;
const POST = X.composers.find((c) => c.composer === 'x-post')!;
const CLICK = POST.paths.find((p) => p.kind === 'click')!;

const openX = (ext: Extension, csp?: false): Promise<Page> => openFixture(ext.context, 'x', csp === false ? { csp } : {});

async function raisePrompt(page: Page, text = RISKY): Promise<void> {
  await draftAndSend(page, POST, text, CLICK);
  await (await promptOf(page)).waitFor({ state: 'visible' });
}

/** Think Twice's prompt frame, which must be there once a prompt has been raised. */
async function promptFrame(page: Page): Promise<Frame> {
  const frame = await ownFrame(page, 3000);
  if (!frame) throw new Error("Think Twice's prompt frame is not in the page");
  return frame;
}

/**
 * The element focused inside the prompt (its data-testid, else its text), or null when focus is
 * not in the prompt's dialog: the frame does not have focus (focus went back to the page), or it
 * has, but on nothing inside the dialog.
 */
const focusedInPrompt = async (page: Page) =>
  (await promptFrame(page)).evaluate(() => {
    if (!document.hasFocus()) return null;
    const a = document.activeElement as HTMLElement | null;
    if (!a?.closest('[role="alertdialog"]')) return null;
    return a.getAttribute('data-testid') ?? a.textContent?.trim() ?? a.tagName;
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
    const prompt = await promptOf(page);
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
    await (await promptOf(page)).waitFor({ state: 'detached' });
    expect((await editorText(page, POST)).trim()).toBe(RISKY);
    expect(await submitsOf(page)).toEqual([]);
    await expect
      .poll(() => page.locator(`${POST.scope} ${POST.editor}`).evaluate((el) => el.contains(document.activeElement) || el === document.activeElement))
      .toBe(true);
    // Post anyway from the keyboard: Tab to it, Enter.
    await perform(page, POST, CLICK);
    await (await promptOf(page)).waitFor({ state: 'visible' });
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
      // The prompt is drawn in Think Twice's own frame (an extension page): axe runs in there, on the
      // frame's whole document (everything the prompt's frame shows).
      const frame = await promptFrame(page);
      await frame.evaluate(AXE_SOURCE);
      const violations = await frame.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } })
          .axe;
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, scheme).toEqual([]);
      await page.keyboard.press('Escape');
      await (await promptOf(page)).waitFor({ state: 'detached' });
    }
    await page.close();
  });

  it('follows dark mode and reduced motion', async () => {
    const page = await openX(ext);
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await raisePrompt(page);
    const style = await (await promptOf(page)).evaluate((el) => {
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
    // (The indicator is in Think Twice's closed shadow root: read over the DevTools protocol.)
    const ui = ownUi(page);
    await expect.poll(async () => (await ui.find('tt-indicator'))?.attrs['data-count'], { timeout: 10_000, message: `console: ${logs.join(' | ')}` }).toBe('1');
    await perform(page, POST, CLICK);
    const prompt = await promptOf(page);
    await prompt.waitFor({ state: 'visible' });
    const concern = prompt.locator('li[data-rule^="model/"]');
    expect(await concern.count()).toBe(1);
    expect((await concern.locator('mark').textContent())!.length).toBeGreaterThan(0);
    expect(await submitsOf(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('"Not a concern" keeps a local note of the rule, its category and clause, the site and the day: no words of the post', async () => {
    const page = await openX(ext);
    await ext.worker.evaluate(() => chrome.storage.local.remove('notConcern'));
    await raisePrompt(page);
    const prompt = await promptOf(page);
    const first = prompt.locator('li.tt-concern').first();
    const clauseButton = (await first.getByRole('button', { name: /^Read clause / }).textContent())!;
    const shown = {
      ruleId: await first.getAttribute('data-rule'),
      category: await first.getAttribute('data-category'),
      clause: /Read clause ([\d.]+) of the policy/.exec(clauseButton)?.[1],
      matched: (await first.locator('mark').first().textContent())!.trim(),
    };
    expect(shown.matched.length).toBeGreaterThan(0);
    await first.getByRole('button', { name: /^Not a concern/ }).click();
    const notes = await eventually(() =>
      ext.worker.evaluate(async () => (await chrome.storage.local.get('notConcern')).notConcern as Array<Record<string, unknown>> | undefined),
    );
    expect(notes!.length).toBe(1);
    const note = notes![0]!;
    // Exactly these fields (a rule's note has no model head), and each is an identifier, not text.
    expect(Object.keys(note).sort()).toEqual(['category', 'clause', 'date', 'ruleId', 'site', 'source']);
    expect(note.site).toBe('x');
    expect(note.ruleId).toBe(shown.ruleId);
    expect(note.ruleId).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
    expect(note.category).toBe(shown.category);
    expect(note.clause).toBe(shown.clause);
    expect(note.source).toBe('rule');
    expect(note.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // No words of the post: neither the words the prompt marked nor any other word of the draft
    // (a rule's id is the checker's name for the rule, so it is the one field not searched).
    const { ruleId: _rule, ...rest } = note;
    const kept = JSON.stringify(rest).toLowerCase();
    expect(kept).not.toContain(shown.matched.toLowerCase());
    for (const word of RISKY.toLowerCase().match(/[a-z]{3,}/g)!) expect(kept, word).not.toMatch(new RegExp(`\\b${word}\\b`));
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
    // Lower-casing is the rules' first step on every path, fast or not. Decoding its weights is the
    // learned model's first: without that, the model (which lower-cases ASCII by hand) would still
    // raise a concern of its own, and a prompt drawn from it is not a failure.
    [
      'the checker throws',
      `String.prototype.toLowerCase = function () { throw new Error('forced by test'); }; String.prototype.normalize = String.prototype.toLowerCase; TextDecoder.prototype.decode = function () { throw new Error('forced by test'); }; 'ok'`,
    ],
    // composedPath is the interceptor's first call on every event.
    ['the interception itself throws', `Event.prototype.composedPath = function () { throw new Error('forced by test'); }; 'ok'`],
  ] as const;
  for (const [what, breakIt] of BREAKAGES) {
    it(`lets the post go when ${what}`, async () => {
      const page = await openX(ext);
      await inContentScript(page, breakIt);
      await draftAndSend(page, POST, RISKY, CLICK);
      expect(await waitForSubmits(page)).toEqual([{ composer: POST.composer, text: RISKY, via: 'click' }]);
      expect(await (await promptOf(page)).count()).toBe(0);
      await page.close();
    });
  }

  it("before the settings are published, a held post is checked again with them: the prompt names the policy's categories", async () => {
    const page = await openX(ext);
    // The first moments after install: no settings snapshot yet (the content script hears the removal).
    await ext.worker.evaluate(() => chrome.storage.local.remove('resolved'));
    await page.waitForTimeout(200);
    await raisePrompt(page);
    const titles = await (await promptOf(page)).locator('.tt-concern-title').allTextContents();
    expect(titles.join(' | ')).toContain('Bullying');
    expect(titles.join(' | ')).not.toMatch(/: bullying/);
    expect(await submitsOf(page)).toEqual([]);
    await (await promptOf(page)).getByRole('button', { name: 'Post anyway' }).click();
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
        const button = (await promptOf(page)).getByRole('button', { name: 'Post', exact: true });
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
    expect(await (await promptOf(page)).count()).toBe(0);
    await page.close();
  });

  it('still sends a benign post normally', async () => {
    const page = await openX(ext);
    await draftAndSend(page, POST, BENIGN, CLICK);
    expect(await waitForSubmits(page)).toEqual([{ composer: POST.composer, text: BENIGN, via: 'click' }]);
    await page.close();
  });
});
