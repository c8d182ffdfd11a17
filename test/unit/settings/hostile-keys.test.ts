/**
 * Settings from managed policy and from storage.local are input: any key, any depth, any size.
 * A key named like something every object inherits (constructor, toString, __proto__ ...) must be
 * reported as unknown and ignored like any misspelling; it must never make the whole layer
 * unreadable, because the fallback for an unreadable layer is the defaults with every lock lifted
 * (school name empty, staff may change everything, a "block" category back to "nudge").
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { resolveSettings, validateLayer, isLocked, type ResolvedSettings, type SettingsProblem } from '../../../src/settings/resolve';
import { settingsSchema } from '../../../src/settings/schema';
import { BUILTIN_PACK } from '../../../src/policy/builtin';
import { activePack } from '../../../src/policy/active';
import { BUILTIN_KEYS, builtinKey, clone, hostileValue, nested, objectAt, prototypeChanges, setAtPath, withKey } from './hostile-input';

const SCHOOL = 'Oakfield Academy';
const UNKNOWN = 'is not a Think Twice setting (check the spelling)';
const SETTING_KEYS = Object.keys(settingsSchema.shape);

/** A valid managed policy: every lock the tests check, a timetable, free periods and a replacement pack. */
function managedBase(): Record<string, unknown> {
  return clone({
    schoolName: SCHOOL,
    staffMayChangeSettings: false,
    categories: { offensive: { action: 'block' }, bullying: { action: 'reason', extraTerms: ['numpty'] } },
    safeguardingLead: { name: 'Sam Patel', email: 'dsl@oakfield.example' },
    toneModel: { enabled: true },
    sites: { x: true },
    timetable: {
      weeks: [{ days: { monday: [{ name: 'Period 1', start: '09:00', end: '10:00' }] } }],
      terms: [{ name: 'Autumn 1', start: '2025-09-03', end: '2025-10-24' }],
    },
    freePeriods: [{ day: 'monday', period: 'Period 1' }],
    policyPack: { ...BUILTIN_PACK, id: 'oakfield-2025' },
  });
}

/** Every object in managedBase(), by dotted path ('' is the top level). */
const MANAGED_CONTAINERS = [
  '',
  'categories',
  'categories.offensive',
  'categories.bullying',
  'safeguardingLead',
  'toneModel',
  'sites',
  'timetable',
  'timetable.weeks.0',
  'timetable.weeks.0.days',
  'timetable.weeks.0.days.monday.0',
  'timetable.terms.0',
  'freePeriods.0',
  'policyPack',
  'policyPack.prompt',
  'policyPack.clauses.3',
  'policyPack.categories.5',
];

/** Settings whose values the properties check; junk goes everywhere else. */
function expectLocksHold(r: ResolvedSettings): void {
  expect(r.settings.schoolName).toBe(SCHOOL);
  expect(r.settings.categories.offensive.action).toBe('block');
  expect(r.settings.categories.bullying.action).toBe('reason');
  expect(r.staffMayChange).toBe(false);
  expect(r.locked).toEqual(expect.arrayContaining(['schoolName', 'staffMayChangeSettings', 'categories.offensive.action', 'categories.bullying.action']));
  expect(isLocked(r, 'schoolName')).toBe(true);
  expect(isLocked(r, 'showIndicator')).toBe(true);
}

function expectReadable(r: ResolvedSettings): void {
  // The catch-all in resolveSettings says "could not be read"; it must never be reached.
  expect(r.problems.filter((p) => p.message.startsWith('could not be read'))).toEqual([]);
}

const pathsOf = (problems: SettingsProblem[], source: SettingsProblem['source']) =>
  [...new Set(problems.filter((p) => p.source === source).map((p) => p.path))].sort();
const join = (container: string, key: string) => (container ? `${container}.${key}` : key);

