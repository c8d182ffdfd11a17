/**
 * `npm run demo`: builds the extension and shows it working on offline copies of the sites.
 *
 * With a display it opens Chromium (headed) with Think Twice loaded and leaves it open for you to
 * try; without one it runs headless, saves a screenshot of each step to demo-output/ and prints
 * what happened. Either way dist/ is left behind, ready to load unpacked.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, ROOT, STRICT_CSP } from '../test/e2e/harness';

async function main(): Promise<void> {
  console.log('Building the extension into dist/ ...');
  execSync('npx vite build --logLevel warn', { cwd: ROOT, stdio: 'inherit' });
  const headed = Boolean(process.env.DISPLAY) && !process.env.CI && !process.argv.includes('--headless');
  const out = join(ROOT, 'demo-output');
  mkdirSync(out, { recursive: true });
  const ext = await launchWithExtension({ headless: !headed });
  console.log(`Think Twice loaded (extension ID ${ext.id}).`);

  const shots: string[] = [];
  const shot = async (page: import('playwright-core').Page, name: string) => {
    const file = join(out, `${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    shots.push(file);
  };

  await ext.serveHtml('https://x.com/home', '<!doctype html><html lang="en"><body><h1>X (offline demo page)</h1></body></html>', { csp: STRICT_CSP });
  const site = await ext.context.newPage();
  await site.goto('https://x.com/home');
  await site.locator('think-twice-root').waitFor({ state: 'attached' });
  console.log('- x.com: the content script is active under a strict CSP.');

  const popup = await ext.openPage('popup');
  await popup.setViewportSize({ width: 380, height: 420 });
  await popup.getByRole('heading', { name: 'Think Twice' }).waitFor();
  await shot(popup, '01-popup');
  console.log('- The popup opens.');

  const policy = await ext.openPage('policy', '#clause-5-2');
  await policy.locator('#clause-5-2').waitFor();
  await shot(policy, '02-policy-clause-5-2');
  console.log('- The policy page shows clause 5.2 at its anchor.');

  const options = await ext.openPage('options');
  await options.getByRole('heading', { name: 'Think Twice settings' }).waitFor();
  await shot(options, '03-options');
  console.log('- The options page lists every setting.');

  if (headed) {
    console.log('\nChromium is open with Think Twice loaded. Close the browser window to finish.');
    await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
  } else {
    console.log(`\nScreenshots:\n${shots.map((s) => '  ' + s).join('\n')}`);
    await ext.close();
  }
  console.log('\nLoad dist/ as an unpacked extension (chrome://extensions, Developer mode, "Load unpacked").');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
