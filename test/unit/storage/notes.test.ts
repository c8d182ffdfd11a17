/**
 * "Not a concern" notes keep which check was set aside, where and when, never what was written,
 * and they expire. The content script's recordNotConcern() runs against the real worker code, with
 * a fake storage (test/unit/fake-browser.ts).
 */
import { describe, it, expect, vi, beforeEach } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser')).fakeBrowser }));

const { fakeBrowser, EXTENSION_ID } = await import('../fake-browser');
// The content script calls the browser's own API (src/platform/content.ts), not the polyfill.
(globalThis as { browser?: unknown }).browser = fakeBrowser;
const { recordNotConcern } = await import('../../../src/content/feedback');
const { handleMessage } = await import('../../../src/background/handle-message');
const { pruneNotes } = await import('../../../src/background/storage');
const { FEEDBACK_KEY, NOTE_DAYS, MAX_NOTES, liveNotes, exportNotes, readNote, localDate } = await import('../../../src/storage/notes');
type Concern = import('../../../src/assess/concerns').Concern;

const PUPIL = 'Chloé Okafor';

function concern(over: Partial<Concern> = {}): Concern {
  return {
    key: 'confidential/pupil-name@14',
    category: 'confidential',
    ruleId: 'confidential/pupil-name',
    clause: '5.2',
    title: 'Confidential information',
    explanation: '…',
    reason: 'This names a pupil.',
    severity: 'serious',
    action: 'nudge',
    snippet: { before: 'So proud of ', match: PUPIL, after: ' who lives at 4 Elm Road' },
    source: 'rule',
    ...over,
  };
}

const stored = () => fakeBrowser.data.get(FEEDBACK_KEY) as Array<Record<string, unknown>> | undefined;
const daysAgo = (n: number, from = new Date()) => new Date(from.getFullYear(), from.getMonth(), from.getDate() - n, 12);

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.deliverTo(handleMessage);
});

describe('"Not a concern" notes', () => {
  it('a not-a-concern note keeps no matched text (nor anything else of the post)', async () => {
    await recordNotConcern(concern(), 'x');
    const notes = stored()!;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toEqual({
      date: localDate(new Date()),
      site: 'x',
      ruleId: 'confidential/pupil-name',
      category: 'confidential',
      clause: '5.2',
      source: 'rule',
    });
    const everything = JSON.stringify([...fakeBrowser.data.entries()]);
    expect(everything).not.toContain('Chlo');
    expect(everything).not.toContain('Okafor');
    expect(everything).not.toContain('Elm Road');
  });

  it("a model finding's note keeps which of the model's heads raised it", async () => {
    await recordNotConcern(
      concern({ category: 'offensive', ruleId: 'model/threat', clause: '5.1', source: 'model', snippet: { before: '', match: 'wind her neck in', after: '' } }),
      'facebook',
    );
    expect(stored()).toEqual([
      { date: localDate(new Date()), site: 'facebook', ruleId: 'model/threat', category: 'offensive', clause: '5.1', source: 'model', head: 'threat' },
    ]);
  });

  it('a note with extra fields sent by a content script stores none of them', async () => {
    const res = await handleMessage(
      {
        type: 'add-note',
        note: { site: 'x', ruleId: 'offensive/profanity', category: 'offensive', clause: '5.1', source: 'rule', matched: PUPIL, text: `hello ${PUPIL}` },
      },
      { id: EXTENSION_ID, tab: { id: 3 } } as never,
    );
    expect(res).toBe(true);
    expect(JSON.stringify(stored())).not.toContain('Chlo');
  });

  it(`notes expire after ${NOTE_DAYS} days: dropped when read, when a note is added, and by the daily tidy-up`, async () => {
    const now = new Date();
    const old = { date: localDate(daysAgo(NOTE_DAYS, now)), site: 'x', ruleId: 'offensive/profanity', category: 'offensive', clause: '5.1', source: 'rule' };
    const recent = { ...old, date: localDate(daysAgo(NOTE_DAYS - 1, now)) };
    // Read (the options page lists and exports these):
    expect(liveNotes([old, recent], now)).toEqual([recent]);
    // Daily tidy-up (the worker's alarm):
    fakeBrowser.data.set(FEEDBACK_KEY, [old, recent]);
    await pruneNotes(now);
    expect(stored()).toEqual([recent]);
    // Adding a note:
    fakeBrowser.data.set(FEEDBACK_KEY, [old]);
    await recordNotConcern(concern(), 'x');
    expect(stored()!.map((n) => n.date)).toEqual([localDate(new Date())]);
  });

  it(`at most the newest ${MAX_NOTES} notes are kept`, async () => {
    const today = localDate(new Date());
    fakeBrowser.data.set(
      FEEDBACK_KEY,
      Array.from({ length: MAX_NOTES }, (_, i) => ({ date: today, site: 'x', ruleId: `offensive/r${i}`, category: 'offensive', clause: '', source: 'rule' })),
    );
    await recordNotConcern(concern(), 'x');
    const notes = stored()!;
    expect(notes).toHaveLength(MAX_NOTES);
    expect(notes[0]!.ruleId).toBe('offensive/r1');
    expect(notes.at(-1)!.ruleId).toBe('confidential/pupil-name');
  });

  it('a note kept by an earlier version, with its matched text, is read without it', () => {
    const at = new Date();
    const note = readNote({ at: at.toISOString(), site: 'x', ruleId: 'confidential/pupil-name', category: 'confidential', matched: PUPIL });
    expect(note).toEqual({ date: localDate(at), site: 'x', ruleId: 'confidential/pupil-name', category: 'confidential', clause: '', source: 'rule' });
    expect(readNote({ at: 'not a date', site: 'x', ruleId: 'a/b', category: 'offensive' })).toBeNull();
    expect(readNote({ date: localDate(at), site: 'x', ruleId: 'a/b', category: 'not-a-category' })).toBeNull();
  });

  it('an export carries only the kept fields', () => {
    const now = new Date();
    const withExtra = {
      date: localDate(now),
      site: 'x',
      ruleId: 'confidential/pupil-name',
      category: 'confidential' as const,
      clause: '5.2',
      source: 'rule' as const,
      matched: PUPIL,
    };
    const file = JSON.parse(exportNotes([withExtra], now)) as { notes: Array<Record<string, unknown>>; about: string };
    expect(file.notes).toEqual([
      { date: localDate(now), site: 'x', ruleId: 'confidential/pupil-name', category: 'confidential', clause: '5.2', source: 'rule' },
    ]);
    expect(file.about).toMatch(/none of the words/);
  });

  it("only the extension's own pages may clear the notes, not a content script", async () => {
    await recordNotConcern(concern(), 'x');
    expect(await handleMessage({ type: 'clear-notes' }, { id: EXTENSION_ID, tab: { id: 3 }, url: 'https://x.com/home' } as never)).toBe(false);
    expect(stored()).toHaveLength(1);
    expect(
      await handleMessage({ type: 'clear-notes' }, { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/src/ui/options/index.html` } as never),
    ).toBe(true);
    expect(stored()).toEqual([]);
  });
});
