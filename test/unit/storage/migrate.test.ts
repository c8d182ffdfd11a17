/**
 * Stored data has a version, and the worker brings data kept by an earlier version up to date:
 * on old shapes (a snapshot with every pupil's name and no shape number, notes with matched text,
 * staff settings with keys this version does not know), idempotently.
 */
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser')).fakeBrowser }));

const { fakeBrowser } = await import('../fake-browser');
const { migrateStorage, pruneUnknownKeys, STORAGE_VERSION, STORAGE_VERSION_KEY } = await import('../../../src/background/migrate');
const { publishSnapshot } = await import('../../../src/background/settings');
const { SNAPSHOT_KEY, SNAPSHOT_SHAPE, isUsableSnapshot } = await import('../../../src/settings/snapshot');
const { snapshotOf } = await import('../../../src/settings/publish');
const { defaultSnapshot } = await import('../../../src/settings/default-snapshot');
const { FEEDBACK_KEY, localDate } = await import('../../../src/storage/notes');
const { DEVICE_PROBLEMS_KEY } = await import('../../../src/storage/device-problems');
const { resolveSettings } = await import('../../../src/settings/resolve');
const { activePack } = await import('../../../src/policy/active');
const { settingsSchema, DEFAULT_SETTINGS } = await import('../../../src/settings/schema');
const { BUILTIN_PACK } = await import('../../../src/policy/builtin');
type SettingsSnapshot = import('../../../src/settings/snapshot').SettingsSnapshot;

const ROOT = resolve(__dirname, '../../..');

/** The snapshot as the previous version published it: every pupil's name in it, no shape number. */
function oldSnapshot() {
  const resolved = resolveSettings({ pupilNames: ['Zebedee Quark', 'Harriet Moss'], schoolName: 'Oakfield Academy' }, {});
  return JSON.parse(JSON.stringify({ ...resolved, pack: activePack(resolved.settings), at: 1 })) as Record<string, unknown>;
}

const now = new Date();
const oldNote = (daysAgo: number) => ({
  at: new Date(now.getTime() - daysAgo * 86_400_000).toISOString(),
  site: 'x',
  ruleId: 'confidential/pupil-name',
  category: 'confidential',
  matched: 'Harriet Moss',
});

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.storage.managed.get = async () => ({ pupilNames: ['Zebedee Quark', 'Harriet Moss'] });
});

