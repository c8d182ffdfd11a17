/**
 * Lesson time (clause 5.4) in the browser: with a timetable whose whole day is lesson time, the
 * popup says so, the toolbar badge is set, the banner shows on a social site and a post there
 * raises the lesson-time concern; with one where it is all break, none of that happens.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, eventually, ownUi, type Extension } from './harness';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPOSER_TABLE } from '../fixtures/composer-table';
import { BENIGN, promptOf, waitForSubmits, openFixture, draftAndSend } from './composer-helpers';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const allDay = (name: string, kind: 'lesson' | 'break') => ({
  timeZone: 'Etc/UTC',
  weeks: [{ days: Object.fromEntries(WEEKDAYS.map((d) => [d, [{ name, start: '00:00', end: '23:59', kind }]])) }],
});
const X = COMPOSER_TABLE.find((s) => s.site === 'x')!;
const POST = X.composers.find((c) => c.composer === 'x-post')!;
const CLICK = POST.paths.find((p) => p.kind === 'click')!;

/** The timetables end at 23:59 UTC; keep clear of that last minute. */
async function awayFromMidnight(): Promise<void> {
  const now = new Date();
  if (now.getUTCHours() === 23 && now.getUTCMinutes() >= 58) {
    const nextDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 0, 0, 5);
    await new Promise((r) => setTimeout(r, nextDay - now.getTime()));
  }
}

async function setTimetable(ext: Extension, timetable: unknown, periodName: string): Promise<void> {
  await ext.worker.evaluate(async (tt) => {
    await chrome.storage.local.set({ settings: { timetable: tt } });
  }, timetable);
  await eventually(async () => {
    const lesson = await ext.worker.evaluate(async () => (await chrome.storage.local.get('lessonNow')).lessonNow as { label: string } | undefined);
    return lesson?.label.includes(periodName);
  });
}

describe('lesson time', () => {
  let ext: Extension;
  beforeAll(async () => {
    await awayFromMidnight();
    ext = await launchWithExtension();
  }, 200_000);
  afterAll(async () => {
    await ext?.close();
  });

  const openX = (): Promise<Page> => openFixture(ext.context, 'x');

  it('with a timetable of lessons all day: popup, badge, banner and the concern in the prompt', async () => {
    await setTimetable(ext, allDay('Period 3', 'lesson'), 'Period 3');
    const popup = await ext.openPage('popup');
    const panel = popup.getByTestId('lesson-time');
    await expect.poll(() => panel.getAttribute('data-lesson')).toBe('true');
    expect(await panel.textContent()).toContain('Lesson time: Period 3 until');
    expect(await panel.textContent()).toContain("Personal social media isn't permitted in lessons (5.4)");
    await popup.close();
    expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('LSN');

    const page = await openX();
    // The banner is in Think Twice's closed shadow root: read and clicked over the DevTools protocol.
    const ui = ownUi(page);
    await expect.poll(async () => (await ui.find('tt-lesson-banner'))?.visible, { timeout: 10_000 }).toBe(true);
    expect((await ui.find('tt-lesson-banner'))!.text).toContain('Period 3');
    await draftAndSend(page, POST, BENIGN, CLICK);
    const prompt = await promptOf(page);
    await prompt.waitFor({ state: 'visible' });
    const concern = prompt.locator('li[data-category="lesson-time"]');
    expect(await concern.count()).toBe(1);
    expect(await concern.textContent()).toContain('Period 3');
    await prompt.getByTestId('tt-post-anyway').click();
    expect((await waitForSubmits(page)).map((s) => s.text)).toEqual([BENIGN]);

    // Dismissed for the rest of the period, also on the next page.
    await expect.poll(async () => (await ui.find('tt-lesson-banner'))?.visible).toBe(true);
    await ui.click({ role: 'button', name: 'Dismiss until the end of this period' });
    await expect.poll(() => ui.find('tt-lesson-banner')).toBeNull();
    const again = await openX();
    await again.waitForTimeout(500);
    expect(await ownUi(again).find('tt-lesson-banner')).toBeNull();
    await page.close();
    await again.close();
  });

  it('with a timetable of breaks all day: no badge, no banner, no concern', async () => {
    await setTimetable(ext, allDay('Break', 'break'), 'Break');
    const popup = await ext.openPage('popup');
    const panel = popup.getByTestId('lesson-time');
    await expect.poll(() => panel.getAttribute('data-lesson')).toBe('false');
    expect(await panel.textContent()).toContain('Break until');
    await popup.close();
    expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');

    const page = await openX();
    await draftAndSend(page, POST, BENIGN, CLICK);
    expect(await waitForSubmits(page)).toEqual([{ composer: POST.composer, text: BENIGN, via: 'click' }]);
    expect(await (await promptOf(page)).count()).toBe(0);
    expect(await ownUi(page).find('tt-lesson-banner')).toBeNull();
    await page.close();
  });

  it('with no timetable, the popup says so and how to add one', async () => {
    await ext.worker.evaluate(() => chrome.storage.local.set({ settings: {} }));
    await eventually(async () => {
      const lesson = await ext.worker.evaluate(async () => (await chrome.storage.local.get('lessonNow')).lessonNow as { configured: boolean } | undefined);
      return lesson?.configured === false;
    });
    const popup = await ext.openPage('popup');
    await expect.poll(() => popup.getByTestId('lesson-time').textContent()).toContain('No timetable is set up');
    expect(await popup.getByText('import your timetable from a calendar file in Settings').count()).toBe(1);
    await popup.close();
  });
});

describe('lesson time across a browser restart', () => {
  it('the badge is set again when the browser starts with the same profile', async () => {
    await awayFromMidnight();
    const profile = mkdtempSync(join(tmpdir(), 'tt-restart-'));
    try {
      const first = await launchWithExtension({ userDataDir: profile });
      await setTimetable(first, allDay('Period 5', 'lesson'), 'Period 5');
      expect(await first.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('LSN');
      await first.context.close();
      const second = await launchWithExtension({ userDataDir: profile });
      try {
        await expect.poll(() => second.worker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 15_000 }).toBe('LSN');
        // refreshLesson sets the badge before it re-creates the alarm, so wait for the alarm too.
        const start = Date.now();
        await expect
          .poll(async () => (await second.worker.evaluate(() => chrome.alarms.get('lesson-time-boundary')))?.scheduledTime ?? 0, { timeout: 15_000 })
          .toBeGreaterThan(start);
      } finally {
        await second.context.close();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }, 200_000);
});
