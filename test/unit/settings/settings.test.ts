import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveSettings, validateLayer, isLocked, describeProblem } from '../../../src/settings/resolve';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../src/settings/schema';
import { describeFields, type FieldInfo } from '../../../src/settings/fields';
import { managedSchemaText, managedSchema } from '../../../src/settings/managed-schema';
import { BUILTIN_PACK } from '../../../src/policy/builtin';
import { activePack } from '../../../src/policy/active';

describe('settings layers', () => {
  it('uses the defaults when nothing is set', () => {
    const r = resolveSettings({}, {});
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.locked).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('applies staff choices over defaults, and the admin over both', () => {
    const r = resolveSettings(
      { showIndicator: true, schoolName: 'Oakfield Academy' },
      { showIndicator: false, freePeriods: [{ day: 'monday', period: 'Period 1' }] },
    );
    expect(r.settings.showIndicator).toBe(true);
    expect(r.settings.freePeriods).toEqual([{ week: 'any', day: 'monday', period: 'Period 1' }]);
    expect(r.settings.schoolName).toBe('Oakfield Academy');
    const staffOnly = resolveSettings({}, { showIndicator: false });
    expect(staffOnly.settings.showIndicator).toBe(false);
  });

  it('locks exactly what the admin set, down to nested fields', () => {
    const r = resolveSettings({ categories: { offensive: { action: 'reason' } } }, {});
    expect(r.locked).toEqual(['categories.offensive.action']);
    expect(isLocked(r, 'categories.offensive.action')).toBe(true);
    expect(isLocked(r, 'categories.offensive.extraTerms')).toBe(false);
    expect(isLocked(r, 'showIndicator')).toBe(false);
    // Sibling fields keep their defaults.
    expect(r.settings.categories.offensive).toEqual({ ...DEFAULT_SETTINGS.categories.offensive, action: 'reason' });
    expect(r.settings.categories.bullying).toEqual(DEFAULT_SETTINGS.categories.bullying);
  });

  it('ignores staff values for fields only the school may set', () => {
    const r = resolveSettings({}, { schoolName: 'Mine', categories: { offensive: { action: 'block', extraTerms: ['x'] } }, showIndicator: false });
    expect(r.settings.schoolName).toBe('');
    expect(r.settings.categories.offensive).toEqual(DEFAULT_SETTINGS.categories.offensive);
    expect(r.settings.showIndicator).toBe(false);
  });

  it('ignores staff values for locked fields', () => {
    const r = resolveSettings({ showIndicator: true }, { showIndicator: false });
    expect(r.settings.showIndicator).toBe(true);
    expect(r.locked).toContain('showIndicator');
  });

  it('ignores every staff value, and locks everything, when the admin turns staff changes off', () => {
    const r = resolveSettings({ staffMayChangeSettings: false }, { showIndicator: false });
    expect(r.settings.showIndicator).toBe(true);
    expect(r.staffMayChange).toBe(false);
    expect(isLocked(r, 'showIndicator')).toBe(true);
  });
});

describe('field-by-field fallback', () => {
  it('falls back for one bad admin value, reports it with its path, and applies the rest', () => {
    const r = resolveSettings(
      {
        schoolName: 'Oakfield Academy',
        showIndicator: 'yes',
        categories: { offensive: { action: 'zap', extraTerms: ['numpty'] }, bullying: { enabled: false } },
        safeguardingLead: { email: 'not-an-email', name: 'Ms Patel' },
      },
      {},
    );
    expect(r.settings.schoolName).toBe('Oakfield Academy');
    expect(r.settings.showIndicator).toBe(DEFAULT_SETTINGS.showIndicator);
    expect(r.settings.categories.offensive.action).toBe('nudge');
    expect(r.settings.categories.offensive.extraTerms).toEqual(['numpty']);
    expect(r.settings.categories.bullying.enabled).toBe(false);
    expect(r.settings.safeguardingLead.name).toBe('Ms Patel');
    expect(r.settings.safeguardingLead.email).toBe('');
    expect(r.problems.map((p) => p.path).sort()).toEqual(['categories.offensive.action', 'safeguardingLead.email', 'showIndicator']);
    const action = r.problems.find((p) => p.path === 'categories.offensive.action')!;
    expect(describeProblem(action)).toBe(
      'Your school\'s configuration has a problem: categories.offensive.action: must be one of: "nudge", "reason", "block" (found "zap")',
    );
    expect(r.problems.find((p) => p.path === 'showIndicator')!.message).toBe('must be true or false, not "yes"');
    // A bad value does not lock the field.
    expect(r.locked).not.toContain('showIndicator');
  });

  it('reports unknown settings and wrong shapes without throwing', () => {
    expect(resolveSettings({ shcoolName: 'typo' }, {}).problems).toEqual([
      { source: 'managed', path: 'shcoolName', message: 'is not a Think Twice setting (check the spelling)' },
    ]);
    for (const junk of [42, 'text', [], null, undefined, { categories: 'all' }, { categories: { offensive: [] } }]) {
      const r = resolveSettings(junk, junk);
      expect(r.settings).toBeDefined();
    }
    expect(resolveSettings([], {}).problems[0]!.path).toBe('(settings)');
  });

  it('rejects an invalid replacement policy pack path by path, keeping the built-in pack', () => {
    const r = resolveSettings({ policyPack: { ...BUILTIN_PACK, effectiveDate: 'soon', clauses: [] } }, {});
    expect(r.settings.policyPack).toBeUndefined();
    expect(activePack(r.settings)).toBe(BUILTIN_PACK);
    expect(r.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['policyPack.effectiveDate', 'policyPack.clauses']));
  });

  it('accepts a valid replacement policy pack', () => {
    const pack = { ...BUILTIN_PACK, id: 'our-policy', version: '2025' };
    const r = resolveSettings({ policyPack: pack }, {});
    expect(r.problems).toEqual([]);
    expect(activePack(r.settings).id).toBe('our-policy');
  });

  it('validateLayer returns only the valid values', () => {
    const v = validateLayer({ schoolName: 'A', trustName: 7 }, 'managed');
    expect(v.values).toEqual({ schoolName: 'A' });
    expect(v.paths).toEqual(['schoolName']);
    expect(v.problems).toHaveLength(1);
  });
});

