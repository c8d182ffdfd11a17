/**
 * Admin configuration through the real browser policy mechanism: a policy file in
 * /etc/chromium/policies/managed/ reaches the extension, locks what it sets, is applied live
 * when the file changes (no restart), and a bad value is reported while the rest still applies.
 *
 * One browser for the whole file (2-core machines). The policy file has its own name so other
 * suites' files do not collide, and it is removed in afterAll whatever happens.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeManagedPolicy, launchWithExtension, DIST, policyUnavailableReason, eventually, type Extension } from './harness';

const POLICY_FILE = 'think-twice-admin-e2e.json';
const reason = policyUnavailableReason();
if (reason) console.log(`SKIPPED admin e2e tests: ${reason}.`);

/** Waits for the worker to publish a snapshot that satisfies `ok` (policy changes arrive in the browser's own time). */
async function snapshotWhere(ext: Extension, ok: (s: any) => boolean, timeoutMs = 25_000): Promise<any> {
  return eventually(
    async () => {
      const s = await ext.snapshot();
      return s && ok(s) ? s : null;
    },
    timeoutMs,
    250,
  );
}

describe.skipIf(reason !== null)('admin policy in Chromium', () => {
  let ext: Extension;
  let remove: () => void = () => {};

  beforeAll(async () => {
    remove = writeManagedPolicy(
      {
        schoolName: 'Ashbrook Academy',
        showIndicator: false,
        categories: { offensive: { action: 'reason', extraTerms: ['wazzock'] } },
      },
      POLICY_FILE,
    );
    ext = await launchWithExtension();
  });

  afterAll(async () => {
    remove();
    await ext?.close();
  });

  it('applies the school name and a custom term from the policy file', async () => {
    const snap = await snapshotWhere(ext, (s) => s.settings.schoolName === 'Ashbrook Academy');
    expect(snap.settings.categories.offensive.extraTerms).toEqual(['wazzock']);
    expect(snap.settings.categories.offensive.action).toBe('reason');
    expect(snap.locked).toEqual(expect.arrayContaining(['schoolName', 'showIndicator', 'categories.offensive.extraTerms', 'categories.offensive.action']));
    expect(snap.problems).toEqual([]);
    // The composer-level check of the custom term ("wazzock" raises an offensive concern) belongs
    // with the checker's end-to-end tests; here the resolved settings prove the term arrived.
    const popup = await ext.openPage('popup');
    await expect.poll(() => popup.getByText('Ashbrook Academy · social media policy').count()).toBe(1);
    expect(await popup.getByTestId('config-problems').count()).toBe(0);
    await popup.close();
  });

  it('shows admin-set fields as locked, and staff cannot change them', async () => {
    const options = await ext.openPage('options');
    await expect.poll(() => options.getByTestId('lock-schoolName').textContent(), { timeout: 10_000 }).toBe('Set by your school.');
    // showIndicator is a field staff may normally change; the admin set it, so it is locked.
    await expect.poll(() => options.locator('#f-showIndicator').isDisabled()).toBe(true);
    expect(await options.locator('#f-showIndicator').isChecked()).toBe(false);
    expect(await options.getByTestId('lock-showIndicator').textContent()).toBe('Set by your school.');

    // Even a direct write to the staff member's own storage does not override the admin's value.
    const before = await ext.snapshot();
    await ext.worker.evaluate(async () => {
      await chrome.storage.local.set({ settings: { showIndicator: true, schoolName: 'Staff Says' } });
    });
    const after = await snapshotWhere(ext, (s) => s.at > before.at, 10_000);
    expect(after.settings.showIndicator).toBe(false);
    expect(after.settings.schoolName).toBe('Ashbrook Academy');
    expect(await options.locator('#f-showIndicator').isChecked()).toBe(false);
    await options.close();
  });

  it('applies an edited policy file while the browser runs, without a restart', async () => {
    const popup = await ext.openPage('popup');
    await expect.poll(() => popup.getByText('Ashbrook Academy · social media policy').count()).toBe(1);
    const started = Date.now();
    writeManagedPolicy(
      { schoolName: 'Ashbrook Academy Sixth Form', showIndicator: false, categories: { offensive: { extraTerms: ['wazzock', 'numpty'] } } },
      POLICY_FILE,
    );
    const snap = await snapshotWhere(ext, (s) => s.settings.schoolName === 'Ashbrook Academy Sixth Form');
    console.log(`Chromium applied the edited policy file in ${((Date.now() - started) / 1000).toFixed(1)} s (no restart).`);
    expect(snap.settings.categories.offensive.extraTerms).toEqual(['wazzock', 'numpty']);
    // The action is no longer set by the admin: it is back to its default and unlocked.
    expect(snap.settings.categories.offensive.action).toBe('nudge');
    expect(snap.locked).not.toContain('categories.offensive.action');
    // The popup that was already open follows the change.
    await expect.poll(() => popup.getByText('Ashbrook Academy Sixth Form · social media policy').count(), { timeout: 10_000 }).toBe(1);
    await popup.close();
  });

  it('reports a bad value to the admin in the popup and the options page, and applies the rest', async () => {
    writeManagedPolicy(
      { schoolName: 'Ashbrook Academy (bad config)', safeguardingLead: { name: 'Ms Okonjo', email: 'safeguarding at ashbrook' } },
      POLICY_FILE,
    );
    const snap = await snapshotWhere(ext, (s) => s.settings.schoolName === 'Ashbrook Academy (bad config)');
    expect(snap.problems).toEqual([{ source: 'managed', path: 'safeguardingLead.email', message: 'must be an email address (or left empty)' }]);
    expect(snap.settings.safeguardingLead.email).toBe(''); // fell back
    expect(snap.settings.safeguardingLead.name).toBe('Ms Okonjo'); // the rest applies
    const expected = "Your school's configuration has a problem: safeguardingLead.email: must be an email address (or left empty)";
    for (const page of ['popup', 'options'] as const) {
      const p = await ext.openPage(page);
      await expect.poll(() => p.getByTestId('config-problems').getByText(expected).count(), { timeout: 10_000 }).toBe(1);
      if (page === 'popup') expect(await p.getByText('Ashbrook Academy (bad config) · social media policy').count()).toBe(1);
      else expect(await p.getByTestId('lock-schoolName').textContent()).toBe('Set by your school.');
      await p.close();
    }
  });

  it('a value outside a fixed list ("zap") reaches the extension and is reported; the rest of the category still applies', async () => {
    // Chromium validates policy against storage.managed_schema before the extension sees it, and a
    // value failing an "enum" or "pattern" drops the WHOLE top-level setting (here all of
    // "categories"), silently; chrome://policy shows the error. So whether the extension can name
    // the problem depends on managed_schema.json leaving enums and patterns to the extension.
    const schema = JSON.parse(readFileSync(join(DIST, 'managed_schema.json'), 'utf8'));
    // managed_schema.json leaves enums and patterns to the extension (src/settings/managed-schema.ts).
    expect(JSON.stringify(schema)).not.toMatch(/"(enum|pattern|minimum|maximum)"/);
    writeManagedPolicy(
      { schoolName: 'Ashbrook Academy (zap)', categories: { offensive: { action: 'zap', extraTerms: ['wazzock'] }, bullying: { action: 'block' } } },
      POLICY_FILE,
    );
    const snap = await snapshotWhere(ext, (s) => s.settings.schoolName === 'Ashbrook Academy (zap)');
    expect(snap.problems).toEqual([
      { source: 'managed', path: 'categories.offensive.action', message: 'must be one of: "nudge", "reason", "block" (found "zap")' },
    ]);
    expect(snap.settings.categories.offensive.action).toBe('nudge');
    expect(snap.settings.categories.offensive.extraTerms).toEqual(['wazzock']);
    expect(snap.settings.categories.bullying.action).toBe('block');
    const popup = await ext.openPage('popup');
    const expected = `Your school's configuration has a problem: categories.offensive.action: must be one of: "nudge", "reason", "block" (found "zap")`;
    await expect.poll(() => popup.getByTestId('config-problems').getByText(expected).count(), { timeout: 10_000 }).toBe(1);
    await popup.close();
  });
});
