/**
 * "Try a draft" in real Chromium: opened from the popup's link, it shows for a draft exactly the
 * prompt a site shows (the same heading, concerns, reasons and clause links, compared with the
 * prompt raised on the X fixture for the same draft), says plainly when a post would not be
 * stopped, shows lesson time as a site would, works by keyboard alone, has no axe-core violations
 * and makes no request outside the extension.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, eventually, ownUi, type Extension } from './harness';
import { COMPOSER_TABLE } from '../fixtures/composer-table';
import { RISKY, BENIGN, promptOf, focusEditor, perform, resetSubmits, submitsOf, openFixture } from './composer-helpers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TRY_PAGE = 'src/try/index.html';
const X = COMPOSER_TABLE.find((s) => s.site === 'x')!;
const POST = X.composers.find((c) => c.composer === 'x-post')!;
const CLICK = POST.paths.find((p) => p.kind === 'click')!;
const WOULD_NOT_STOP = 'Think Twice would not stop this post.';

/** What a prompt says: its heading, and per concern its rule, title line, reason and buttons (the clause link among them). */
async function promptContent(prompt: Locator) {
  const concerns = prompt.locator('li.tt-concern');
  const out = [];
  for (let i = 0; i < (await concerns.count()); i++) {
    const c = concerns.nth(i);
    out.push({
      rule: await c.getAttribute('data-rule'),
      category: await c.getAttribute('data-category'),
      title: (await c.locator('.tt-concern-title').textContent())?.trim(),
      reason: (await c.locator('.tt-reason').textContent())?.trim(),
      marked: await c.locator('mark').allTextContents(),
      buttons: (await c.getByRole('button').allTextContents()).map((b) => b.trim()),
    });
  }
  return { heading: (await prompt.locator('#tt-prompt-heading').textContent())?.trim(), concerns: out };
}

/** The draft box's text typed as a person types it (key by key, so the page sees input events). */
async function typeDraft(page: Page, text: string): Promise<void> {
  await page.locator('#try-draft').fill('');
  await page.locator('#try-draft').focus();
  await page.keyboard.type(text);
}

