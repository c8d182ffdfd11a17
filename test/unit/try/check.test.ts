/**
 * The "Try a draft" page's check (src/try/check.ts) against the real worker, in Node: it finds
 * what the content script finds for the same draft, pupils' names included (asked of the worker, as
 * the snapshot holds none), and falls back as a content script does when something is missing.
 */
import { describe, it, expect, vi, beforeEach } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser')).fakeBrowser }));

const { fakeBrowser, EXTENSION_ID } = await import('../fake-browser');
const { handleMessage } = await import('../../../src/background/handle-message');
const { publishSnapshot } = await import('../../../src/background/settings');
const { SNAPSHOT_KEY } = await import('../../../src/settings/snapshot');
const { LESSON_KEY } = await import('../../../src/schedule/published');
const { evaluateDraft } = await import('../../../src/content/evaluate');
const { createDraftChecker } = await import('../../../src/try/check');
type SettingsSnapshot = import('../../../src/settings/snapshot').SettingsSnapshot;

const FROM_PAGE = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/src/try/index.html` };
const quiet = () => {};

function schoolSets(managed: Record<string, unknown>) {
  fakeBrowser.storage.managed.get = async () => structuredClone(managed);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'info').mockImplementation(quiet);
  // The model's file is not served in Node: switched off here, except where its failure is the point.
  schoolSets({ schoolName: 'Oakfield Academy', pupilNames: ['Harriet Moss'], toneModel: { enabled: false } });
});

describe("Try a draft's check", () => {
  it("finds what a site finds for the same draft, pupils' names included, and gives the prompt the same words", async () => {
    fakeBrowser.deliverTo(handleMessage, FROM_PAGE);
    await publishSnapshot();
    const published = fakeBrowser.data.get(SNAPSHOT_KEY) as SettingsSnapshot;
    const text = 'So proud of Harriet Moss in the school play tonight';
    const got = await createDraftChecker().check(text, { mediaAttached: false });
    expect(got.concerns.map((c) => c.ruleId)).toContain('confidential/pupil-name');
    expect(got.concerns).toEqual(evaluateDraft(text, published, { pupilNames: ['Harriet Moss'] }, quiet));
    expect(got.prompt?.heading).toBe(published.pack.prompt.heading);
    expect(got.prompt?.concerns).toEqual(got.concerns);
    expect(got).toMatchObject({ model: 'off', pupilsChecked: true, lessonBanner: null });
  });

  it('lets a harmless draft go with no prompt', async () => {
    fakeBrowser.deliverTo(handleMessage, FROM_PAGE);
    await publishSnapshot();
    const got = await createDraftChecker().check('So proud of our Year 6 at the county finals today!', { mediaAttached: false });
    expect(got.concerns).toEqual([]);
    expect(got.prompt).toBeNull();
  });

  it('adds the lesson-time concern and banner during lesson time, unless the school switched the category off', async () => {
    fakeBrowser.deliverTo(handleMessage, FROM_PAGE);
    await publishSnapshot();
    const lesson = {
      configured: true,
      isLessonTime: true,
      label: 'Lesson time: Period 3 until 11:40.',
      periodName: 'Period 3',
      until: Date.now() + 3_600_000,
      at: Date.now(),
    };
    fakeBrowser.data.set(LESSON_KEY, lesson);
    const on = await createDraftChecker().check('A lovely walk by the river', { mediaAttached: false });
    expect(on.concerns.map((c) => c.category)).toEqual(['lesson-time']);
    expect(on.lessonBanner).toBe(lesson.label);

    schoolSets({ toneModel: { enabled: false }, categories: { 'lesson-time': { enabled: false } } });
    await publishSnapshot();
    const off = await createDraftChecker().check('A lovely walk by the river', { mediaAttached: false });
    expect(off.concerns).toEqual([]);
    expect(off.lessonBanner).toBeNull();
  });

  it('uses the defaults and the built-in policy, and says so, when the settings cannot be had (as a content script does)', async () => {
    // No worker answers, and nothing is published.
    const checker = createDraftChecker();
    const state = await checker.settings();
    expect(state.defaults).toBe(true);
    const got = await checker.check('@sam you are a pathetic waste of space', { mediaAttached: false });
    expect(got.concerns.length).toBeGreaterThan(0);
    // The defaults say pupils' names may be set; with no worker to ask, the check runs without them and says so.
    expect(got.pupilsChecked).toBe(false);
  });

  it('checks with the rules only, and says so, when the learned model cannot be loaded', async () => {
    schoolSets({ schoolName: 'Oakfield Academy' });
    fakeBrowser.deliverTo(handleMessage, FROM_PAGE);
    await publishSnapshot();
    const got = await createDraftChecker().check('@sam you are a pathetic waste of space', { mediaAttached: false });
    expect(got.model).toBe('failed');
    expect(got.concerns.length).toBeGreaterThan(0);
  });
});
