/**
 * Fault injection: whatever the page does to Think Twice's prompt, and whatever becomes of the
 * composer while it is open, each case ends with the post sent exactly once or the prompt visibly
 * open, never with nothing sent and nothing shown.
 *
 * The page is a minimal old.reddit.com comment form (the adapter's `form.usertext textarea` and its
 * Save button), whose submits are recorded by a delegated listener, so a re-rendered form still
 * records them, as a site's own delegated handlers would.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, eventually, ownFrame, waitForContentScript, type Extension } from './harness';
import { RISKY, promptOf } from './composer-helpers';

const URL_ = 'https://old.reddit.com/r/teachers/comments/abc/fault/';

const PAGE = `<!doctype html><html lang="en"><head><title>old reddit (fault injection)</title></head><body>
<div id="slot"><form class="usertext"><textarea name="text" aria-label="Comment"></textarea><div class="usertext-buttons"><button type="submit" class="save">save</button></div></form></div>
<dialog id="site-modal"><form class="usertext"><textarea name="text" aria-label="Reply in a modal"></textarea><div class="usertext-buttons"><button type="submit" class="save">save</button></div></form></dialog>
<script>
  window.__posts = [];
  document.addEventListener('submit', (e) => {
    e.preventDefault();
    const t = e.target.querySelector('textarea');
    window.__posts.push(t.value);
    t.value = '';
  });
  // The site re-renders its composer (as React does): the same form, new nodes, the draft kept.
  window.__rerender = () => {
    const old = document.querySelector('#slot form');
    const copy = old.cloneNode(true);
    copy.querySelector('textarea').value = old.querySelector('textarea').value;
    old.replaceWith(copy);
  };
  window.__removeComposer = () => document.querySelector('#slot').replaceChildren();
</script></body></html>`;

const posts = (page: Page) => page.evaluate(() => (window as unknown as { __posts: string[] }).__posts);

describe('fault injection: the post is sent exactly once, or the prompt is visibly open', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchWithExtension();
    await ext.serveHtml(URL_, PAGE);
    await eventually(() => ext.snapshot());
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function open(setup?: string): Promise<Page> {
    const page = await ext.context.newPage();
    if (setup) await page.addInitScript(setup);
    await page.goto(URL_);
    await waitForContentScript(page);
    return page;
  }

  /** Types a draft in the comment box and presses Save. */
  async function send(page: Page, text: string, box = '#slot textarea', save = '#slot button.save'): Promise<void> {
    await page.locator(box).click();
    await page.locator(box).fill(text);
    await page.locator(save).click();
  }

  async function promptUp(page: Page) {
    const prompt = await promptOf(page, 10_000);
    await prompt.waitFor({ state: 'visible', timeout: 15_000 });
    return prompt;
  }

  it('the composer re-rendered while the prompt is open: "Post anyway" sends through the new one, once', async () => {
    const page = await open();
    await send(page, RISKY);
    const prompt = await promptUp(page);
    await page.evaluate(() => (window as unknown as { __rerender: () => void }).__rerender());
    await prompt.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posts(page)).toEqual([RISKY]);
    await page.waitForTimeout(300);
    expect(await posts(page)).toEqual([RISKY]);
    await page.close();
  });

  it('the composer gone while the prompt is open: nothing is sent, and the person is told and given their text', async () => {
    const page = await open();
    await send(page, RISKY);
    const prompt = await promptUp(page);
    await page.evaluate(() => (window as unknown as { __removeComposer: () => void }).__removeComposer());
    await prompt.getByRole('button', { name: 'Post anyway' }).click();
    const frame = (await ownFrame(page, 5000))!;
    const notice = frame.getByRole('alertdialog', { name: 'Your post was not sent' });
    await notice.waitFor({ state: 'visible', timeout: 5000 });
    expect(await notice.getByRole('textbox', { name: 'Your post' }).inputValue()).toBe(RISKY);
    expect(await posts(page)).toEqual([]);
    await notice.getByRole('button', { name: 'Close' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.close();
  });

  it('the page navigated (same document) while the prompt is open: Edit post keeps the draft, Post anyway then sends it once', async () => {
    const page = await open();
    await send(page, RISKY);
    let prompt = await promptUp(page);
    await page.evaluate(() => history.pushState({}, '', '/r/teachers/comments/abc/fault/?sort=new'));
    // Still up and usable after the navigation.
    expect(await prompt.isVisible()).toBe(true);
    await prompt.getByRole('button', { name: 'Edit post' }).click();
    await prompt.waitFor({ state: 'detached' });
    expect(await page.locator('#slot textarea').inputValue()).toBe(RISKY);
    await page.locator('#slot button.save').click();
    prompt = await promptUp(page);
    await prompt.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posts(page)).toEqual([RISKY]);
    await page.close();
  });

  // The page tampers with Think Twice's layer (a <dialog> on <html>) the moment it opens.
  const TAMPERING = [
    ['removes the prompt', `el.remove()`],
    ['closes the prompt', `el.close()`],
    ['hides the prompt with an inline style', `el.style.setProperty('display', 'none', 'important')`],
    ['makes the prompt transparent', `el.style.setProperty('opacity', '0', 'important')`],
    ['covers the prompt with its own modal dialog', `document.getElementById('site-modal').showModal()`],
  ] as const;
  for (const [what, act] of TAMPERING) {
    it(`a page that ${what} lets the post go, once`, async () => {
      const page = await open(`
        new MutationObserver((records) => {
          for (const r of records) for (const n of r.addedNodes) {
            if (n.nodeName !== 'DIALOG' || n.id === 'site-modal') continue;
            const el = n;
            new MutationObserver(() => { if (el.open && !el.__done) { el.__done = true; setTimeout(() => { ${act}; }, 300); } }).observe(el, { attributes: true, attributeFilter: ['open'] });
          }
        }).observe(document, { childList: true, subtree: true });
      `);
      await send(page, RISKY);
      // Held (the prompt came up), then released when the page interfered with it.
      await expect.poll(() => posts(page), { timeout: 15_000 }).toEqual([RISKY]);
      await page.waitForTimeout(800);
      expect(await posts(page)).toEqual([RISKY]);
      await page.close();
    });
  }

  it('site styles aimed at dialogs and custom elements cannot hide the prompt: it shows and holds the post', async () => {
    const page = await open(`document.addEventListener('DOMContentLoaded', () => {
      const s = document.createElement('style');
      s.textContent = 'dialog, dialog * , think-twice-root { display: none !important; opacity: 0 !important; visibility: hidden !important; transform: scale(0) !important; } dialog::backdrop { background: black !important; }';
      document.head.append(s);
    });`);
    await send(page, RISKY);
    const prompt = await promptUp(page);
    await page.waitForTimeout(1200);
    expect(await prompt.isVisible()).toBe(true);
    expect(await posts(page)).toEqual([]);
    await prompt.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posts(page)).toEqual([RISKY]);
    await page.close();
  });

  it("a composer inside the site's own modal <dialog> (showModal): the prompt is above it and usable", async () => {
    const page = await open();
    await page.evaluate(() => (document.getElementById('site-modal') as HTMLDialogElement).showModal());
    await send(page, RISKY, '#site-modal textarea', '#site-modal button.save');
    const prompt = await promptUp(page);
    await page.waitForTimeout(1000);
    expect(await prompt.isVisible()).toBe(true);
    expect(await posts(page)).toEqual([]);
    await prompt.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posts(page)).toEqual([RISKY]);
    // The site's modal is still open, as it was.
    expect(await page.evaluate(() => (document.getElementById('site-modal') as HTMLDialogElement).open)).toBe(true);
    await page.close();
  });

  it('three quick submits before the settings exist: one prompt, and one send on Post anyway', async () => {
    const original = await eventually(() => ext.snapshot());
    try {
      const page = await open();
      await ext.worker.evaluate(() => chrome.storage.local.remove('resolved'));
      await page.waitForTimeout(200);
      await page.locator('#slot textarea').click();
      await page.locator('#slot textarea').fill(RISKY);
      await page.$eval('#slot button.save', (b) => {
        (b as HTMLElement).click();
        (b as HTMLElement).click();
        (b as HTMLElement).click();
      });
      const prompt = await promptUp(page);
      expect(await posts(page)).toEqual([]);
      await prompt.getByRole('button', { name: 'Post anyway' }).click();
      await expect.poll(() => posts(page)).toEqual([RISKY]);
      await page.waitForTimeout(800);
      expect(await posts(page)).toEqual([RISKY]);
      await page.close();
    } finally {
      await ext.worker.evaluate(async (s) => chrome.storage.local.set({ resolved: s }), original);
    }
  });

  it('a settings snapshot of an older shape (after an upgrade): the post is still checked, and goes once on Post anyway', async () => {
    const original = await eventually(() => ext.snapshot());
    try {
      await ext.worker.evaluate(async () => {
        const s = (await chrome.storage.local.get('resolved')).resolved as Record<string, unknown> & { settings: Record<string, unknown> };
        delete s.settings.officialAccounts;
        delete s.shape;
        await chrome.storage.local.set({ resolved: s });
      });
      const page = await open();
      await send(page, RISKY);
      const prompt = await promptUp(page);
      expect(await posts(page)).toEqual([]);
      await prompt.getByRole('button', { name: 'Post anyway' }).click();
      await expect.poll(() => posts(page)).toEqual([RISKY]);
      await page.close();
    } finally {
      await ext.worker.evaluate(async (s) => chrome.storage.local.set({ resolved: s }), original);
    }
  });

  it('the prompt failing to draw in its frame lets the post go, and the next post is prompted again', async () => {
    const page = await open();
    // Prepare the frame, then break its document (as a drawing error would).
    await page.locator('#slot textarea').click();
    const frame = (await ownFrame(page, 10_000))!;
    await frame.waitForLoadState();
    await frame.evaluate(() => document.getElementById('app')?.remove());
    await send(page, RISKY);
    await expect.poll(() => posts(page), { timeout: 15_000 }).toEqual([RISKY]);
    await page.waitForTimeout(500);
    expect(await posts(page)).toEqual([RISKY]);
    await page.close();
  });
});
