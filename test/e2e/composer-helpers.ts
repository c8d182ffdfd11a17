/** Helpers for driving the composer fixtures with Think Twice loaded. */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { ownFrameLocator, waitForContentScript } from './harness';
import { serveFixture, type FixtureSite } from '../fixtures/serve';
import type { ComposerSpec } from '../fixtures/composer-table';
import { submits } from '../fixtures/composer-table';
import type { SubmitRecord } from '../fixtures/shared/runtime';

import { resetSubmits, focusEditor, perform, type Path } from '../fixtures/composer-table';

export { resetSubmits, focusEditor, perform } from '../fixtures/composer-table';

/** Clears the page's record of submits, focuses the composer's editor, types `text` and sends it by `path` (its first by default). */
export async function draftAndSend(page: Page, spec: ComposerSpec, text: string, path: Path = spec.paths[0]!): Promise<void> {
  await resetSubmits(page);
  await focusEditor(page, spec);
  await page.keyboard.type(text);
  await perform(page, spec, path);
}

/** A draft every version of the checker must flag (bullying, aimed at a person). */
export const RISKY = '@sam you are a pathetic waste of space';
/** The kind of good-news post a school wants more of. */
export const BENIGN = 'So proud of our Year 6 at the county finals today!';
/** Benign with a photo attached: no pupils mentioned (a post about pupils with media asks about consent, 5.5). */
export const BENIGN_WITH_MEDIA = 'What a beautiful sunrise over the hills this morning';
/** Composers whose fixture has a photo attached. */
export const MEDIA_COMPOSERS = new Set(['ig-caption']);

/**
 * The prompt, in Think Twice's own frame (an extension page the site cannot reach; the frame is
 * prepared when a composer is first focused). A locator that matches nothing when there is no frame.
 */
export async function promptOf(page: Page, waitMs = 3000): Promise<Locator> {
  return (await ownFrameLocator(page, waitMs)).getByRole('alertdialog', { name: /If in doubt, don't post it!/ });
}

export const submitsOf = submits;

/** Waits for the first submit, then a little longer, so that a duplicate would show up too. */
export async function waitForSubmits(page: Page): Promise<SubmitRecord[]> {
  await page.waitForFunction(() => window.__submits.length > 0, null, { timeout: 5000 });
  await page.waitForTimeout(200);
  return submits(page);
}

/** The editor's current text, read the way the extension reads it. */
export async function editorText(page: Page, spec: ComposerSpec): Promise<string> {
  return page.locator(`${spec.scope} ${spec.editor}`).evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
}

/** Opens a site's fixture in a new tab (strict CSP unless `csp: false`) once it and Think Twice are ready. */
export async function openFixture(context: BrowserContext, site: FixtureSite, opts: { csp?: false } = {}): Promise<Page> {
  const page = await context.newPage();
  await page.goto(await serveFixture(context, site, opts.csp === false ? { csp: false } : {}));
  await page.waitForFunction(() => window.__fixtureReady === true, null, { timeout: 10_000 });
  await waitForContentScript(page);
  return page;
}