describe('settings: keys named like built-in object properties', () => {
  it.each(BUILTIN_KEYS)('a key named %s is reported and its siblings still apply', (key) => {
    // As Chrome hands managed policy over: parsed JSON, so "__proto__" is an own key.
    const managed = JSON.parse(`{
      "schoolName": "${SCHOOL}", "staffMayChangeSettings": false, "${key}": true,
      "categories": { "${key}": {}, "offensive": { "action": "block", "${key}": "block" }, "bullying": { "action": "reason" } },
      "safeguardingLead": { "name": "Sam Patel", "${key}": 1 }
    }`);
    const r = resolveSettings(managed, {});
    expectReadable(r);
    expectLocksHold(r);
    expect(r.settings.safeguardingLead.name).toBe('Sam Patel');
    expect(r.problems).toEqual(
      [key, `categories.${key}`, `categories.offensive.${key}`, `safeguardingLead.${key}`].map((path) => ({ source: 'managed', path, message: UNKNOWN })),
    );
    expect(prototypeChanges()).toEqual([]);
  });

  it.each(BUILTIN_KEYS)("a key named %s in the staff layer is reported and the staff member's other choices still apply", (key) => {
    const staff = JSON.parse(
      `{ "showIndicator": false, "${key}": {}, "timetable": { "${key}": [], "weeks": [{ "${key}": 0, "days": { "tuesday": [{ "name": "P1", "start": "09:00", "end": "10:00", "${key}": "x" }] } }] } }`,
    );
    const r = resolveSettings({ schoolName: SCHOOL }, staff);
    expectReadable(r);
    expect(r.settings.schoolName).toBe(SCHOOL);
    expect(r.staffMayChange).toBe(true);
    expect(r.settings.showIndicator).toBe(false);
    expect(r.settings.timetable?.weeks[0]?.days.tuesday[0]?.name).toBe('P1');
    expect(pathsOf(r.problems, 'staff')).toEqual([key, `timetable.${key}`, `timetable.weeks.0.${key}`, `timetable.weeks.0.days.tuesday.0.${key}`].sort());
  });

  it.each(BUILTIN_KEYS)('a key named %s inside a replacement pack is reported, and the pack still applies', (key) => {
    const managed = managedBase();
    withKey(objectAt(managed, 'policyPack.clauses.0'), key, 'x');
    withKey(objectAt(managed, 'policyPack.prompt'), key, {});
    const r = resolveSettings(clone(managed), {});
    expectLocksHold(r);
    expect(activePack(r.settings).id).toBe('oakfield-2025');
    expect(r.problems.map((p) => p.path).sort()).toEqual([`policyPack.clauses.0.${key}`, `policyPack.prompt.${key}`].sort());
  });

  it('a "__proto__" key is stored nowhere as a prototype, and pollutes nothing', () => {
    const text =
      '{"__proto__": {"polluted": 1}, "categories": {"__proto__": {"polluted": 2}, "offensive": {"__proto__": {"action": "nudge"}, "action": "block"}}}';
    const layer = validateLayer(JSON.parse(text), 'managed');
    expect(Object.getPrototypeOf(layer.values)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(layer.values.categories)).toBe(Object.prototype);
    expect(layer.problems.map((p) => p.path)).toEqual(['__proto__', 'categories.__proto__', 'categories.offensive.__proto__']);
    const r = resolveSettings(JSON.parse(text), JSON.parse(text));
    expect(r.settings.categories.offensive.action).toBe('block');
    expect(Object.getPrototypeOf(r.settings)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(r.settings.categories.offensive)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeChanges()).toEqual([]);
  });

  it('property: built-in key names at random depths never lift a lock, and each is reported by its dotted path', () => {
    const injection = fc.record({ at: fc.constantFrom(...MANAGED_CONTAINERS), key: builtinKey, value: fc.jsonValue({ maxDepth: 2 }) });
    const staffInjection = fc.record({ at: fc.constantFrom('', 'categories', 'categories.offensive'), key: builtinKey, value: fc.jsonValue({ maxDepth: 2 }) });
    fc.assert(
      fc.property(fc.array(injection, { minLength: 1, maxLength: 6 }), fc.array(staffInjection, { maxLength: 3 }), (managedKeys, staffKeys) => {
        const managed = managedBase();
        for (const k of managedKeys) withKey(objectAt(managed, k.at), k.key, k.value);
        const staff = clone({ schoolName: 'Not the school', showIndicator: false, categories: { offensive: { action: 'nudge' } } });
        for (const k of staffKeys) withKey(objectAt(staff, k.at), k.key, k.value);
        const r = resolveSettings(clone(managed), clone(staff));
        expectReadable(r);
        expectLocksHold(r);
        expect(r.settings.showIndicator).toBe(true); // the staff value is ignored: staff may change nothing
        expect(activePack(r.settings).id).toBe('oakfield-2025');
        expect(r.settings.timetable?.terms[0]?.name).toBe('Autumn 1');
        expect(r.settings.freePeriods).toEqual([{ week: 'any', day: 'monday', period: 'Period 1' }]);
        expect(pathsOf(r.problems, 'managed')).toEqual([...new Set(managedKeys.map((k) => join(k.at, k.key)))].sort());
        expect(pathsOf(r.problems, 'staff')).toEqual([...new Set(staffKeys.map((k) => join(k.at, k.key)))].sort());
        for (const p of r.problems) expect(p.message).toBe(UNKNOWN);
        expect(prototypeChanges()).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('property: junk in one setting, built-in keys included, never reaches its siblings', () => {
    const targets = [
      'trustName',
      'categories.bullying.extraTerms',
      'categories.reporting',
      'safeguardingLead',
      'toneModel',
      'sites',
      'timetable',
      'policyPack',
      'freePeriods',
      'pupilNames',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...targets), hostileValue(SETTING_KEYS), (target, junk) => {
        const managed = managedBase();
        setAtPath(managed, target, junk);
        const r = resolveSettings(managed, {});
        expectReadable(r);
        expect(r.settings.schoolName).toBe(SCHOOL);
        expect(r.settings.categories.offensive.action).toBe('block');
        expect(r.staffMayChange).toBe(false);
        for (const p of r.problems) expect(p.path === target || p.path.startsWith(target + '.'), `${p.path}: ${p.message}`).toBe(true);
        expect(settingsSchema.safeParse(r.settings).success).toBe(true);
        expect(prototypeChanges()).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('property: arbitrary JSON in either layer never throws, never pollutes a prototype, and names every unknown key', () => {
    const layer = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      hostileValue(SETTING_KEYS),
      fc.dictionary(fc.oneof(builtinKey, fc.constantFrom(...SETTING_KEYS)), hostileValue(SETTING_KEYS), { maxKeys: 8 }),
    );
    fc.assert(
      fc.property(layer, layer, (managed, staff) => {
        const r = resolveSettings(managed, staff);
        expectReadable(r);
        expect(settingsSchema.safeParse(r.settings).success).toBe(true);
        if (typeof managed === 'object' && managed !== null && !Array.isArray(managed)) {
          for (const k of Object.keys(managed)) {
            if (!SETTING_KEYS.includes(k)) expect(r.problems).toContainEqual({ source: 'managed', path: k, message: UNKNOWN });
          }
        }
        expect(prototypeChanges()).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('property: 10,000 levels of nesting anywhere are read without overflowing the stack, and reported where they start', () => {
    // As an unknown key in any object, or as the value of a setting other than the ones checked.
    const unknownAt = fc
      .record({ at: fc.constantFrom(...MANAGED_CONTAINERS), key: fc.oneof(builtinKey, fc.constant('deep')) })
      .map((x) => ({ path: join(x.at, x.key), exact: true }));
    const valueAt = fc
      .constantFrom(
        'trustName',
        'categories.reporting',
        'categories.bullying.extraTerms',
        'safeguardingLead.role',
        'timetable.weeks.0.days.monday.0.name',
        'timetable.terms',
        'freePeriods.0',
        'policyPack.clauses.0.text',
        'policyPack.prompt',
      )
      .map((path) => ({ path, exact: false }));
    fc.assert(
      fc.property(
        fc.oneof(unknownAt, valueAt),
        fc.oneof(builtinKey, fc.constantFrom('a', 'schoolName', 'categories')),
        fc.integer({ min: 10_000, max: 12_000 }),
        fc.boolean(),
        (where, key, depth, asList) => {
          const managed = managedBase();
          // Built in a loop: objects with one key each, or lists in lists.
          let deep: unknown = 'x';
          if (asList) for (let i = 0; i < depth; i++) deep = [deep];
          else deep = nested(depth, key);
          setAtPath(managed, where.path, deep);
          const r = resolveSettings(managed, managed);
          expectReadable(r);
          expectLocksHold(r);
          const paths = pathsOf(r.problems, 'managed');
          if (where.exact) expect(paths).toEqual([where.path]);
          else {
            expect(paths.length).toBeGreaterThan(0);
            for (const p of paths) expect(p === where.path || p.startsWith(where.path + '.'), p).toBe(true);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a settings object nested 100,000 levels deep under built-in names is reported at its first level', () => {
    for (const key of BUILTIN_KEYS) {
      const r = resolveSettings(withKey({ schoolName: SCHOOL, staffMayChangeSettings: false }, key, nested(100_000, key)), nested(100_000, key));
      expectReadable(r);
      expect(r.settings.schoolName).toBe(SCHOOL);
      expect(r.staffMayChange).toBe(false);
      expect(r.problems.map((p) => p.path)).toEqual([key, key]);
    }
  });

  it('property: huge lists are reported by their path and the other settings still apply', () => {
    // [path, the most entries allowed, a valid entry]
    const lists: [string, number, unknown][] = [
      ['pupilNames', 5000, 'Alex Smith'],
      ['schoolAliases', 20, 'Oakfield'],
      ['categories.bullying.extraTerms', 500, 'numpty'],
      ['freePeriods', 100, { day: 'monday', period: 'Period 1' }],
      ['timetable.closures', 200, { date: '2025-10-10', kind: 'inset' }],
      ['policyPack.clauses', 500, BUILTIN_PACK.clauses[0]],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.integer({ min: 20_000, max: 60_000 }), builtinKey, ([path, , entry], length, key) => {
        const managed = managedBase();
        const list = new Array<unknown>(length).fill(entry);
        // One entry carries a built-in key (where entries are objects): reported by its index.
        const odd = length - 1;
        if (typeof entry === 'object') list[odd] = withKey({ ...(entry as object) }, key, 1);
        setAtPath(managed, path, list);
        const r = resolveSettings(managed, {});
        expectReadable(r);
        expectLocksHold(r);
        const paths = pathsOf(r.problems, 'managed');
        expect(paths).toContain(path);
        if (typeof entry === 'object') expect(paths).toContain(`${path}.${odd}.${key}`);
        for (const p of paths) expect(p === path || p.startsWith(path + '.'), p).toBe(true);
      }),
      { numRuns: 12 },
    );
  });
});
