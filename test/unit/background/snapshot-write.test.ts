/**
 * Publishing the settings snapshot when storage refuses it: never an unhandled rejection, a smaller
 * snapshot when size is the cause, and a problem the popup shows when it cannot be saved at all.
 */
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser')).fakeBrowser }));

const { fakeBrowser } = await import('../fake-browser');
const { publishSnapshot, isQuotaError } = await import('../../../src/background/settings');
const { SNAPSHOT_KEY, isUsableSnapshot } = await import('../../../src/settings/snapshot');
const { DEVICE_PROBLEMS_KEY, SNAPSHOT_WRITE_FAILED } = await import('../../../src/storage/device-problems');
const { BUILTIN_PACK } = await import('../../../src/policy/builtin');
type SettingsSnapshot = import('../../../src/settings/snapshot').SettingsSnapshot;

const QUOTA = () => new Error('QUOTA_BYTES quota exceeded');
const problems = () => (fakeBrowser.data.get(DEVICE_PROBLEMS_KEY) as Array<{ id: string; kind: string; message: string }> | undefined) ?? [];

/** A school's own policy pack with long clause texts: the snapshot's bulk. */
const bigPack = { ...structuredClone(BUILTIN_PACK), id: 'school-pack', clauses: BUILTIN_PACK.clauses.map((c) => ({ ...c, text: 'x'.repeat(10_000) })) };

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.storage.managed.get = async () => ({ schoolName: 'Oakfield Academy', policyPack: bigPack });
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'info').mockImplementation(() => {});
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
  vi.restoreAllMocks();
});

describe('a snapshot that storage refuses', () => {
  it('a failed snapshot write is reported, not swallowed', async () => {
    fakeBrowser.setOptions({ failSet: (items) => (SNAPSHOT_KEY in items ? new Error('IO error: the disk is on fire') : undefined) });
    await expect(publishSnapshot()).resolves.not.toBeUndefined();
    await new Promise((r) => setTimeout(r, 20));
    expect(unhandled).toEqual([]);
    expect(problems()).toEqual([
      expect.objectContaining({ id: SNAPSHOT_WRITE_FAILED, kind: 'problem', message: expect.stringMatching(/posts may not be checked/) }),
    ]);
  });

  it('a snapshot too large for storage is saved smaller, with what content scripts read', async () => {
    let attempts = 0;
    fakeBrowser.setOptions({
      failSet: (items) => {
        if (!(SNAPSHOT_KEY in items)) return undefined;
        attempts++;
        return JSON.stringify(items).length > 50_000 ? QUOTA() : undefined;
      },
    });
    await publishSnapshot();
    expect(attempts).toBe(2);
    const saved = fakeBrowser.data.get(SNAPSHOT_KEY) as SettingsSnapshot;
    expect(isUsableSnapshot(saved)).toBe(true);
    expect(saved.pack.categories).toEqual(bigPack.categories);
    expect(saved.pack.prompt).toEqual(bigPack.prompt);
    expect(saved.settings.policyPack).toBeUndefined();
    expect(problems()).toEqual([]);
  });

  it('too large even made smaller: reported, and the next successful write clears the report', async () => {
    fakeBrowser.setOptions({ failSet: (items) => (SNAPSHOT_KEY in items ? QUOTA() : undefined) });
    await publishSnapshot();
    expect(problems().map((p) => p.id)).toEqual([SNAPSHOT_WRITE_FAILED]);
    fakeBrowser.setOptions({});
    await publishSnapshot();
    expect(problems()).toEqual([]);
    expect(isUsableSnapshot(fakeBrowser.data.get(SNAPSHOT_KEY))).toBe(true);
  });

  it('never rejects, even when the settings cannot be read or the problem cannot be recorded', async () => {
    fakeBrowser.setOptions({ failSet: () => QUOTA() });
    await expect(publishSnapshot()).resolves.toBeDefined();
    const get = fakeBrowser.storage.local.get;
    fakeBrowser.storage.local.get = async () => {
      throw new Error('storage is gone');
    };
    try {
      await expect(publishSnapshot()).resolves.toBeDefined();
    } finally {
      fakeBrowser.storage.local.get = get;
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(unhandled).toEqual([]);
  });

  it('knows a quota error when it sees one', () => {
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaError(new Error('IO error'))).toBe(false);
  });
});
