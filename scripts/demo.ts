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
import { launchWithExtension, ROOT } from '../test/e2e/harness';
import { serveFixture } from '../test/fixtures/serve';
import { buildFixtures } from '../test/fixtures/build';
import { COMPOSER_TABLE } from '../test/fixtures/composer-table';
import { postAnyway, showPrompt } from './lib/demo-steps';

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
    try {
      const shown = await showPrompt(ext, site.site, { width: 1100, height: 800 });
      try {
        const file = join(out, `prompt-${site.site}.png`);
        await shown.page.screenshot({ path: file });
        shots.push(file);
        console.log(`- ${site.site} (${spec.composer}): the post was held (${shown.submitted} sent) and the prompt listed: ${shown.concerns.join('; ')}`);
        console.log(`  Post anyway sent it once: ${JSON.stringify(await postAnyway(shown))}`);
      } finally {
        await shown.page.close();
      }
    } catch (err) {
      console.log(`- ${site.site}: the demo could not complete (${String(err).split('\n')[0]})`);
    }
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