const status = (page: Page) => page.getByTestId('try-status');
const previewOf = (page: Page) => page.getByTestId('try-prompt').getByRole('region', { name: /If in doubt, don't post it!/ });

describe('Try a draft', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('is linked from the popup and the options page', async () => {
    const popup = await ext.openPage('popup');
    const link = popup.getByRole('link', { name: 'Try a draft' });
    const [opened] = await Promise.all([ext.context.waitForEvent('page'), link.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`chrome-extension://${ext.id}/${TRY_PAGE}`);
    expect(await opened.getByRole('heading', { level: 1 }).textContent()).toBe('Try a draft');
    await opened.close();
    await popup.close();

    const options = await ext.openPage('options');
    expect(await options.getByRole('link', { name: 'Try a draft' }).getAttribute('href')).toBe(`chrome-extension://${ext.id}/${TRY_PAGE}`);
    await options.close();
  });

  it('shows the prompt a site shows for the same draft: heading, concerns, reasons and clause links', async () => {
    const page = await ext.openPage(TRY_PAGE);
    await typeDraft(page, RISKY);
    await page.getByRole('button', { name: 'Check this draft' }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Think Twice would stop this post: \d+ concerns?\./);
    const preview = previewOf(page);
    await preview.waitFor({ state: 'visible' });
    const tried = await promptContent(preview);
    expect(tried.heading).toBe("If in doubt, don't post it!");
    expect(tried.concerns.length).toBeGreaterThan(0);
    expect(tried.concerns[0]!.buttons).toContain('Read clause 5.2 of the policy');
    expect(tried.concerns[0]!.marked.join('').length).toBeGreaterThan(0);

    // The same draft on the X fixture, sent once the typing check counts what the page found (the
    // learned model loads while a person types there; the page waits for it).
    const site = await openFixture(ext.context, 'x');
    await resetSubmits(site);
    await focusEditor(site, POST);
    await site.keyboard.type(RISKY);
    const ui = ownUi(site);
    await expect.poll(async () => (await ui.find('tt-indicator'))?.attrs['data-count'], { timeout: 15_000 }).toBe(String(tried.concerns.length));
    await perform(site, POST, CLICK);
    const onSite = await promptOf(site);
    await onSite.waitFor({ state: 'visible' });
    expect(await promptContent(onSite)).toEqual(tried);
    expect(await submitsOf(site)).toEqual([]);
    await site.keyboard.press('Escape');
    await site.close();

    // The clause link opens the policy at that clause, as on a site.
    const [policy] = await Promise.all([
      ext.context.waitForEvent('page'),
      preview.getByRole('button', { name: 'Read clause 5.2 of the policy' }).first().click(),
    ]);
    await policy.waitForLoadState();
    expect(policy.url()).toBe(`chrome-extension://${ext.id}/src/ui/policy/index.html#clause-5-2`);
    await policy.close();
    await page.close();
  });

  it('says plainly when Think Twice would not stop a post, and checks as you type without taking focus', async () => {
    const page = await ext.openPage(TRY_PAGE);
    await typeDraft(page, BENIGN);
    // "Check as I type" is on: no button needed.
    await expect.poll(() => status(page).textContent()).toBe(WOULD_NOT_STOP);
    expect(await page.getByTestId('try-prompt').count()).toBe(0);
    // No timetable: the lesson-time panel says so, and no lesson-time reminder is added.
    expect(await page.getByTestId('lesson-time').textContent()).toContain('No timetable is set up');
    expect(await page.getByTestId('try-notes').count()).toBe(0);

    // A risky draft typed on: the prompt appears below while focus stays in the draft.
    await page.keyboard.type(` ${RISKY}`);
    await expect.poll(() => status(page).textContent()).toMatch(/^Think Twice would stop this post/);
    await previewOf(page).waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('try-draft');
    expect(await page.locator('[role="alertdialog"], [aria-modal="true"]').count()).toBe(0);
    await page.close();
  });

  it('shows the settings in force', async () => {
    const page = await ext.openPage(TRY_PAGE);
    const settings = page.getByTestId('try-settings');
    await settings.waitFor({ state: 'visible' });
    const text = (await settings.textContent()) ?? '';
    expect(text).toContain('Learned modelOn.');
    expect(text).toContain('School nameNot set');
    // Every category, with what the school wants done.
    expect(await settings.locator('tbody tr').count()).toBe(14);
    await page.close();
  });

  it('works by keyboard alone: Tab to the draft, type, Tab to the button, Enter', async () => {
    const page = await ext.openPage(TRY_PAGE);
    await page.getByTestId('try-settings').waitFor();
    const focused = () =>
      page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-testid') || document.activeElement?.tagName);
    for (let i = 0; i < 10 && (await focused()) !== 'try-draft'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('try-draft');
    // Checking as you type off (Tab past the photo box to it, Space), so only the button checks.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('try-media');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('try-live');
    await page.keyboard.press('Space');
    expect(await page.locator('#try-live').isChecked()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('try-draft');
    await page.keyboard.type(RISKY);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('try-check');
    await page.waitForTimeout(800);
    expect(await status(page).textContent()).toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toMatch(/^Think Twice would stop this post/);
    // The prompt below neither took focus nor traps Tab: focus goes on into it, and on past it.
    expect(await focused()).toBe('try-check');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="try-prompt"]'))).toBe(true);
    // Its "Edit post" takes the person back to the draft, as on a site.
    while ((await focused()) !== 'tt-edit') await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('try-draft');
    for (let i = 0; i < 40 && (await page.evaluate(() => !!document.activeElement?.closest('[data-testid="try-prompt"]'))) === false; i++)
      await page.keyboard.press('Tab');
    for (let i = 0; i < 40 && (await page.evaluate(() => !!document.activeElement?.closest('[data-testid="try-prompt"]'))); i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="try-prompt"]'))).toBe(false);
    await page.close();
  });

  it('makes no request outside the extension', async () => {
    const requests: string[] = [];
    const page = await ext.context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`chrome-extension://${ext.id}/${TRY_PAGE}`);
    await typeDraft(page, RISKY);
    await page.getByRole('button', { name: 'Check this draft' }).click();
    await previewOf(page).waitFor({ state: 'visible' });
    await typeDraft(page, BENIGN);
    await expect.poll(() => status(page).textContent()).toBe(WOULD_NOT_STOP);
    expect(requests.length).toBeGreaterThan(0);
    // The extension's own files only: its pages at its id, the model's weights behind their per-session dynamic address.
    const dynamic = new URL(await page.evaluate(() => chrome.runtime.getURL('model/school-model.bin'))).host;
    const own = new Set([ext.id, dynamic]);
    expect(requests.filter((u) => !(u.startsWith('chrome-extension://') && own.has(new URL(u).host)))).toEqual([]);
    expect(requests.some((u) => u.includes('/model/school-model.bin'))).toBe(true);
    await page.close();
  });

  it('has no axe-core violations with a prompt shown, in light and dark mode', async () => {
    const page = await ext.openPage(TRY_PAGE);
    await typeDraft(page, RISKY);
    await previewOf(page).waitFor({ state: 'visible' });
    await page.locator('details summary').click();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } })
          .axe;
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, scheme).toEqual([]);
    }
    await page.close();
  });

  it('speaks Welsh when the staff member chooses Cymraeg, and follows a change of language at once', async () => {
    const page = await ext.openPage(TRY_PAGE);
    await typeDraft(page, BENIGN);
    await expect.poll(() => status(page).textContent()).toBe(WOULD_NOT_STOP);
    try {
      await ext.worker.evaluate(async () => {
        await chrome.storage.local.set({ settings: { language: 'cy' } });
      });
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Rhoi cynnig ar ddrafft');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
      // The answer already given, in the new language, and the draft kept.
      await expect.poll(() => status(page).textContent()).toBe('Ni fyddai Think Twice yn atal y neges hon.');
      expect(await page.locator('#try-draft').inputValue()).toBe(BENIGN);
      expect(await page.getByRole('button', { name: "Gwirio'r drafft hwn" }).count()).toBe(1);
    } finally {
      await ext.worker.evaluate(async () => {
        await chrome.storage.local.set({ settings: {} });
      });
    }
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Try a draft');
    await page.close();
  });

  it('during lesson time: the lesson-time concern a site adds to every post, and the banner it shows', async () => {
    const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
    const timetable = {
      timeZone: 'Etc/UTC',
      weeks: [{ days: Object.fromEntries(WEEKDAYS.map((d) => [d, [{ name: 'Period 3', start: '00:00', end: '23:59', kind: 'lesson' }]])) }],
    };
    const now = new Date();
    if (now.getUTCHours() === 23 && now.getUTCMinutes() >= 58) return; // the timetable ends at 23:59 UTC
    await ext.worker.evaluate(async (tt) => {
      await chrome.storage.local.set({ settings: { timetable: tt } });
    }, timetable);
    try {
      await eventually(async () =>
        ((await ext.worker.evaluate(async () => (await chrome.storage.local.get('lessonNow')).lessonNow)) as { label?: string } | undefined)?.label?.includes(
          'Period 3',
        ),
      );
      const page = await ext.openPage(TRY_PAGE);
      await expect.poll(() => page.getByTestId('lesson-time').getAttribute('data-lesson')).toBe('true');
      await typeDraft(page, BENIGN);
      await expect.poll(() => status(page).textContent()).toBe('Think Twice would stop this post: 1 concern. What it would show is below.');
      const concern = previewOf(page).locator('li[data-category="lesson-time"]');
      expect(await concern.textContent()).toContain('Period 3');
      expect(await page.getByTestId('try-notes').textContent()).toContain('During lesson time a site also shows this reminder: “Lesson time: Period 3 until');
      await page.close();
    } finally {
      await ext.worker.evaluate(async () => {
        await chrome.storage.local.set({ settings: {} });
      });
    }
  });
});
