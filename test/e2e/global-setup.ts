/**
 * Runs once before the end-to-end suite: checks that the browser and the build are there, and
 * builds the fixture pages (test/fixtures) from the real editor libraries.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromePath, DIST, ROOT } from './harness';

export default async function setup(): Promise<void> {
  chromePath();
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: `npm run test:e2e` builds it first; run `npm run build`.');
  if (existsSync(join(ROOT, 'test/fixtures/build.ts')) && !process.env.TT_SKIP_FIXTURES) {
    const mod = (await import('../fixtures/build')) as { buildFixtures?: () => Promise<void> };
    await mod.buildFixtures?.();
  }
}
