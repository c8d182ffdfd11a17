/**
 * The pupil list stays in the worker: the snapshot every social site's content script reads holds
 * no names, and a content script asks the worker which names its draft contains.
 */
import { describe, it, expect, vi, beforeEach } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser')).fakeBrowser }));

const { fakeBrowser, EXTENSION_ID } = await import('../fake-browser');
const { handleMessage } = await import('../../../src/background/handle-message');
const { publishSnapshot } = await import('../../../src/background/settings');
const { SNAPSHOT_KEY, isUsableSnapshot } = await import('../../../src/settings/snapshot');
const { createPupilLookup } = await import('../../../src/content/pupil-lookup');
const { evaluateDraft } = await import('../../../src/content/evaluate');
const { resolveSettings } = await import('../../../src/settings/resolve');
const { activePack } = await import('../../../src/policy/active');
type SettingsSnapshot = import('../../../src/settings/snapshot').SettingsSnapshot;

const PUPILS = ['Zebedee Quark', 'Harriet Moss', 'Chloé Okafor'];
const FROM_TAB = { id: EXTENSION_ID, tab: { id: 4 }, url: 'https://x.com/home' } as never;

/** The school's names as managed policy gives them. */
function schoolSets(managed: Record<string, unknown>) {
  fakeBrowser.storage.managed.get = async () => structuredClone(managed);
}

beforeEach(() => {
  fakeBrowser.reset();
  schoolSets({ pupilNames: PUPILS, schoolName: 'Oakfield Academy' });
});

describe('the settings snapshot content scripts read', () => {
  it('the settings snapshot every site reads holds no pupil names', async () => {
    await publishSnapshot();
    const stored = fakeBrowser.data.get(SNAPSHOT_KEY) as SettingsSnapshot;
    expect(stored.settings.pupilNames).toEqual([]);
    expect(stored.hasPupilNames).toBe(true);
    expect(isUsableSnapshot(stored)).toBe(true);
    const all = JSON.stringify([...fakeBrowser.data.values()]);
    for (const name of ['Zebedee', 'Harriet', 'Okafor']) expect(all).not.toContain(name);
  });

  it('says there are no names to ask about when the school set none', async () => {
    schoolSets({ schoolName: 'Oakfield Academy' });
    await publishSnapshot();
    expect((fakeBrowser.data.get(SNAPSHOT_KEY) as SettingsSnapshot).hasPupilNames).toBe(false);
  });
});

describe("the worker's answer to 'match-pupils'", () => {
  it('returns only the names that occur in the text, ignoring case and accents', async () => {
    await publishSnapshot();
    expect(await handleMessage({ type: 'match-pupils', text: 'Well done chloe okafor and HARRIET MOSS!' }, FROM_TAB)).toEqual({
      names: ['Harriet Moss', 'Chloé Okafor'],
    });
    expect(await handleMessage({ type: 'match-pupils', text: 'A lovely day at the seaside' }, FROM_TAB)).toEqual({ names: [] });
  });

  it('answers from the settings even in a worker that has just woken (nothing published yet)', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/background/handle-message');
    expect(await fresh.handleMessage({ type: 'match-pupils', text: 'Zebedee Quark won' }, FROM_TAB)).toEqual({ names: ['Zebedee Quark'] });
  });

  it('follows the school changing its list', async () => {
    await publishSnapshot();
    schoolSets({ pupilNames: ['Ada Lovelace'] });
    await publishSnapshot();
    expect(await handleMessage({ type: 'match-pupils', text: 'Zebedee Quark and Ada Lovelace' }, FROM_TAB)).toEqual({ names: ['Ada Lovelace'] });
  });

  it('answers nobody but this extension, and nothing that is not a well-formed request', async () => {
    await publishSnapshot();
    expect(await handleMessage({ type: 'match-pupils', text: 'Zebedee Quark' }, { id: 'another-extension', tab: { id: 4 } } as never)).toBeUndefined();
    expect(await handleMessage({ type: 'match-pupils', text: 42 }, FROM_TAB)).toBeUndefined();
    expect(await handleMessage({ type: 'match-pupils' }, FROM_TAB)).toBeUndefined();
  });
});

