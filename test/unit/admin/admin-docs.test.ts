/** docs/admin.md's settings reference is generated from the schema: this fails when it is stale. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { ADMIN_DOC, withReference, renderReference, START, END } from '../../../scripts/gen-admin-docs';
import { describeFields, type FieldInfo } from '../../../src/settings/fields';

describe('docs/admin.md', () => {
  const doc = readFileSync(ADMIN_DOC, 'utf8');

  it('has an up-to-date settings reference (run `npx tsx scripts/gen-admin-docs.ts` to refresh it)', () => {
    expect(doc.includes(START) && doc.includes(END)).toBe(true);
    expect(withReference(doc)).toBe(doc);
  });

  it('the reference names every setting the schema has', () => {
    const ref = renderReference();
    const walk = (fields: FieldInfo[]): string[] =>
      fields.flatMap((f) => (f.kind === 'group' && f.children ? (f.path.startsWith('categories.') ? [] : walk(f.children)) : [f.path]));
    for (const path of walk(describeFields())) expect(ref, path).toContain('`' + path + '`');
    for (const key of ['enabled', 'action', 'severity', 'extraTerms', 'disabledRules']) expect(ref).toContain('`categories.<id>.' + key + '`');
  });

  it('covers each console, the validator and privacy', () => {
    for (const s of [
      'HKLM\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\<ID>\\policy',
      'HKLM\\Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\<ID>\\policy',
      'ExtensionInstallForcelist',
      'com.google.Chrome.extensions.<ID>',
      '/etc/opt/chrome/policies/managed/',
      '/etc/chromium/policies/managed/',
      '/etc/opt/edge/policies/managed/',
      '/etc/firefox/policies/policies.json',
      'ExtensionSettings',
      'Policy for extensions',
      'npm run --silent validate-config -- ',
      'npm run --silent check -- --settings',
      'Set by your school.',
      "Your school's configuration has a problem",
      'Nothing leaves the device',
    ])
      expect(doc, s).toContain(s);
  });
});
