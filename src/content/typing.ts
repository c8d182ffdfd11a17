/**
 * While a person types: a check of the draft, off the keystroke path (after a pause, in idle time),
 * drives the indicator beside the composer, and its findings are kept so that sending the same draft
 * is not checked again.
 */
import type { AssessModel } from '../assess';
import type { Finding } from '../checker/types';
import type { SettingsSnapshot } from '../settings/snapshot';
import type { SiteAdapter } from '../sites/types';
import type { ContentUi } from '../ui/content/App';
import type { PromptLayer } from '../ui/content/prompt-layer';
import { t } from '../ui/i18n';
import { editorFromPath, hasMedia, readDraftAround, readDraftUpTo } from './dom';
import type { Loaders } from './loaders';
import type { Log } from './log';
import type { PupilLookup } from './pupil-lookup';
import type { PageSettings } from './settings-state';

/**
 * The last typing check's findings, when it read the whole draft: sending that same draft (same text,
 * settings, model, pupils' names and media) reuses them instead of checking it again.
 */
export interface TypedFindings {
  /** Called with each remembered check (the prompt is drawn ahead from it). */
  onRemember?: (text: string, snap: SettingsSnapshot | null, model: AssessModel | null, names: readonly string[], media: boolean, findings: Finding[]) => void;
  remember(text: string, snap: SettingsSnapshot | null, model: AssessModel | null, names: readonly string[], media: boolean, findings: Finding[]): void;
  reuse(text: string, snap: SettingsSnapshot | null, model: AssessModel | null, names: readonly string[], media: boolean): Finding[] | undefined;
}

export function createTypedFindings(): TypedFindings {
  let last: { text: string; snap: SettingsSnapshot | null; model: AssessModel | null; names: readonly string[]; media: boolean; findings: Finding[] } | null =
    null;
  const sameNames = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((n, i) => n === b[i]);
  const typed: TypedFindings = {
    remember(text, snap, model, names, media, findings) {
      last = { text, snap, model, names, media, findings };
      typed.onRemember?.(text, snap, model, names, media, findings);
    },
    reuse(text, snap, model, names, media) {
      if (!last || last.text !== text || last.snap !== snap || last.model !== model || last.media !== media || !sameNames(last.names, names)) return undefined;
      return last.findings;
    },
  };
  return typed;
}

/** How long after a keystroke the typing check runs (a pause, not every key). */
const TYPING_PAUSE_MS = 350;
/** The longest the typing check waits for idle time after that pause (a page that is never idle still gets its indicator). */
const IDLE_TIMEOUT_MS = 500;
/** The longest a check of the whole draft ahead of sending waits for idle time. */
const WHOLE_CHECK_TIMEOUT_MS = 2000;
/** The longest the prompt's frame waits for idle time after a composer is focused (a post sent before it is held while it loads). */
const FRAME_IDLE_TIMEOUT_MS = 300;
/**
 * How much of the draft the typing check reads around the caret: at least the part it checks (the
 * 1,000 characters ending a quarter of that after the last edit: src/assess/long.ts), whatever the
 * draft's length; the whole draft is read when the page is idle, for the check ahead of sending.
 */
const AROUND_BEFORE = 1_000;
const AROUND_AFTER = 250;
/**
 * The longest draft checked whole ahead of sending (read whole when the page is idle, then checked
 * in slices): past the 60,000 characters the click-to-prompt target names; a longer one is read and
 * checked, in slices, when it is sent.
 */
const AHEAD_MAX_CHARS = 100_000;
/** How long the typing indicator waits for the worker's answer about pupils' names (the post itself waits WAIT_MS). */
const TYPING_LOOKUP_MS = 2000;

export interface TypingDeps {
  site: () => SiteAdapter | null;
  settings: PageSettings;
  loaders: Loaders;
  /** The learned model when it is loaded and the school wants it (asking starts its one load); null: rules only. */
  model: () => AssessModel | null;
  pupils: PupilLookup;
  typed: TypedFindings;
  ui: ContentUi;
  layer: PromptLayer;
  log: Log;
}

/** Runs `fn` when the page is next idle (at most `timeout` ms from now), or in a task where the browser has no idle callbacks. */
function whenIdle(fn: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout });
  else setTimeout(fn, 0);
}

