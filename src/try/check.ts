/**
 * What Think Twice would say about a draft on a site, worked out on the "Try a draft" page from the
 * same pieces the content script uses, so the two cannot drift apart:
 *
 * - the settings snapshot the worker publishes for content scripts (storage.local "resolved"),
 *   falling back to the defaults and the built-in policy exactly as a content script does;
 * - pupils' names asked of the worker ('match-pupils'), as the snapshot holds none;
 * - the lesson-time status the worker publishes (storage.local "lessonNow");
 * - the learned model, unless the school switched it off;
 * - evaluateDraftInSlices() and promptFor(), which turn all that into the prompt's data.
 *
 * Everything is read from the extension itself: no site and no network.
 */
import type { AssessModel } from '../assess';
import { loadAssessModelInSteps } from '../assess/model';
import { MODEL_PATH } from '../assess/model-path';
import { evaluateDraftInSlices } from '../content/evaluate';
import { promptFor } from '../content/prompt-props';
import { createPupilLookup } from '../content/pupil-lookup';
import { createLazy } from '../model/lazy';
import { extensionUrl, onLocalChanged, readLocal, sendToBackground } from '../platform/browser';
import { currentLesson, LESSON_KEY, type PublishedLesson } from '../schedule/published';
import { defaultSnapshot } from '../settings/default-snapshot';
import { isUsableSnapshot, SNAPSHOT_KEY, type SettingsSnapshot } from '../settings/snapshot';
import type { PromptData } from '../ui/frame/protocol';

/** As long as a post on a site is held for the worker's answers before it goes unchecked. */
const WAIT_MS = 8000;

const log = (msg: string, err?: unknown) => console.info(`[Think Twice] ${msg}`, ...(err === undefined ? [] : [err]));

export interface DraftCheck {
  text: string;
  /** What would be found; empty when Think Twice would let the post go without a word. */
  concerns: PromptData['concerns'];
  /** The prompt exactly as the frame on a site would be given it, or null when there would be none. */
  prompt: PromptData | null;
  /** The lesson-time status the check used (null when unknown or no timetable). */
  lesson: PublishedLesson | null;
  /** The lesson-time banner's words, when a site would show it now (beside any prompt), else null. */
  lessonBanner: string | null;
  /** Whether the learned model took part: 'off' when the school switched it off, 'failed' when it could not be loaded. */
  model: 'used' | 'off' | 'failed';
  /** False when the worker did not answer about pupils' names (the check then ran without them, as it would on a site). */
  pupilsChecked: boolean;
}

export interface SnapshotState {
  snapshot: SettingsSnapshot;
  /** True when the published settings could not be read and the defaults stand in (as a content script would). */
  defaults: boolean;
}

export interface DraftChecker {
  /** The settings in force now. */
  settings(): Promise<SnapshotState>;
  /** Calls `fn` whenever the worker publishes new settings. Returns an unsubscribe. */
  onSettings(fn: (s: SnapshotState) => void): () => void;
  /** The lesson-time status in force now, asking the worker to refresh a stale one. */
  lesson(): Promise<PublishedLesson | null>;
  check(text: string, opts: { mediaAttached: boolean }): Promise<DraftCheck>;
}

/** `p`, or `fallback` once `ms` have passed. */
async function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

export function createDraftChecker(): DraftChecker {
  let pupilsFailed = false;
  const pupilLog = (msg: string, err?: unknown) => {
    pupilsFailed = true;
    log(msg, err);
  };
  const pupilLookup = createPupilLookup(sendToBackground, pupilLog);

  const tone = createLazy<AssessModel>(async () => {
    const bytes = await fetch(extensionUrl(MODEL_PATH)).then((r) => r.arrayBuffer());
    const loaded = await loadAssessModelInSteps(bytes);
    if (!loaded.ok) {
      log('the learned model could not be loaded; checking with the rules only', loaded.error);
      throw loaded.error;
    }
    return loaded.model;
  });

  const state = (s: unknown): SnapshotState | null => (isUsableSnapshot(s) ? { snapshot: s, defaults: false } : null);

  const settings = async (): Promise<SnapshotState> => {
    const first = state(await readLocal<unknown>(SNAPSHOT_KEY));
    if (first) return first;
    // None yet, or another version's shape: the worker publishes one on request, as for a content script.
    await withTimeout(sendToBackground({ type: 'refresh-settings' }), WAIT_MS, undefined);
    return state(await readLocal<unknown>(SNAPSHOT_KEY)) ?? { snapshot: defaultSnapshot(), defaults: true };
  };

  const lesson = async (): Promise<PublishedLesson | null> => {
    const now = Date.now();
    const published = await readLocal<PublishedLesson>(LESSON_KEY);
    const live = currentLesson(published, now);
    if (live || !published) return live;
    await withTimeout(sendToBackground({ type: 'refresh-lesson' }), WAIT_MS, undefined);
    return currentLesson(await readLocal<PublishedLesson>(LESSON_KEY), Date.now());
  };

  return {
    settings,
    onSettings(fn) {
      return onLocalChanged<unknown>(SNAPSHOT_KEY, (s) => {
        const got = state(s);
        if (got) fn(got);
      });
    },
    lesson,
    async check(text, opts) {
      const [{ snapshot }, live] = await Promise.all([settings(), lesson()]);
      const modelOn = snapshot.settings.toneModel.enabled !== false;
      // On a site the model loads while the person types; here the check waits for it, to show what a site says once it has.
      const model = modelOn ? await tone.ready() : null;
      pupilsFailed = false;
      const pupilNames = await pupilLookup.lookup(text, snapshot, WAIT_MS);
      const concerns = await evaluateDraftInSlices(text, snapshot, { mediaAttached: opts.mediaAttached, lesson: live, model, pupilNames }, log);
      return {
        text,
        concerns,
        prompt: concerns.length > 0 ? promptFor(snapshot, '', concerns) : null,
        lesson: live,
        lessonBanner: live?.isLessonTime && snapshot.settings.categories['lesson-time']?.enabled !== false ? live.label : null,
        model: !modelOn ? 'off' : model ? 'used' : 'failed',
        pupilsChecked: !pupilsFailed,
      };
    },
  };
}
