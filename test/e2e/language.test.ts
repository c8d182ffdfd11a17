/**
 * Welsh and English: Think Twice speaks the browser's language unless the staff member (or the
 * school) chooses one in the `language` setting; the prompt, the popup and the options page follow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { COMPOSER_TABLE } from '../fixtures/composer-table';
import { draftAndSend, focusEditor, openFixture, promptOf, RISKY } from './composer-helpers';
import { eventually, launchWithExtension, ownFrameLocator, ownUi, type Extension } from './harness';

const X = COMPOSER_TABLE.find((s) => s.site === 'x')!;
const POST = X.composers.find((c) => c.composer === 'x-post')!;
const CLICK = POST.paths.find((p) => p.kind === 'click')!;

/** Raises the prompt on the X fixture and returns its dialog (whatever its name). */
async function raisePrompt(ext: Extension): Promise<{ page: Page; dialog: ReturnType<Page['getByRole']> }> {
  const page = await openFixture(ext.context, 'x');
  await draftAndSend(page, POST, RISKY, CLICK);
  const dialog = (await ownFrameLocator(page, 5000)).getByRole('alertdialog');
  await dialog.waitFor({ state: 'visible' });
  return { page, dialog };
}

describe('in English by default', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchWithExtension();
  });
  afterAll(async () => ext?.close());

  it('the popup and the prompt are in English', async () => {
    const popup = await ext.openPage('popup');
    await popup.getByRole('link', { name: 'Read the policy' }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    await popup.close();
    const { page } = await raisePrompt(ext);
    const prompt = await promptOf(page);
    expect(await prompt.getByRole('heading').textContent()).toBe("If in doubt, don't post it!");
    expect(await prompt.getByTestId('tt-edit').textContent()).toBe('Edit post');
    await page.close();
  });
});

describe('in Welsh when the staff member chooses Cymraeg', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchWithExtension();
  });
  afterAll(async () => ext?.close());

  it('the options page offers the language, and then speaks Welsh', async () => {
    const options = await ext.openPage('options');
    const select = options.getByLabel('Language', { exact: true });
    await select.selectOption('cy');
    await options.getByRole('heading', { level: 1, name: 'Gosodiadau Think Twice' }).waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('cy');
    // The choice itself is named in Welsh now.
    expect(await options.getByLabel('Iaith', { exact: true }).inputValue()).toBe('cy');
    // What the school sets, read-only, is named in Welsh too.
    expect(await options.getByRole('heading', { name: "Wedi'u gosod gan eich ysgol" }).count()).toBe(1);
    expect(await options.getByText("Enw'r ymddiriedolaeth", { exact: true }).count()).toBe(1);
    expect(await options.getByText('Egluro; gall staff bostio beth bynnag', { exact: true }).count()).toBeGreaterThan(0);
    await options.close();
    await eventually(async () => (await ext.snapshot())?.settings?.language === 'cy');
  });

  it('the popup is in Welsh', async () => {
    const popup = await ext.openPage('popup');
    await popup.getByRole('link', { name: 'Darllen y polisi' }).waitFor();
    expect(await popup.getByRole('link', { name: 'Gosodiadau', exact: true }).count()).toBe(1);
    // The built-in policy's motto, from the pack's Welsh words.
    expect(await popup.locator('.motto').textContent()).toBe("Os oes amheuaeth, peidiwch â'i bostio!");
    expect(await popup.getByText('Read the policy').count()).toBe(0);
    await popup.close();
  });

  it('the prompt is in Welsh: heading, buttons, severity and category', async () => {
    const { page, dialog } = await raisePrompt(ext);
    expect(await dialog.getByRole('heading').textContent()).toBe("Os oes amheuaeth, peidiwch â'i bostio!");
    expect(await dialog.getByTestId('tt-edit').textContent()).toBe("Golygu'r postiad");
    expect(await dialog.getByTestId('tt-post-anyway').textContent()).toBe('Postio beth bynnag');
    const firstTitle = (await dialog.locator('.tt-concern-title').first().textContent()) ?? '';
    expect(firstTitle).toMatch(/^(Difrifol|Rhybudd|Cyngor): /);
    expect(await dialog.getByRole('button', { name: /^Darllen cymal / }).count()).toBeGreaterThan(0);
    expect(await dialog.getByText('Not a concern').count()).toBe(0);
    await page.close();
  });

  it('the indicator by the post box is in Welsh too (the content script loads the chosen words itself)', async () => {
    const page = await openFixture(ext.context, 'x');
    await focusEditor(page, POST);
    await page.keyboard.type(RISKY);
    const ui = ownUi(page);
    await expect.poll(async () => (await ui.find('tt-indicator'))?.text ?? '', { timeout: 15_000 }).toMatch(/^Think Twice: (1 pryder|\d+ o bryderon)$/);
    await page.close();
  });
});

describe('in Welsh when the browser is in Welsh (--lang=cy)', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchWithExtension({ extraArgs: ['--lang=cy'] });
  });
  afterAll(async () => ext?.close());

  it('follows the browser with no setting: the popup and the prompt are in Welsh', async () => {
    const popup = await ext.openPage('popup');
    await popup.getByRole('link', { name: 'Darllen y polisi' }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('cy');
    await popup.close();
    const { page, dialog } = await raisePrompt(ext);
    expect(await dialog.getByRole('heading').textContent()).toBe("Os oes amheuaeth, peidiwch â'i bostio!");
    expect(await dialog.getByTestId('tt-edit').textContent()).toBe("Golygu'r postiad");
    await page.close();
  });
});
