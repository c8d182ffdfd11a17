/**
 * Friend and follow requests (policy 5.3) on the Facebook and Instagram fixtures: a reminder with
 * Continue and Cancel before the request goes; Continue performs the original action exactly
 * once, Cancel performs nothing; at most one reminder per person per day.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { openFixture } from './composer-helpers';
import { launchWithExtension, ownFrameLocator, type Extension } from './harness';

const actions = (page: Page) => page.evaluate(() => window.__actions.map((a) => ({ ...a })));
/** The reminder, drawn in Think Twice's own frame (a locator that matches nothing while there is no frame). */
const reminder = async (page: Page, waitMs = 3000) => (await ownFrameLocator(page, waitMs)).getByRole('alertdialog', { name: 'Is this a pupil?' });

describe('friend and follow request reminders', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  const open = (site: 'facebook' | 'instagram'): Promise<Page> => openFixture(ext.context, site);

  it('Facebook: Confirm shows the reminder; Continue confirms exactly once', async () => {
    const page = await open('facebook');
    await page.locator('[data-fixture-request="Confirm:Alex Pupil"]').click();
    await (await reminder(page)).waitFor({ state: 'visible' });
    expect(await (await reminder(page)).textContent()).toContain('ex-pupils under 18');
    expect(await actions(page)).toEqual([]);
    await (await reminder(page)).getByTestId('tt-request-continue').click();
    await page.waitForTimeout(150);
    expect(await actions(page)).toEqual([{ action: 'Confirm', person: 'Alex Pupil' }]);
    await page.close();
  });

  it('Facebook: Cancel does nothing; the same person is not reminded twice in a day', async () => {
    const page = await open('facebook');
    const add = page.locator('[data-fixture-request="Add friend:Jo Former"]');
    await add.focus();
    await page.keyboard.press('Enter');
    await (await reminder(page)).waitFor({ state: 'visible' });
    await (await reminder(page)).getByTestId('tt-request-cancel').click();
    await (await reminder(page)).waitFor({ state: 'detached' });
    expect(await actions(page)).toEqual([]);
    await add.click();
    await page.waitForTimeout(300);
    expect(await (await reminder(page)).count()).toBe(0);
    expect(await actions(page)).toEqual([{ action: 'Add friend', person: 'Jo Former' }]);
    await page.close();
  });

  it('Instagram: Follow back shows the reminder; Escape cancels; Continue follows once', async () => {
    const page = await open('instagram');
    const follow = page.locator('[data-fixture-request="Follow back:sam_year10"]');
    await follow.click();
    await (await reminder(page)).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await (await reminder(page)).waitFor({ state: 'detached' });
    expect(await actions(page)).toEqual([]);
    await page.locator('[data-fixture-request="Confirm:kit_k"]').click();
    await (await reminder(page)).waitFor({ state: 'visible' });
    await (await reminder(page)).getByTestId('tt-request-continue').click();
    await page.waitForTimeout(150);
    expect(await actions(page)).toEqual([{ action: 'Confirm', person: 'kit_k' }]);
    await page.close();
  });
});
