/**
 * Record evidence (policy 8.2) in real Chromium, through the production path: the staff member
 * clicks the Think Twice toolbar button on a page (which grants activeTab for that tab and opens
 * the real popup), clicks "Record this page", and the worker takes the screenshot with
 * tabs.captureVisibleTab and saves it to IndexedDB. Then the Evidence page lists it, edits it,
 * exports it as one HTML report, keeps it across a browser restart, and deletes it.
 *
 * Playwright cannot click the toolbar, so the click is the DevTools protocol's
 * Extensions.triggerAction (the same as a user's click: it grants activeTab and opens the popup;
 * it needs --enable-unsafe-extension-debugging and the pipe connection Playwright already uses).
 * Without it captureVisibleTab fails ("Either the '<all_urls>' or 'activeTab' permission is
 * required"): content-script matches give no capture rights. The popup is not one of Playwright's
 * pages, so it is driven through a CDP session attached to its target.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, eventually, type Extension } from './harness';
import { serveFixture } from '../fixtures/serve';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DEBUG_ARGS = ['--enable-unsafe-extension-debugging'];
const X_URL = 'https://x.com/home';
const X_TITLE = 'Home / X';
const MENU_ID = 'think-twice-record-evidence';

/** The real toolbar popup, opened by a (protocol) click on the toolbar button for one tab. */
interface Popup {
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

async function clickToolbarButton(ext: Extension, page: Page): Promise<Popup> {
  await page.bringToFront();
  const cdp: CDPSession = await ext.context.browser()!.newBrowserCDPSession();
  type Info = { targetId: string; type: string; url: string };
  const targets = async () => ((await cdp.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: Info[] }).targetInfos;
  const tabs = (await targets()).filter((t) => t.type === 'tab' && t.url === page.url());
  expect(tabs, `exactly one tab at ${page.url()}`).toHaveLength(1);
  await cdp.send('Extensions.triggerAction' as never, { id: ext.id, targetId: tabs[0]!.targetId } as never);
  const popup = (await eventually(async () =>
    (await targets()).find((t) => t.type === 'page' && t.url === `chrome-extension://${ext.id}/src/ui/popup/index.html`),
  ))!;
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false })) as { sessionId: string };
  let next = 0;
  const pending = new Map<
    number,
    (m: { result?: { result: { value: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } } }) => void
  >();
  cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number };
    if (m.id !== undefined) pending.get(m.id)?.(m as never);
  });
  const evaluate = <T>(expression: string) =>
    new Promise<T>((resolve, reject) => {
      const id = ++next;
      pending.set(id, (m) => {
        pending.delete(id);
        const ex = m.result?.exceptionDetails;
        if (ex) reject(new Error(ex.exception?.description ?? ex.text));
        else resolve(m.result?.result.value as T);
      });
      cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }),
        })
        .catch(reject);
    });
  return {
    evaluate,
    async close() {
      await evaluate('window.close()').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** In the popup: type an optional note, click "Record this page", and wait for the status line. */
async function recordFromPopup(popup: Popup, note: string): Promise<{ kind: string; text: string }> {
  await eventually(() => popup.evaluate<boolean>(`!!document.querySelector('[data-testid=evidence] button.primary')`));
  return popup.evaluate(`(async () => {
    const section = document.querySelector('[data-testid=evidence]');
    const textarea = section.querySelector('textarea');
    textarea.value = ${JSON.stringify(note)};
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
    [...section.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Record this page').click();
    const status = section.querySelector('[role=status]');
    for (let i = 0; i < 200; i++) {
      const kind = status.getAttribute('data-kind');
      if (kind === 'ok' || kind === 'error') return { kind, text: status.textContent };
      await new Promise((r) => setTimeout(r, 50));
    }
    return { kind: status.getAttribute('data-kind'), text: status.textContent };
  })()`);
}

async function openX(ext: Extension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(await serveFixture(ext.context, 'x'));
  await page.waitForFunction(() => window.__fixtureReady === true);
  return page;
}

/** What is in IndexedDB, read in an extension page (the store's own origin). */
async function storedRecords(page: Page): Promise<Array<{ id: string; url: string; title: string; capturedAt: string; note: string; screenshot: string }>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('think-twice-evidence');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const get = req.result.transaction('records').objectStore('records').getAll();
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

describe('record evidence (8.2)', () => {
  const profile = mkdtempSync(join(tmpdir(), 'tt-evidence-'));
  let ext: Extension;
  let recordedId = '';
  let shownTime = '';

  beforeAll(async () => {
    ext = await launchWithExtension({ userDataDir: profile, extraArgs: DEBUG_ARGS });
  }, 60_000);
  afterAll(async () => {
    await ext?.context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  });

  it('creates the context-menu item "Record evidence of this page (Think Twice)"', async () => {
    // contextMenus.update rejects for an id that does not exist.
    await eventually(() => ext.worker.evaluate((id) => chrome.contextMenus.update(id, {}).then(() => true), MENU_ID));
  });

  it('without a click on Think Twice, the worker cannot capture the page (no host permission does it)', async () => {
    const page = await openX(ext);
    await page.bringToFront();
    const error = await ext.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      return chrome.tabs.captureVisibleTab(tab!.windowId, { format: 'jpeg' }).then(
        () => '',
        (e: Error) => e.message,
      );
    });
    expect(error).toContain('activeTab');
    await page.close();
  });

  it('records the page from the toolbar popup: screenshot, address, title, time and note', async () => {
    const page = await openX(ext);
    const before = Date.now();
    const popup = await clickToolbarButton(ext, page);
    const status = await recordFromPopup(popup, 'Abusive reply about me from @someone.');
    await popup.close();
    expect(status).toEqual({ kind: 'ok', text: 'Recorded: a screenshot of this page with its address, date and time, saved on this device.' });

    const evidence = await ext.openPage('evidence');
    const [rec, ...rest] = (await eventually(async () => {
      const rs = await storedRecords(evidence);
      return rs.length ? rs : null;
    }))!;
    expect(rest).toEqual([]);
    expect(rec).toMatchObject({ url: X_URL, title: X_TITLE, note: 'Abusive reply about me from @someone.' });
    expect(rec!.screenshot.startsWith('data:image/jpeg;base64,/9j/')).toBe(true);
    expect(Date.parse(rec!.capturedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(rec!.capturedAt)).toBeLessThanOrEqual(Date.now() + 1000);
    recordedId = rec!.id;
    await evidence.close();
    await page.close();
  });

  it("a page Think Twice can't record gives a clear message, not an error", async () => {
    const page = await ext.context.newPage();
    await page.goto('chrome://version/');
    const popup = await clickToolbarButton(ext, page);
    const status = await recordFromPopup(popup, '');
    await popup.close();
    expect(status.kind).toBe('error');
    expect(status.text).toMatch(/^Think Twice can't record this page\. It can record web pages/);
    await page.close();
  });

  it('lists the record on the Evidence page with its thumbnail, address, title, time and note', async () => {
    const page = await ext.openPage('evidence');
    const card = page.getByTestId('evidence-record');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getAttribute('data-id')).toBe(recordedId);
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(X_TITLE);
    expect(await card.getByTestId('evidence-url').textContent()).toBe(X_URL);
    expect(await card.getByTestId('evidence-title').textContent()).toBe(X_TITLE);
    shownTime = (await card.getByTestId('evidence-time').textContent()) ?? '';
    expect(shownTime).toMatch(/^\w+,? \d{1,2} \w+ \d{4} at \d{2}:\d{2}:\d{2} \S+/);
    const thumb = card.getByRole('img', { name: `Screenshot of ${X_TITLE}`, exact: true });
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(100);
    expect(await card.getByLabel('Note').inputValue()).toBe('Abusive reply about me from @someone.');
    expect(await page.getByTestId('evidence-privacy').textContent()).toContain('kept only in this browser on this device');
    await page.close();
  });

  it('the Evidence page and the popup section have no axe-core violations, in light and dark mode', async () => {
    for (const [name, selector] of [
      ['evidence', 'main'],
      ['popup', '[data-testid=evidence]'],
    ] as const) {
      const page = await ext.openPage(name);
      await page.locator(selector).first().waitFor();
      if (name === 'evidence') await page.getByTestId('evidence-record').waitFor();
      await page.evaluate(AXE_SOURCE);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const violations = await page.evaluate(async (sel) => {
          const axe = (
            window as unknown as {
              axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
            }
          ).axe;
          const r = await axe.run({ include: [[sel]] }, { resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
        }, selector);
        expect(violations, `${name} ${scheme}`).toEqual([]);
      }
      await page.close();
    }
  });

  it('keeps "reported to" and "removal requested", and reminds after 24 hours (9.3, 9.4)', async () => {
    const page = await ext.openPage('evidence');
    const card = page.getByTestId('evidence-record');
    await card.waitFor();
    await card.getByLabel('Reported to').fill('Mrs Patel, deputy head');
    await card.getByLabel('Reported on').fill('2025-03-04');
    const requested = new Date(Date.now() - 25 * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    await card
      .getByLabel('Removal requested on')
      .fill(
        `${requested.getFullYear()}-${pad(requested.getMonth() + 1)}-${pad(requested.getDate())}T${pad(requested.getHours())}:${pad(requested.getMinutes())}`,
      );
    await card.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Changes saved.');
    await expect.poll(() => page.getByTestId('evidence-due').textContent()).toBe('1 record to check: was the content removed?');

    const popup = await ext.openPage('popup');
    const due = popup.getByTestId('evidence-due');
    await expect.poll(() => due.textContent()).toBe('1 record to check: was the content removed?');
    expect(await due.getByRole('link').getAttribute('href')).toBe(`chrome-extension://${ext.id}/src/ui/evidence/index.html`);
    await popup.close();

    // Checked: no more reminder.
    await card.getByRole('button', { name: 'Today' }).click();
    await card.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByTestId('evidence-due').count()).toBe(0);
    await page.close();
  });

  it('exports everything as one self-contained HTML report', async () => {
    const page = await ext.openPage('evidence');
    await page.getByTestId('evidence-record').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all as a report' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^think-twice-evidence-\d{4}-\d{2}-\d{2}\.html$/);
    const html = readFileSync((await download.path())!, 'utf8');
    const [rec] = await storedRecords(page);
    expect(html).toContain(`<img src="${rec!.screenshot}"`);
    expect(html).toContain('data:image/jpeg;base64,');
    expect(html).toContain(`<a href="${X_URL}">${X_URL}</a>`);
    expect(html).toContain(X_TITLE);
    expect(html).toContain(`<time datetime="${rec!.capturedAt}">${shownTime}</time>`);
    expect(html).toContain('Abusive reply about me from @someone.');
    expect(html).toContain('Mrs Patel, deputy head on 4 March 2025');
    expect(html).toContain('Removal checked');
    expect(html).not.toMatch(/<script|src="https?:/i);
    expect(await page.getByTestId('evidence-message').textContent()).toContain('print it to PDF');

    // The report opens on its own (no network, nothing else needed) and shows the screenshot.
    const report = await ext.context.newPage();
    await report.setContent(html);
    const img = report.getByRole('img', { name: `Screenshot of ${X_TITLE}` });
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(100);
    await report.close();
    await page.close();
  });

  it('keeps the record across a browser restart, and records again after it', async () => {
    await ext.context.close();
    ext = await launchWithExtension({ userDataDir: profile, extraArgs: DEBUG_ARGS });
    const page = await ext.openPage('evidence');
    const card = page.getByTestId('evidence-record');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getAttribute('data-id')).toBe(recordedId);
    expect(await card.getByTestId('evidence-url').textContent()).toBe(X_URL);
    expect(await card.getByLabel('Reported to').inputValue()).toBe('Mrs Patel, deputy head');
    await ext.worker.evaluate((id) => chrome.contextMenus.update(id, {}), MENU_ID);

    const x = await openX(ext);
    const popup = await clickToolbarButton(ext, x);
    expect((await recordFromPopup(popup, '')).kind).toBe('ok');
    await popup.close();
    await x.close();
    // The open Evidence page picks up the new record by itself.
    await expect.poll(() => card.count()).toBe(2);
    await page.close();
  });

  it('deletes one record (after a confirm step), then all', async () => {
    const page = await ext.openPage('evidence');
    const cards = page.getByTestId('evidence-record');
    await expect.poll(() => cards.count()).toBe(2);
    const first = page.locator(`[data-id="${recordedId}"]`);
    await first.getByRole('button', { name: 'Delete', exact: true }).click();
    await first.getByRole('button', { name: 'Keep it' }).click();
    expect(await cards.count()).toBe(2);
    await first.getByRole('button', { name: 'Delete', exact: true }).click();
    await first.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect.poll(() => cards.count()).toBe(1);
    expect(await page.getByTestId('evidence-message').textContent()).toBe(`Deleted the record of "${X_TITLE}".`);
    expect((await storedRecords(page)).map((r) => r.id)).not.toContain(recordedId);

    await page.getByRole('button', { name: 'Delete all' }).click();
    await page.getByRole('button', { name: 'Yes, delete all' }).click();
    await expect.poll(() => cards.count()).toBe(0);
    expect(await page.getByTestId('evidence-empty').isVisible()).toBe(true);
    expect(await storedRecords(page)).toEqual([]);
    expect(await page.getByRole('button', { name: 'Export all as a report' }).isDisabled()).toBe(true);
    await page.close();
  });
});
