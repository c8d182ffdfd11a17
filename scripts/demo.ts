/**
 * `npm run demo`: builds the extension and shows it working on offline copies of the sites.
 *
 * With a display it opens Chromium (headed) with Think Twice loaded on the X fixture and leaves it
 * open for you to try; without one it runs headless, drafts a risky post on every site's fixture,
 * saves a screenshot of each prompt (and of the popup, settings and policy pages) to demo-output/
 * and prints what happened. Either way dist/ is left behind, ready to load unpacked.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, ownFrame, ROOT } from '../test/e2e/harness';
import { serveFixture } from '../test/fixtures/serve';
import { buildFixtures } from '../test/fixtures/build';
import { COMPOSER_TABLE } from '../test/fixtures/composer-table';

const RISKY = '@sam you are a pathetic waste of space, and everyone knows Mr Jones is a thief';

async function waitFocused(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return !!el && (el === document.activeElement || el.contains(document.activeElement));
  }, selector);
}

async function main(): Promise<void> {
  console.log('Building the extension into dist/ ...');
  execSync('npx vite build --logLevel warn', { cwd: ROOT, stdio: 'inherit' });
  await buildFixtures();
  const headed = Boolean(process.env.DISPLAY) && !process.env.CI && !process.argv.includes('--headless');
  const out = join(ROOT, 'demo-output');
  mkdirSync(out, { recursive: true });
  const ext = await launchWithExtension({ headless: !headed });
  console.log(`Think Twice loaded (extension ID ${ext.id}).\n`);

  if (headed) {
    const page = await ext.context.newPage();
    await page.goto(await serveFixture(ext.context, 'x'));
    console.log('Chromium is open on an offline copy of X with Think Twice loaded. Type a post and press Post.');
    console.log('Close the browser window to finish.');
    await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
    return;
  }

  const shots: string[] = [];
  for (const site of COMPOSER_TABLE) {
    const spec = site.composers[0]!;
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    try {
      await page.goto(await serveFixture(ext.context, site.site));
      await page.waitForFunction(() => window.__fixtureReady === true);
      if (spec.open && (await page.locator(`${spec.scope} ${spec.editor}`).count()) === 0) await page.click(`${spec.scope} ${spec.open}`);
      await page.locator(`${spec.scope} ${spec.editor}`).click();
      await waitFocused(page, `${spec.scope} ${spec.editor}`);
      await page.keyboard.type(RISKY);
      await page.click(`${spec.scope} ${spec.control}`);
      // The prompt is drawn in Think Twice's own frame, which the site cannot reach (nor can page locators).
      const frame = await ownFrame(page, 10_000);
      if (!frame) throw new Error("Think Twice's prompt frame did not appear");
      const prompt = frame.getByRole('alertdialog', { name: /If in doubt, don't post it!/ });
      await prompt.waitFor({ state: 'visible', timeout: 10_000 });
      const concerns = await prompt.locator('li.tt-concern .tt-concern-title').allTextContents();
      const submitted = await page.evaluate(() => window.__submits.length);
      await page.waitForTimeout(300); // let the prompt's fade-in finish
      const file = join(out, `prompt-${site.site}.png`);
      await page.screenshot({ path: file });
      shots.push(file);
      console.log(`- ${site.site} (${spec.composer}): the post was held (${submitted} sent) and the prompt listed: ${concerns.join('; ')}`);
      await prompt.getByTestId('tt-post-anyway').click();
      await page.waitForFunction(() => window.__submits.length === 1, null, { timeout: 5000 });
      console.log(`  Post anyway sent it once: ${JSON.stringify(await page.evaluate(() => window.__submits[0]!.text))}`);
    } catch (err) {
      console.log(`- ${site.site}: the demo could not complete (${String(err).split('\n')[0]})`);
    }
    await page.close();
  }

  for (const [name, hash] of [
    ['popup', ''],
    ['options', ''],
    ['policy', '#clause-5-2'],
  ] as const) {
    const page = await ext.openPage(name, hash);
    await page.setViewportSize(name === 'popup' ? { width: 380, height: 600 } : { width: 1000, height: 800 });
    await page.waitForTimeout(400);
    const file = join(out, `${name}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
    await page.close();
  }
  console.log(`\nScreenshots:\n${shots.map((s) => '  ' + s).join('\n')}`);
  await ext.close();
  console.log('\nLoad dist/ as an unpacked extension (chrome://extensions, Developer mode, "Load unpacked").');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