describe('the content script asks for a check rather than holding the list', () => {
  const snapshotWithNames = { hasPupilNames: true };

  it('a draft is checked with the names the worker finds, and finds what the whole list finds', async () => {
    fakeBrowser.deliverTo(handleMessage);
    await publishSnapshot();
    const published = fakeBrowser.data.get(SNAPSHOT_KEY) as SettingsSnapshot;
    const lookup = createPupilLookup(
      (m) => fakeBrowser.runtime.sendMessage(m),
      () => {},
    );
    const text = 'So proud of Harriet Moss in the school play tonight';
    const names = await lookup.lookup(text, published, 1000);
    expect(names).toEqual(['Harriet Moss']);
    // Today's check, with the whole list in the snapshot, for comparison.
    const resolved = resolveSettings({ pupilNames: PUPILS, schoolName: 'Oakfield Academy' }, {});
    const old = { ...resolved, pack: activePack(resolved.settings), at: 0 } as unknown as SettingsSnapshot;
    const withWholeList = evaluateDraft(text, old, { pupilNames: resolved.settings.pupilNames }, () => {});
    const asked = evaluateDraft(text, published, { pupilNames: names }, () => {});
    expect(asked.map((c) => c.ruleId)).toContain('confidential/pupil-name');
    expect(asked).toEqual(withWholeList);
    // Without the worker's names, the published snapshot alone finds no pupil.
    expect(evaluateDraft(text, published, {}, () => {}).map((c) => c.ruleId)).not.toContain('confidential/pupil-name');
  });

  it('asks once per text: the answer is kept for the post itself', async () => {
    const send = vi.fn(async () => ({ names: ['Harriet Moss'] }));
    const lookup = createPupilLookup(send, () => {});
    expect(lookup.cached('Harriet Moss', snapshotWithNames)).toBeUndefined();
    await Promise.all([lookup.lookup('Harriet Moss', snapshotWithNames, 1000), lookup.lookup('Harriet Moss', snapshotWithNames, 1000)]);
    expect(lookup.cached('Harriet Moss', snapshotWithNames)).toEqual(['Harriet Moss']);
    await lookup.lookup('Harriet Moss', snapshotWithNames, 1000);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('does not ask when the school set no names, or before there are settings at all (as today: no school context then)', async () => {
    const send = vi.fn(async () => ({ names: [] }));
    const lookup = createPupilLookup(send, () => {});
    expect(lookup.cached('Harriet Moss', { hasPupilNames: false })).toEqual([]);
    expect(lookup.cached('Harriet Moss', null)).toEqual([]);
    expect(await lookup.lookup('Harriet Moss', { hasPupilNames: false }, 1000)).toEqual([]);
    expect(send).not.toHaveBeenCalled();
  });

  it('a worker that does not answer means a check without names (fail open), and says why', async () => {
    const logs: string[] = [];
    const silent = createPupilLookup(
      () => new Promise(() => {}),
      (m) => logs.push(m),
    );
    expect(await silent.lookup('Harriet Moss', snapshotWithNames, 20)).toEqual([]);
    expect(logs.join()).toMatch(/no answer within 0.02 s; checking without them/);
    // The indicator takes the failure as an answer (no asking again and again); the post asks again.
    expect(silent.cached('Harriet Moss', snapshotWithNames, true)).toEqual([]);
    expect(silent.cached('Harriet Moss', snapshotWithNames)).toBeUndefined();

    const broken = createPupilLookup(
      async () => undefined,
      (m) => logs.push(m),
    );
    expect(await broken.lookup('Harriet Moss', snapshotWithNames, 1000)).toEqual([]);
    expect(logs.at(-1)).toMatch(/could not be made/);
    const throwing = createPupilLookup(
      async () => {
        throw new Error('Extension context invalidated.');
      },
      (m) => logs.push(m),
    );
    expect(await throwing.lookup('Harriet Moss', snapshotWithNames, 1000)).toEqual([]);
  });
});
