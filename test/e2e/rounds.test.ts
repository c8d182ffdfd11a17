/**
 * 100 rounds of random drafts x random actions on the Lexical (Facebook) and Draft.js (X)
 * fixtures: no post is ever lost, altered or sent twice. Seeded, so a failure replays.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Extension } from './harness';
import { COMPOSER_TABLE, type ComposerSpec } from '../fixtures/composer-table';
import { RISKY, BENIGN, promptOf, submitsOf, focusEditor, perform, openFixture } from './composer-helpers';
import { mulberry32 as rng } from '../../scripts/lib/prng';

const ROUNDS = 100;

const DRAFTS = [
  RISKY,
  BENIGN,
  'Great match today, well done team',
  'my Year 9s are animals and I hate this job',
  'Trip forms due Friday please',
  'you are a total idiot @parent',
];

async function clearEditor(page: Page, spec: ComposerSpec): Promise<void> {
  await focusEditor(page, spec);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
}

for (const [site, composer, seed] of [
  ['facebook', 'fb-comment', 20261124],
  ['x', 'x-post', 424242],
] as const) {
  describe(`${ROUNDS} random rounds on ${site} (${composer})`, () => {
    let ext: Extension;
    let page: Page;
    beforeAll(async () => {
      ext = await launchWithExtension();
      page = await openFixture(ext.context, site);
    });
    afterAll(async () => {
      await ext?.close();
    });

    it('never loses a post and never sends one twice', { timeout: 300_000 }, async () => {
      const spec = COMPOSER_TABLE.find((s) => s.site === site)!.composers.find((c) => c.composer === composer)!;
      const random = rng(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
      const expected: string[] = [];
      await page.evaluate(() => window.__submits.splice(0));
      for (let round = 0; round < ROUNDS; round++) {
        const text = `${pick(DRAFTS)} #${round}`;
        await clearEditor(page, spec);
        await page.keyboard.type(text);
        const path = pick(spec.paths);
        await perform(page, spec, path);
        // The prompt is in Think Twice's own frame (there once the composer has been focused).
        const prompt = await promptOf(page);
        // Either the site accepted the post, or the prompt is up: wait for whichever comes first.
        const before = expected.length;
        await expect
          .poll(async () => (await submitsOf(page)).length > before || (await prompt.count()) > 0, {
            timeout: 5000,
            interval: 25,
            message: `round ${round}: neither sent nor prompted`,
          })
          .toBe(true);
        const shown = (await prompt.count()) > 0;
        if (shown) {
          const choice = pick(['post-anyway', 'edit', 'edit-then-post'] as const);
          if (choice === 'post-anyway') {
            await prompt.getByTestId('tt-post-anyway').click();
            expected.push(text);
          } else {
            await prompt.getByTestId('tt-edit').click();
            await prompt.waitFor({ state: 'detached' });
            if (choice === 'edit-then-post') {
              await perform(page, spec, path);
              await prompt.waitFor({ state: 'visible' });
              await prompt.getByTestId('tt-post-anyway').click();
              expected.push(text);
            }
          }
        } else {
          expected.push(text);
        }
        await page.waitForTimeout(60);
        const got = (await submitsOf(page)).map((s) => s.text.trim());
        expect(got, `after round ${round} (${path.kind}, "${text}")`).toEqual(expected);
      }
      // Both branches were exercised.
      expect(expected.length).toBeGreaterThan(10);
      expect(expected.length).toBeLessThan(ROUNDS);
    });
  });
}
