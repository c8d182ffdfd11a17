/**
 * When things are not as expected: a supported site whose markup changed (the generic fallback
 * catches the post and logs which adapter missed), Enter during IME composition, and Enter while a
 * mention list is open (both must be left to the site).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { launchWithExtension, waitForContentScript, type Extension } from './harness';
import { COMPOSER_TABLE } from '../fixtures/composer-table';
import { RISKY, promptOf, submitsOf, resetSubmits, focusEditor, openFixture } from './composer-helpers';

const CHANGED_SITE = `<!doctype html><html lang="en"><head><title>X (markup changed)</title></head><body>
<form id="f"><textarea aria-label="New post box"></textarea><button type="button" id="go">Post</button></form>
<script>
  window.__sent = [];
  document.getElementById('go').addEventListener('click', () => { const t = document.querySelector('textarea'); window.__sent.push(t.value); t.value = ''; });
</script></body></html>`;

describe('robustness on the page', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('a known site whose markup changed: the generic fallback holds the post and logs which adapter missed', async () => {
    await ext.serveHtml('https://x.com/changed', CHANGED_SITE);
    const page = await ext.context.newPage();
    const logs: string[] = [];
    page.on('console', (m) => logs.push(m.text()));
    await page.goto('https://x.com/changed');
    await waitForContentScript(page);
    await page.locator('textarea').fill(RISKY);
    await page.locator('#go').click();
    const prompt = await promptOf(page);
    await prompt.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toEqual([]);
    expect(logs.some((l) => l.includes('the X adapter did not recognise this submit control'))).toBe(true);
    await prompt.getByTestId('tt-post-anyway').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toEqual([RISKY]);
    await page.close();
  });

  it('leaves Enter alone during IME composition and while a mention list is open', async () => {
    const site = COMPOSER_TABLE.find((s) => s.site === 'facebook')!;
    const spec = site.composers.find((c) => c.composer === 'fb-comment')!;
    const page = await openFixture(ext.context, 'facebook');
    await resetSubmits(page);
    await focusEditor(page, spec);
    await page.keyboard.type(RISKY);
    const editor = page.locator(`${spec.scope} ${spec.editor}`);
    // Enter that confirms an IME composition (isComposing, keyCode 229) is not a send: Think Twice must not step in.
    // If Think Twice held it, its window capture listener would stop it before it reached the editor.
    const reachedEditor = await editor.evaluate((el) => {
      let reached = false;
      el.addEventListener('keydown', () => (reached = true), { once: true });
      el.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true, composed: true }),
      );
      return reached;
    });
    expect(reachedEditor, 'the composing Enter reached the editor').toBe(true);
    expect(await (await promptOf(page)).count()).toBe(0);
    expect(await submitsOf(page)).toEqual([]);
    // With a mention list open (aria-expanded on the editor), Enter belongs to the site (picking a
    // suggestion): Think Twice must not step in. This fixture has no mention list, so it sends.
    await editor.evaluate((el) => el.setAttribute('aria-expanded', 'true'));
    await editor.evaluate((el) =>
      el.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          code: 'Enter',
          keyCode: 13,
          which: 13,
          bubbles: true,
          cancelable: true,
          composed: true,
        } as KeyboardEventInit),
      ),
    );
    await page.waitForTimeout(200);
    expect(await (await promptOf(page)).count()).toBe(0);
    expect((await submitsOf(page)).map((s) => s.text.trim())).toEqual([RISKY]);
    // With the list closed, the same Enter is a send, and is held.
    await editor.evaluate((el) => el.removeAttribute('aria-expanded'));
    await resetSubmits(page);
    await focusEditor(page, spec);
    await page.keyboard.type(RISKY);
    await page.keyboard.press('Enter');
    await (await promptOf(page)).waitFor({ state: 'visible' });
    expect(await submitsOf(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.close();
  });
});
