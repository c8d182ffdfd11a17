/**
 * What the demo does in the browser, shared by `npm run demo` (scripts/demo.ts) and the store
 * screenshots `npm run package` takes (scripts/lib/store-screenshots.ts), so both show the same
 * thing: a risky draft on a site's offline copy held behind Think Twice's prompt.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { type Extension, ownFrame } from '../../test/e2e/harness';
import { COMPOSER_TABLE } from '../../test/fixtures/composer-table';
import { serveFixture } from '../../test/fixtures/serve';

/** A draft that breaks two clauses at once, so the prompt has more than one reason to show. */
export const RISKY = '@sam you are a pathetic waste of space, and everyone knows Mr Jones is a thief';

async function waitFocused(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return !!el && (el === document.activeElement || el.contains(document.activeElement));
  }, selector);
}

export interface PromptShown {
  page: Page;
  /** Think Twice's own frame, holding the prompt. */
  frame: Frame;
  prompt: Locator;
  /** The titles of the concerns the prompt lists. */
  concerns: string[];
  /** How many posts the site had sent when the prompt showed (0: the post was held). */
  submitted: number;
}

/**
 * Opens `site`'s offline copy in a new page of `viewport`, types `text` into its first composer and
 * clicks its send control; resolves once Think Twice's prompt is on screen (faded in).
 */
export async function showPrompt(ext: Extension, site: string, viewport: { width: number; height: number }, text = RISKY): Promise<PromptShown> {
  const entry = COMPOSER_TABLE.find((s) => s.site === site);
  if (!entry) throw new Error(`No fixture for ${site}`);
  const spec = entry.composers[0]!;
  const page = await ext.context.newPage();
  try {
    return await promptOn(page, entry.site, spec, viewport, text);
  } catch (err) {
    await page.close();
    throw err;
  }
}

type Composer = (typeof COMPOSER_TABLE)[number]['composers'][number];

async function promptOn(page: Page, site: string, spec: Composer, viewport: { width: number; height: number }, text: string): Promise<PromptShown> {
  await page.setViewportSize(viewport);
  await page.goto(await serveFixture(page.context(), site));
  await page.waitForFunction(() => window.__fixtureReady === true);
  if (spec.open && (await page.locator(`${spec.scope} ${spec.editor}`).count()) === 0) await page.click(`${spec.scope} ${spec.open}`);
  await page.locator(`${spec.scope} ${spec.editor}`).click();
  await waitFocused(page, `${spec.scope} ${spec.editor}`);
  await page.keyboard.type(text);
  await page.click(`${spec.scope} ${spec.control}`);
  // The prompt is drawn in Think Twice's own frame, which the site cannot reach (nor can page locators).
  const frame = await ownFrame(page, 10_000);
  if (!frame) throw new Error("Think Twice's prompt frame did not appear");
  const prompt = frame.getByRole('alertdialog', { name: /If in doubt, don't post it!/ });
  await prompt.waitFor({ state: 'visible', timeout: 10_000 });
  const concerns = await prompt.locator('li.tt-concern .tt-concern-title').allTextContents();
  const submitted = await page.evaluate(() => window.__submits.length);
  await page.waitForTimeout(300); // let the prompt's fade-in finish
  return { page, frame, prompt, concerns, submitted };
}

/** Clicks the prompt's "Post anyway" and resolves with what the site then sent. */
export async function postAnyway(shown: PromptShown): Promise<string> {
  await shown.prompt.getByTestId('tt-post-anyway').click();
  await shown.page.waitForFunction(() => window.__submits.length === 1, null, { timeout: 5000 });
  return shown.page.evaluate(() => window.__submits[0]!.text);
}