describe('migrating stored data', () => {
  it('stored data from before versioning is brought to the current version, and says so', async () => {
    fakeBrowser.data.set(SNAPSHOT_KEY, oldSnapshot());
    fakeBrowser.data.set(FEEDBACK_KEY, [oldNote(3), oldNote(200)]);
    fakeBrowser.data.set('settings', { showIndicator: false, legacyTheme: 'dark', categories: { offensive: { colour: 'red' } } });
    const report = await migrateStorage(now);
    expect(report).toEqual({
      from: 1,
      notesRewritten: true,
      snapshotRemoved: true,
      prunedSettings: ['legacyTheme', 'categories.offensive.colour'],
      skipped: false,
    });
    expect(fakeBrowser.data.get(STORAGE_VERSION_KEY)).toBe(STORAGE_VERSION);
    // Old notes: matched text gone, expired ones dropped.
    expect(fakeBrowser.data.get(FEEDBACK_KEY)).toEqual([
      {
        date: localDate(new Date(now.getTime() - 3 * 86_400_000)),
        site: 'x',
        ruleId: 'confidential/pupil-name',
        category: 'confidential',
        clause: '',
        source: 'rule',
      },
    ]);
    // The old snapshot (with the pupils' names) is gone; publishing puts a current one in its place.
    expect(fakeBrowser.data.has(SNAPSHOT_KEY)).toBe(false);
    await publishSnapshot();
    const snap = fakeBrowser.data.get(SNAPSHOT_KEY) as SettingsSnapshot;
    expect(snap.shape).toBe(SNAPSHOT_SHAPE);
    expect(JSON.stringify([...fakeBrowser.data.values()])).not.toMatch(/Harriet|Zebedee/);
    // Unknown staff keys are pruned; the rest kept.
    expect(fakeBrowser.data.get('settings')).toEqual({ showIndicator: false, categories: { offensive: {} } });
  });

  it('unknown staff settings are reported once', async () => {
    fakeBrowser.data.set('settings', { legacyTheme: 'dark' });
    await migrateStorage(now);
    const problems = fakeBrowser.data.get(DEVICE_PROBLEMS_KEY) as Array<{ id: string; kind: string; message: string }>;
    expect(problems).toEqual([expect.objectContaining({ id: 'settings-pruned', kind: 'notice', message: expect.stringContaining('legacyTheme') })]);
    // Dismissed by the staff member, then the worker starts again: nothing more to report.
    fakeBrowser.data.delete(DEVICE_PROBLEMS_KEY);
    expect((await migrateStorage(now)).prunedSettings).toEqual([]);
    expect(fakeBrowser.data.has(DEVICE_PROBLEMS_KEY)).toBe(false);
  });

  it('running the migration again changes nothing', async () => {
    fakeBrowser.data.set(SNAPSHOT_KEY, oldSnapshot());
    fakeBrowser.data.set(FEEDBACK_KEY, [oldNote(1)]);
    fakeBrowser.data.set('settings', { legacyTheme: 'dark', showIndicator: true });
    await migrateStorage(now);
    await publishSnapshot();
    const after = JSON.stringify([...fakeBrowser.data.entries()].filter(([k]) => k !== DEVICE_PROBLEMS_KEY));
    const sets = vi.spyOn(fakeBrowser.storage.local, 'set');
    const removes = vi.spyOn(fakeBrowser.storage.local, 'remove');
    expect(await migrateStorage(now)).toEqual({ from: STORAGE_VERSION, notesRewritten: false, snapshotRemoved: false, prunedSettings: [], skipped: false });
    expect(sets).not.toHaveBeenCalled();
    expect(removes).not.toHaveBeenCalled();
    expect(JSON.stringify([...fakeBrowser.data.entries()].filter(([k]) => k !== DEVICE_PROBLEMS_KEY))).toBe(after);
    sets.mockRestore();
    removes.mockRestore();
  });

  it('leaves data from a newer version alone (a downgrade)', async () => {
    fakeBrowser.data.set(STORAGE_VERSION_KEY, STORAGE_VERSION + 1);
    fakeBrowser.data.set('settings', { aNewerSetting: true });
    fakeBrowser.data.set(FEEDBACK_KEY, [{ some: 'future shape' }]);
    expect((await migrateStorage(now)).skipped).toBe(true);
    expect(fakeBrowser.data.get('settings')).toEqual({ aNewerSetting: true });
    expect(fakeBrowser.data.get(FEEDBACK_KEY)).toEqual([{ some: 'future shape' }]);
  });

  it('an empty (new) install only records the version', async () => {
    await migrateStorage(now);
    expect([...fakeBrowser.data.keys()]).toEqual([STORAGE_VERSION_KEY]);
  });

  it('a migration that fails is logged and never rejects', async () => {
    fakeBrowser.data.set('settings', { legacyTheme: 'dark' });
    fakeBrowser.setOptions({ failSet: () => new Error('IO error') });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(migrateStorage(now)).resolves.toMatchObject({ from: 1 });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('prunes only keys the schema does not know, as own keys (never "__proto__" or "constructor" as settings)', () => {
    const raw = JSON.parse(
      '{"__proto__": {"x": 1}, "constructor": 1, "toString": 2, "schoolName": "a", "sites": {"x": false, "myspace": true}, "timetable": {"anything": 1}}',
    ) as Record<string, unknown>;
    const { value, removed } = pruneUnknownKeys(settingsSchema, raw);
    expect(removed.sort()).toEqual(['__proto__', 'constructor', 'sites.myspace', 'toString']);
    expect(Object.keys(value)).toEqual(['schoolName', 'sites', 'timetable']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

describe('an old-shape snapshot after an upgrade', () => {
  it('content scripts do not use a snapshot of an older shape (they ask for a new one and use the defaults)', () => {
    expect(isUsableSnapshot(oldSnapshot())).toBe(false);
    const current = JSON.parse(JSON.stringify(snapshotOf(resolveSettings({}, {}), 0))) as Record<string, unknown>;
    expect(isUsableSnapshot(current)).toBe(true);
    // A field the prompt reads, missing (it would throw while drawing the prompt).
    const missing = structuredClone(current) as { settings: Record<string, unknown> };
    delete missing.settings.officialAccounts;
    expect(isUsableSnapshot(missing)).toBe(false);
    const noCategory = structuredClone(current) as { settings: { categories: Record<string, unknown> } };
    delete noCategory.settings.categories.offensive;
    expect(isUsableSnapshot(noCategory)).toBe(false);
    const badPrompt = structuredClone(current) as { pack: { prompt: Record<string, unknown> } };
    badPrompt.pack.prompt.heading = 7;
    expect(isUsableSnapshot(badPrompt)).toBe(false);
    for (const junk of [null, undefined, 'resolved', [], {}, { shape: SNAPSHOT_SHAPE }]) expect(isUsableSnapshot(junk)).toBe(false);
  });

  it('the defaults content scripts fall back on are the schema defaults and the built-in policy', () => {
    const d = defaultSnapshot();
    expect(isUsableSnapshot(d)).toBe(true);
    expect(d.settings).toEqual(DEFAULT_SETTINGS);
    expect(d.pack).toEqual(BUILTIN_PACK);
  });

  it('src/settings/defaults.json is up to date (run `npm run gen:schema` if this fails)', () => {
    expect(readFileSync(resolve(ROOT, 'src/settings/defaults.json'), 'utf8')).toBe(JSON.stringify(DEFAULT_SETTINGS, null, 2) + '\n');
  });
});
