/**
 * The store screenshots, at the size the Chrome Web Store, Edge Add-ons and AMO all take
 * (1280x800), from the demo's own steps (scripts/lib/demo-steps.ts) on an unpacked build:
 *   1-prompt.png          the prompt holding a risky post on X's offline copy
 *   2-lesson-time.png     the popup's lesson-time reminder, over the same site in lesson time
 *   3-options.png         the options page
 * Everything is offline: the sites are the test fixtures, and the harness aborts anything unrouted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { type Extension, eventually, launchWithExtension } from '../../test/e2e/harness';
import { buildFixtures } from '../../test/fixtures/build';
import { serveFixture } from '../../test/fixtures/serve';
import { showPrompt } from './demo-steps';

export const SCREENSHOT_SIZE = { width: 1280, height: 800 } as const;
export const SCREENSHOTS = ['1-prompt.png', '2-lesson-time.png', '3-options.png'] as const;

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** A timetable in which every minute of every day is lesson time, so the reminder shows whenever this runs. */
const LESSONS_ALL_DAY = {
  timeZone: 'Etc/UTC',
  weeks: [{ days: Object.fromEntries(WEEKDAYS.map((d) => [d, [{ name: 'Period 3', start: '00:00', end: '23:59', kind: 'lesson' }]])) }],
};

/** The fixture's own test control (a button that mounts a composer late) is no part of the site a store should show. */
async function hideFixtureControls(page: Page): Promise<void> {
  await page.evaluate(() => document.getElementById('__fixture-mount-later')?.style.setProperty('display', 'none'));
}

async function inLessonTime(ext: Extension): Promise<void> {
  await ext.worker.evaluate(async (timetable) => {
    await chrome.storage.local.set({ settings: { timetable } });
  }, LESSONS_ALL_DAY);
  await eventually(async () => ext.worker.evaluate(async () => Boolean((await chrome.storage.local.get('lessonNow')).lessonNow)));
}

/** Takes the three screenshots of the unpacked build in `dist` into `outDir`; returns their paths. */
export async function takeStoreScreenshots(dist: string, outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  await buildFixtures();
  const ext = await launchWithExtension({ dist });
  const written: string[] = [];
  const save = (name: (typeof SCREENSHOTS)[number], png: Buffer) => {
    const file = join(outDir, name);
    writeFileSync(file, png);
    written.push(file);
  };
  try {
    const shown = await showPrompt(ext, 'x', SCREENSHOT_SIZE);
    await hideFixtureControls(shown.page);
    save('1-prompt.png', await shown.page.screenshot());
    await shown.page.close();

    await inLessonTime(ext);
    // The popup as the toolbar shows it: drawn at its own size, then laid over the site in lesson
    // time (with its banner) where the toolbar button would open it.
    const popup = await ext.openPage('popup');
    await popup.setViewportSize({ width: 400, height: 600 });
    const panel = popup.getByTestId('lesson-time');
    await eventually(async () => (await panel.getAttribute('data-lesson')) === 'true');
    await popup.waitForTimeout(300);
    // Its top part, as much as fits the screenshot with a margin (the toolbar's popup scrolls beyond).
    const box = await popup.locator('body').boundingBox();
    if (!box) throw new Error('The popup has no body to photograph');
    const popupPng = await popup.screenshot({
      clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, SCREENSHOT_SIZE.height - 40) },
      fullPage: true,
    });
    await popup.close();
    const site = await ext.context.newPage();
    await site.setViewportSize(SCREENSHOT_SIZE);
    await site.goto(await serveFixture(ext.context, 'x'));
    await site.waitForFunction(() => window.__fixtureReady === true);
    await site.waitForTimeout(1500); // the lesson-time banner arrives with the settings
    await hideFixtureControls(site);
    const sitePng = await site.screenshot();
    await site.close();
    // Laid together on a blank page of the same browser (the site's CSP would refuse data: images).
    const frame = await ext.context.newPage();
    await frame.setViewportSize(SCREENSHOT_SIZE);
    const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
    await frame.setContent(
      `<body style="margin:0;overflow:hidden"><img alt="" style="display:block" src="${src(sitePng)}">` +
        `<img alt="" style="position:fixed;top:8px;right:16px;border:1px solid #c8c8c8;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35);background:#fff" src="${src(popupPng)}"></body>`,
    );
    await frame.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
    save('2-lesson-time.png', await frame.screenshot());
    await frame.close();

    const options = await ext.openPage('options');
    await options.setViewportSize(SCREENSHOT_SIZE);
    await options.waitForTimeout(400);
    save('3-options.png', await options.screenshot());
    await options.close();
  } finally {
    await ext.close();
  }
  return written;
}
