/**
 * The composer nudge, end to end: the built extension in Chromium, every site's fixture (built
 * from the editor library the site uses, served at the real URL under a strict CSP with Trusted
 * Types), every composer, every way of sending.
 *
 * For each: a risky draft is held and the prompt shown with nothing submitted; Edit post submits
 * nothing, keeps the text and returns focus; Post anyway submits exactly once with exactly the
 * drafted text; a benign draft goes straight through, once; a composer mounted later is hooked.
 */
import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Extension } from './harness';
import { COMPOSER_TABLE, describePath, type ComposerSpec, type Path } from '../fixtures/composer-table';
import {
  RISKY,
  BENIGN,
  BENIGN_WITH_MEDIA,
  MEDIA_COMPOSERS,
  promptOf,
  submitsOf,
  perform,
  editorText,
  waitForSubmits,
  openFixture,
  draftAndSend,
} from './composer-helpers';

for (const siteSpec of COMPOSER_TABLE) {
  describe(`${siteSpec.site} with Think Twice`, () => {
    let ext: Extension;
    let page: Page;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      ext = await launchWithExtension();
      page = await openFixture(ext.context, siteSpec.site);
      page.on('pageerror', (e) => pageErrors.push(e.message));
    });
    afterAll(async () => {
      await ext?.close();
    });
    // One failure must not leave a prompt up for the next case.
    afterEach(async () => {
      if (page && (await (await promptOf(page, 0)).count())) await page.keyboard.press('Escape');
    });

    // Drafts carry a case number, not the composer's name ("tiktok" itself reads as a video mention).
    let n = 0;
    const roundTrip = async (spec: ComposerSpec, path: Path) => {
      const text = `${RISKY} (case ${++n})`;
      await draftAndSend(page, spec, text, path);
      const prompt = await promptOf(page);
      await prompt.waitFor({ state: 'visible', timeout: 5000 });
      expect(await prompt.getAttribute('aria-modal')).toBe('true');
      await page.waitForTimeout(100);
      expect(await submitsOf(page), 'nothing is sent while the prompt is up').toEqual([]);

      // Edit post: nothing sent, text intact, focus back in the composer.
      await prompt.getByTestId('tt-edit').click();
      await prompt.waitFor({ state: 'detached' });
      expect(await submitsOf(page)).toEqual([]);
      expect((await editorText(page, spec)).trim()).toBe(text);
      await expect
        .poll(() => page.locator(`${spec.scope} ${spec.editor}`).evaluate((el) => el === document.activeElement || el.contains(document.activeElement)))
        .toBe(true);

      // Send again, then Post anyway: exactly one submit with exactly the drafted text.
      await perform(page, spec, path);
      const again = await promptOf(page);
      await again.waitFor({ state: 'visible' });
      await again.getByTestId('tt-post-anyway').click();
      const sent = await waitForSubmits(page);
      expect(sent.map((s) => ({ composer: s.composer, text: s.text.trim() }))).toEqual([{ composer: spec.composer, text }]);
      // Sites clear their composer after a post; start the next case clean.
      await page.evaluate(() => window.__submits.splice(0));
    };

    for (const spec of siteSpec.composers) {
      for (const path of spec.paths) {
        it(`${spec.composer}: a risky draft is held (${describePath(path)}); Edit post keeps it; Post anyway sends it once`, async () => {
          await roundTrip(spec, path);
        });
        it(`${spec.composer}: a benign draft goes straight through (${describePath(path)})`, async () => {
          const text = `${MEDIA_COMPOSERS.has(spec.composer) ? BENIGN_WITH_MEDIA : BENIGN} (case ${++n})`;
          await draftAndSend(page, spec, text, path);
          const sent = await waitForSubmits(page).catch(async (err) => {
            throw new Error(
              `no submit: editor holds ${JSON.stringify(await editorText(page, spec))}, prompt shown: ${await (await promptOf(page)).count()} (${String(err)})`,
            );
          });
          expect(sent).toEqual([{ composer: spec.composer, text, via: path.via }]);
          expect(await (await promptOf(page)).count()).toBe(0);
        });
      }
    }

    if (siteSpec.composers.some((c) => MEDIA_COMPOSERS.has(c.composer))) {
      it('asks about consent when a post about pupils has a photo attached (5.5)', async () => {
        const spec = siteSpec.composers.find((c) => MEDIA_COMPOSERS.has(c.composer))!;
        await draftAndSend(page, spec, BENIGN, spec.paths[0]!);
        const prompt = await promptOf(page);
        await prompt.waitFor({ state: 'visible' });
        const consent = prompt.locator('li[data-category="consent"]');
        expect(await consent.count()).toBe(1);
        expect(await consent.textContent()).toContain('5.5');
        await prompt.getByTestId('tt-post-anyway').click();
        expect((await waitForSubmits(page)).map((s) => s.text.trim())).toEqual([BENIGN]);
        await page.evaluate(() => window.__submits.splice(0));
      });
    }

    it('hooks a composer mounted after the page loaded', async () => {
      const like = siteSpec.composers.find((c) => c.composer === siteSpec.later.like)!;
      const name = await page.evaluate(() => window.__mountLater(50));
      const spec: ComposerSpec = { ...like, composer: name, scope: siteSpec.later.scope(name) };
      await expect.poll(() => page.locator(`${spec.scope} ${spec.open ?? spec.editor}`).count()).toBe(1);
      await roundTrip(spec, spec.paths[0]!);
    });

    it('caused no page errors', () => {
      expect(pageErrors).toEqual([]);
    });
  });
}
