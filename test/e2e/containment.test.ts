/**
 * Containment: a site's own scripts learn nothing from Think Twice and cannot drive it. They cannot
 * read or click the prompt, they hear none of the keys, input or focus inside it, no element marks a
 * page where nobody writes, and nothing of the extension can be fetched at a static URL.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, eventually, ownFrame, waitForContentScript, DIST, type Extension } from './harness';
import { RISKY, promptOf } from './composer-helpers';

const URL_ = 'https://old.reddit.com/r/teachers/comments/abc/contain/';

// The page's spies: the first script in its <head>, so they are registered as early as any page
// script can be (content scripts at document_start run before it, as they do on every real page).
const SPY = `
  window.__heard = [];
  window.__spying = false;
  for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'focus', 'blur', 'focusin', 'focusout', 'compositionstart', 'compositionend', 'paste', 'copy']) {
    for (const target of [window, document]) {
      for (const capture of [true, false]) {
        target.addEventListener(type, (e) => { if (window.__spying) window.__heard.push(type + ':' + (e.key ?? '') + ':' + (e.target && e.target.nodeName)); }, capture);
      }
    }
  }
`;

const PAGE = `<!doctype html><html lang="en"><head><script>${SPY}</script><title>old reddit (containment)</title></head><body>
<form class="usertext"><textarea name="text" aria-label="Comment"></textarea><div class="usertext-buttons"><button type="submit" class="save">save</button></div></form>
<script>
  window.__posts = [];
  document.addEventListener('submit', (e) => { e.preventDefault(); const t = e.target.querySelector('textarea'); window.__posts.push(t.value); t.value = ''; });
</script></body></html>`;

describe('containment: the page can neither read, drive nor overhear Think Twice', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchWithExtension();
    await ext.serveHtml(URL_, PAGE);
    await eventually(() => ext.snapshot());
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function open(): Promise<Page> {
    const page = await ext.context.newPage();
    await page.goto(URL_);
    await waitForContentScript(page);
    return page;
  }

  async function raise(page: Page) {
    await page.locator('textarea').click();
    await page.locator('textarea').fill(RISKY);
    await page.locator('button.save').click();
    const prompt = await promptOf(page, 10_000);
    await prompt.waitFor({ state: 'visible', timeout: 15_000 });
    return prompt;
  }

  it('leaves no mark on a page where nobody writes', async () => {
    const page = await open();
    await page.waitForTimeout(1500);
    const marks = await page.evaluate(() => ({
      roots: document.querySelectorAll('think-twice-root').length,
      dialogs: document.querySelectorAll('dialog').length,
      iframes: document.querySelectorAll('iframe').length,
      attributes: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.includes('think'))).length,
    }));
    expect(marks).toEqual({ roots: 0, dialogs: 0, iframes: 0, attributes: 0 });
    await page.close();
  });

  it('the page cannot read the prompt, its frame or its address', async () => {
    const page = await open();
    await raise(page);
    const seen = await page.evaluate(() => {
      const dialog = document.querySelector('dialog');
      const holder = dialog?.firstElementChild as HTMLElement | null;
      // A frame in a shadow tree is not even among window.frames; were it there, it is another origin.
      let frameDoc = window.frames.length === 0 ? 'not listed' : 'unreadable';
      for (let i = 0; i < window.frames.length; i++) {
        try {
          frameDoc = String(window.frames[i]!.document.body.innerText);
        } catch {
          // Cross-origin: unreadable, as it should be.
        }
      }
      return {
        dialogText: dialog?.innerText.trim() ?? '',
        shadowRoot: holder?.shadowRoot ?? null,
        iframes: document.querySelectorAll('iframe').length,
        frameDoc,
        html: document.documentElement.outerHTML.includes('chrome-extension'),
      };
    });
    expect(seen).toEqual({ dialogText: '', shadowRoot: null, iframes: 0, frameDoc: 'not listed', html: false });
    await page.close();
  });

  it('the page cannot click "Post anyway": synthetic clicks at its place send nothing', async () => {
    const page = await open();
    const prompt = await raise(page);
    const box = (await prompt.getByRole('button', { name: 'Post anyway' }).boundingBox())!;
    await page.evaluate(
      ({ x, y }) => {
        const el = document.elementFromPoint(x, y) as HTMLElement | null;
        el?.click();
        el?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
        el?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      },
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __posts: string[] }).__posts)).toEqual([]);
    expect(await prompt.isVisible()).toBe(true);
    // The person can.
    await prompt.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __posts: string[] }).__posts)).toEqual([RISKY]);
    await page.close();
  });

  it('no key, input or focus event from the prompt reaches page listeners', async () => {
    const page = await open();
    const prompt = await raise(page);
    await page.evaluate(() => {
      (window as unknown as { __heard: string[] }).__heard = [];
      (window as unknown as { __spying: boolean }).__spying = true;
    });
    // Move about the prompt and type, as a person would.
    await prompt.getByRole('button', { name: 'Edit post' }).focus();
    for (const key of ['Tab', 'Tab', 'Shift+Tab']) await page.keyboard.press(key);
    // Letters typed while a button has focus still go to the focused document: the frame's.
    await page.keyboard.type('secretwords');
    expect(await prompt.isVisible()).toBe(true);
    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    expect(heard).toEqual([]);
    await page.keyboard.press('Escape');
    await prompt.waitFor({ state: 'detached' });
    await page.close();
  });

  it('the built manifest exposes no web-accessible resource at a static address', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
      web_accessible_resources?: Array<{ resources: string[]; use_dynamic_url?: boolean }>;
    };
    const war = manifest.web_accessible_resources ?? [];
    expect(war.length).toBeGreaterThan(0);
    for (const entry of war) expect(entry.use_dynamic_url, JSON.stringify(entry.resources)).toBe(true);
    const page = await open();
    const fetched = await page.evaluate(
      async (paths) => {
        const out: Record<string, string> = {};
        for (const p of paths) {
          out[p] = await fetch(p).then(
            (r) => `status ${r.status}`,
            () => 'refused',
          );
        }
        return out;
      },
      war.flatMap((w) => w.resources).map((r) => `chrome-extension://${ext.id}/${r}`),
    );
    for (const [path, result] of Object.entries(fetched)) expect(result, path).toBe('refused');
    await page.close();
  });

  it('the frame takes orders from nobody but Think Twice: a message from the page changes nothing', async () => {
    const page = await open();
    const prompt = await raise(page);
    await page.evaluate(() => {
      for (let i = 0; i < window.frames.length; i++) {
        const channel = new MessageChannel();
        window.frames[i]!.postMessage({ thinkTwice: 'guess' }, '*', [channel.port2]);
        window.frames[i]!.postMessage({ type: 'hide' }, '*');
      }
    });
    await page.waitForTimeout(500);
    expect(await prompt.isVisible()).toBe(true);
    const frame = await ownFrame(page);
    expect(frame).not.toBeNull();
    await page.close();
  });
});