describe('the schema as the single source of truth', () => {
  const walk = (fields: FieldInfo[]): FieldInfo[] => fields.flatMap((f) => [f, ...walk(f.children ?? [])]);

  it('gives every field a title and a description', () => {
    for (const f of walk(describeFields())) {
      expect(f.title, f.path).not.toBe(f.key);
      expect(f.description.length, f.path).toBeGreaterThan(10);
    }
  });

  it('describes every field in the managed schema too (admins read them in their consoles)', () => {
    const check = (node: any, path: string) => {
      if (path) {
        expect(node.title, path).toBeTruthy();
        expect(node.description, path).toBeTruthy();
      }
      for (const [k, v] of Object.entries(node.properties ?? {})) check(v, path ? `${path}.${k}` : k);
    };
    check(managedSchema(), '');
  });

  it('defaults parse', () => {
    expect(settingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
  });

  it('public/managed_schema.json is up to date (run `npm run gen:schema` if this fails)', () => {
    const committed = readFileSync(resolve(__dirname, '../../../public/managed_schema.json'), 'utf8');
    expect(committed).toBe(managedSchemaText());
  });

  it('the stale check notices a change', () => {
    const committed = readFileSync(resolve(__dirname, '../../../public/managed_schema.json'), 'utf8');
    const altered = JSON.parse(committed);
    altered.properties.schoolName.description = 'changed';
    expect(JSON.stringify(altered, null, 2) + '\n').not.toBe(managedSchemaText());
  });
});
