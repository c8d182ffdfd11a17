/** The popup's "Report a concern" section from a real admin policy file (sections 7, 8, 9). */
import { describe, it, expect } from 'vitest';
import { launchWithExtension, writeManagedPolicy, policyUnavailableReason, eventually, type Extension } from './harness';
import { COMPOSER_TABLE } from '../fixtures/composer-table';
import { BENIGN, promptOf, waitForSubmits, openFixture, draftAndSend } from './composer-helpers';

describe('report a concern', () => {
  const reason = policyUnavailableReason();
  if (reason) console.log(`SKIPPED report-a-concern policy test: ${reason}.`);

  it.skipIf(reason !== null)('shows the safeguarding lead and contact routes the school set', async () => {
    const remove = writeManagedPolicy(
      {
        schoolName: 'Oakfield Primary',
        safeguardingLead: {
          name: 'Ms Priya Shah',
          email: 'dsl@oakfield.example.org',
          phone: '01632 960123',
          reportUrl: 'https://oakfield.example.org/concern',
        },
      },
      'think-twice-report-e2e.json',
    );
    let ext: Extension | undefined;
    try {
      ext = await launchWithExtension();
      await eventually(async () => (await ext!.snapshot())?.settings.safeguardingLead.name === 'Ms Priya Shah');
      const popup = await ext.openPage('popup');
      const section = popup.getByTestId('report-concern');
      await expect.poll(() => section.textContent()).toContain('Ms Priya Shah');
      expect(await section.getByRole('link', { name: 'dsl@oakfield.example.org' }).getAttribute('href')).toBe('mailto:dsl@oakfield.example.org');
      expect(await section.getByRole('link', { name: '01632 960123' }).getAttribute('href')).toBe('tel:01632960123');
      expect(await section.getByRole('link', { name: "The school's reporting form" }).getAttribute('href')).toBe('https://oakfield.example.org/concern');
      await section.getByText('What to do').click();
      expect(await section.textContent()).toContain('tell the lead safeguarding officer straight away');
      expect(await section.textContent()).toContain('Keep records');
    } finally {
      remove();
      await ext?.close();
    }
  });
});

describe("consent for pupils' images, required by the school (5.5)", () => {
  const reason = policyUnavailableReason();
  it.skipIf(reason !== null)('Post anyway stays disabled until the consent box is ticked', async () => {
    const remove = writeManagedPolicy({ requireConsentConfirmation: true }, 'think-twice-consent-e2e.json');
    let ext: Extension | undefined;
    try {
      ext = await launchWithExtension();
      await eventually(async () => (await ext!.snapshot())?.settings.requireConsentConfirmation === true);
      const spec = COMPOSER_TABLE.find((s) => s.site === 'instagram')!.composers.find((c) => c.composer === 'ig-caption')!;
      const page = await openFixture(ext.context, 'instagram');
      await draftAndSend(page, spec, BENIGN, spec.paths[0]!);
      const prompt = await promptOf(page);
      await prompt.waitFor({ state: 'visible' });
      const postAnyway = prompt.getByTestId('tt-post-anyway');
      expect(await postAnyway.isDisabled()).toBe(true);
      await prompt.getByLabel(/Has consent been given for every pupil shown\?/).check();
      expect(await postAnyway.isDisabled()).toBe(false);
      await postAnyway.click();
      expect((await waitForSubmits(page)).map((s) => s.text.trim())).toEqual([BENIGN]);
    } finally {
      remove();
      await ext?.close();
    }
  });
});