export function watchTyping({ site: currentSite, settings, loaders, model, pupils, typed, ui, layer, log }: TypingDeps, signal: AbortSignal): void {
  /** True while a check is waiting to run (one at a time). */
  let pending = false;
  let lastPath: EventTarget[] = [];
  let lastCount = -1;
  let lastEditor: HTMLElement | null = null;
  let frame = 0;
  /** Edits seen so far (a check ahead of sending is for the draft as it was at one edit). */
  let edits = 0;
  const later = (ms: number) => {
    if (pending) return;
    pending = true;
    setTimeout(() => whenIdle(run, IDLE_TIMEOUT_MS), ms);
  };
  const rectOf = (el: HTMLElement) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, left: r.left, width: r.width, height: r.height };
  };
  /** The last draft read whole ahead of sending was longer than AHEAD_MAX_CHARS. */
  let aheadTooLong = false;
  /** What the last check ahead of sending was for. */
  let aheadFor: { edits: number; snapshot: SettingsSnapshot | null; model: AssessModel | null; editor: HTMLElement } | null = null;
  /**
   * The check ahead of sending, for a draft longer than the typing check reads: when the page is next
   * idle, unless the person has typed on, the whole draft is read and checked (at once when it fits
   * one short task, else in slices, as sending it would be), so that sending this draft finds its
   * check done and the click only draws the prompt. Its findings are kept with the exact text they
   * are for: a draft changed since is checked again when it is sent, never given these.
   */
  function checkAhead(editor: HTMLElement, spec: Parameters<typeof hasMedia>[1], snapshot: SettingsSnapshot | null): void {
    const seen = edits;
    // Once per draft, settings and model (a focus or the checker's readiness brings a check without an edit).
    const key = { edits: seen, snapshot, model: model(), editor };
    if (aheadFor && aheadFor.edits === key.edits && aheadFor.snapshot === key.snapshot && aheadFor.model === key.model && aheadFor.editor === key.editor)
      return;
    aheadFor = key;
    whenIdle(() => {
      const eng = loaders.prepared.get();
      if (edits !== seen || !editor.isConnected || !eng) return;
      try {
        const text = readDraftUpTo(editor, AHEAD_MAX_CHARS);
        if (text === null) {
          aheadTooLong = true;
          return;
        }
        const mediaAttached = hasMedia(editor, spec);
        const withNames = async (pupilNames: readonly string[]) => {
          if (edits !== seen) return;
          const ctx = { mediaAttached, typing: false, model: model(), pupilNames };
          const findings = eng.checksAtOnce(text) ? eng.assessDraft(text, snapshot, ctx, log) : await eng.assessDraftInSlices(text, snapshot, ctx, log);
          if (findings && edits === seen) typed.remember(text, snapshot, ctx.model, pupilNames, mediaAttached, findings);
        };
        // The names as the send check asks for them (a failed ask is asked again when it is sent).
        const known = pupils.cached(text, snapshot);
        (known ? withNames(known) : pupils.lookup(text, snapshot, TYPING_LOOKUP_MS).then(withNames)).catch((err: unknown) =>
          log('the check ahead of sending failed; the post is checked when it is sent', err),
        );
      } catch (err) {
        log('the check ahead of sending failed; the post is checked when it is sent', err);
      }
    }, WHOLE_CHECK_TIMEOUT_MS);
  }
  function run(): void {
    pending = false;
    try {
      const site = currentSite();
      const snapshot = settings.snapshot;
      if (!site || snapshot?.settings.showIndicator === false) return;
      const found = editorFromPath(lastPath, site);
      if (!found?.editor.isConnected) {
        lastEditor = null;
        ui.update({ indicator: null });
        return;
      }
      lastEditor = found.editor;
      // The checker arrives, and readies itself in short steps, in the background from the first
      // focus; until it is ready there is nothing to count (its readiness brings one more check).
      const eng = loaders.prepared.get();
      if (!eng) return;
      const part = readDraftAround(found.editor, AROUND_BEFORE, AROUND_AFTER);
      const text = part.text;
      const pupilNames = pupils.cached(text, snapshot, true);
      if (pupilNames === undefined) {
        // One question per check: its answer (or its absence) brings one more check, which finds it cached.
        void pupils.lookup(text, snapshot, TYPING_LOOKUP_MS).then(() => later(0));
        return;
      }
      let count = 0;
      // A draft read whole here is short; one that was too long to check ahead is not read whole
      // again at each pause (a 1 MB read each time) until it is.
      if (part.whole) aheadTooLong = false;
      if ((!part.whole || !eng.typingChecksWhole(text)) && !aheadTooLong) checkAhead(found.editor, found.spec, snapshot);
      if (text.trim()) {
        const draft = { mediaAttached: hasMedia(found.editor, found.spec), typing: true, model: model(), pupilNames };
        const findings = eng.assessDraft(text, snapshot, draft, log);
        if (part.whole && eng.typingChecksWhole(text)) typed.remember(text, snapshot, draft.model, pupilNames, draft.mediaAttached, findings);
        count = eng.evaluateDraft(text, snapshot, draft, log, findings).length;
      }
      const announce = count !== lastCount && count > 0 ? (count === 1 ? t('announceOne') : t('announceMany', count)) : '';
      lastCount = count;
      ui.update({ indicator: { rect: rectOf(found.editor), count }, ...(announce ? { announce } : {}) });
    } catch (err) {
      log('the typing indicator stopped after an error; posting is unaffected', err);
    }
  }
  const schedule = (e: Event) => {
    if (e.type === 'input') edits++;
    lastPath = e.composedPath();
    later(TYPING_PAUSE_MS);
  };
  window.addEventListener('input', schedule, { capture: true, passive: true, signal });
  // A composer focused: start loading and readying the checker and the prompt's frame now, so they
  // are there by the time the post is sent. Nothing loads at page load, or on a page where nobody
  // writes (most visits): a post sent without its composer ever being focused is held while they load.
  window.addEventListener(
    'focusin',
    (e) => {
      const site = currentSite();
      if (site && editorFromPath(e.composedPath(), site)) {
        loaders.prepared.get();
        // The frame in a task of its own, when the page is next idle: made in the focus's task, it
        // shared one long task with the engine's first evaluation (bench:page, first typing).
        whenIdle(() => layer.preload(), FRAME_IDLE_TIMEOUT_MS);
      }
    },
    { capture: true, passive: true, signal },
  );
  // The checker being ready, or the model arriving, can change the count: check again (once each).
  const again = () => {
    if (lastPath.length) later(0);
  };
  loaders.prepared.onReady(again);
  loaders.tone.onReady(again);
  window.addEventListener('focusin', schedule, { capture: true, passive: true, signal });
  // Scrolling only moves the indicator: reposition it once per frame, without checking the text again.
  const follow = () => {
    frame = 0;
    if (lastEditor?.isConnected && lastCount >= 0) ui.update({ indicator: { rect: rectOf(lastEditor), count: lastCount } });
  };
  window.addEventListener(
    'scroll',
    () => {
      if (lastEditor && !frame) frame = requestAnimationFrame(follow);
    },
    { capture: true, passive: true, signal },
  );
}
