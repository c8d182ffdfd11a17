/**
 * Content script entry: runs at document_start on the supported sites and wires the site adapter,
 * the checker and the prompt together. Everything fails open: an error inside Think Twice must
 * never stop the site working or a post going.
 */
import { containEvents } from '../ui/content/host';
import { PromptLayer } from '../ui/content/prompt-layer';
import { ContentUi } from '../ui/content/App';
import { Interceptor, type Attempt } from './intercept';
import { adapterFor, GENERIC } from '../sites/registry';
import type { SiteAdapter } from '../sites/types';
import { editorFromPath, hasMedia, liveComposer, readDraft, type RequestControl } from './dom';
import { promptFor } from './prompt-props';
import type { Concern } from '../assess/concerns';
import { readLocal, onLocalChanged, sendToBackground, writeLocal, extensionUrl } from '../platform/content';
import { SNAPSHOT_KEY, isUsableSnapshot, type SettingsSnapshot } from '../settings/snapshot';
import { createPupilLookup } from './pupil-lookup';
import { recordNotConcern } from './feedback';
import { LESSON_KEY, currentLesson, type PublishedLesson } from '../schedule/published';
import { MODEL_PATH } from '../assess/model-path';
import { ENGINE } from '../bundle-paths';
import type { AssessModel } from '../assess';
import type { Finding } from '../checker/types';
import { createLazy } from '../model/lazy';

/**
 * The checker and the assessment (./evaluate and everything it imports), loaded when a composer is
 * first focused or a post is first sent, so a page where nobody writes never pays for them. A post
 * sent before they arrive is held, with nothing shown, until they do (at most WAIT_MS), then checked.
 */
type Engine = typeof import('./engine');
const engine = createLazy<Engine>(() =>
  // One self-contained module behind the extension's per-session dynamic URL (see ./bundle-paths).
  (import(/* @vite-ignore */ extensionUrl(ENGINE)) as Promise<Engine>).catch((err: unknown) => {
    log('the checker could not be loaded on this page; posts go ahead unchecked', err);
    throw err;
  }),
);

/**
 * The learned model, code and weights both loaded the first time a composer is used, off the
 * keystroke path: until then (or if loading fails) the check is rules only.
 */
const tone = createLazy<AssessModel>(async () => {
  const [mod, bytes] = await Promise.all([engine.ready(), fetch(extensionUrl(MODEL_PATH)).then((r) => r.arrayBuffer())]);
  if (!mod) throw new Error('the checker did not load');
  const loaded = mod.loadAssessModel(bytes);
  if (!loaded.ok) {
    log('the learned model could not be loaded; checking with the rules only', loaded.error);
    throw loaded.error;
  }
  return loaded.model;
});

const log = (msg: string, err?: unknown) => console.info(`[Think Twice] ${msg}`, ...(err === undefined ? [] : [err]));

let snapshot: SettingsSnapshot | null = null;
let lesson: PublishedLesson | null = null;
let siteCache: { href: string; site: SiteAdapter | null } | null = null;

/** The adapter for the current URL; recomputed only when single-page navigation changes it. */
function currentSite(): SiteAdapter | null {
  if (siteCache?.href !== location.href) siteCache = { href: location.href, site: adapterFor(location.href, document) };
  // Markup-detected sites (Mastodon) may only be recognisable once the page has rendered.
  if (!siteCache.site && document.readyState !== 'loading') siteCache.site = adapterFor(location.href, document);
  const site = siteCache.site;
  // The school may switch a site off (settings.sites).
  if (site && (snapshot?.settings.sites as Record<string, boolean> | undefined)?.[site.id] === false) return null;
  return site;
}

function start(): void {
  const controller = new AbortController();
  const ui = new ContentUi();
  const layer = new PromptLayer(log);

  void readLocal<unknown>(SNAPSHOT_KEY).then((s) => {
    if ((snapshot = usable(s))) return;
    if (s === undefined) void sendToBackground({ type: 'refresh-settings' });
  });
  onLocalChanged<unknown>(SNAPSHOT_KEY, (s) => {
    snapshot = usable(s);
  });

  watchLesson(ui);

  /** The prompt for a held post, with what each of its buttons does. */
  const show = (attempt: Attempt, snap: SettingsSnapshot, found: Concern[]) => {
    const { editor, site } = attempt.composer;
    const done = () => {
      layer.hide();
      ui.update({ promptOpen: false });
    };
    const edit = () => {
      done();
      const live = liveComposer(attempt.composer, attempt.text);
      (live?.editor ?? editor).focus();
    };
    const send = () => {
      done();
      // Send first (one replay, through the composer as it is now), then give focus back once the
      // site has reset the composer: focusing Draft.js before its reset leaves a stale caret.
      if (!attempt.replay()) {
        unsent(site.name, attempt.text);
        return;
      }
      requestAnimationFrame(() => {
        const live = liveComposer(attempt.composer, '');
        const target = live?.editor ?? editor;
        if (target.isConnected && !target.contains(document.activeElement)) target.focus();
      });
    };
    ui.update({ promptOpen: true });
    layer.show(
      { view: 'prompt', data: promptFor(snap, site.name, found) },
      {
        onAction: (a) => {
          if (a.action === 'edit') edit();
          else if (a.action === 'post-anyway') send();
          else if (a.action === 'not-concern') {
            const c = found.find((f) => f.key === a.key);
            if (c) void recordNotConcern(c, site.id);
          } else if (a.action === 'open-clause') void sendToBackground({ type: 'open-policy', clause: a.clause });
        },
        onDismiss: edit,
        // The prompt cannot be seen or used: the post goes, as if Think Twice were not there.
        onLost: () => {
          ui.update({ promptOpen: false });
          if (!attempt.replay()) unsent(site.name, attempt.text);
        },
      },
    );
  };

  /** Tells the person their post could not be sent (the composer is gone) and gives them its text. */
  const unsent = (siteName: string, text: string) => {
    const close = () => {
      layer.hide();
      ui.update({ promptOpen: false });
    };
    void layer.ready(WAIT_MS).then((ok) => {
      if (!ok) {
        log('the post could not be sent: the page changed while the prompt was open');
        return;
      }
      ui.update({ promptOpen: true });
      layer.show({ view: 'unsent', data: { siteName, text } }, { onAction: close, onDismiss: close, onLost: () => ui.update({ promptOpen: false }) });
    });
  };

  const hold = (attempt: Attempt): boolean => {
    const { editor, spec } = attempt.composer;
    const text = attempt.text;
    // The pupils' names in this draft: usually known from the typing check; else the post is held while the worker is asked.
    const names = pupils.cached(text, snapshot);
    const ctx = (pupilNames: readonly string[]) => ({ mediaAttached: hasMedia(editor, spec), lesson: liveLesson(), model: modelIfWanted(), pupilNames });
    const eng = engine.get();
    // Checked at once when everything is here and the draft is short enough for one short task; a
    // draft the typing check has already read, whole and unchanged, is not read again.
    const findings = names ? typed.reuse(text, snapshot, modelIfWanted(), names, hasMedia(editor, spec)) : undefined;
    const concerns = eng && names && (findings || eng.checksAtOnce(text)) ? eng.evaluateDraft(text, snapshot, ctx(names), log, findings) : null;
    if (concerns !== null && concerns.length === 0) return false;
    if (snapshot && concerns && layer.isReady) {
      try {
        show(attempt, snapshot, concerns);
        return true;
      } catch (err) {
        log('the prompt could not be shown; the post goes ahead as normal', err);
        layer.hide();
        ui.update({ promptOpen: false });
        return false;
      }
    }
    // Something is not here yet (the checker, the settings, the prompt's frame, the worker's answer
    // about pupils' names: the first moments on a page, or after install), or the draft is long and
    // is checked in slices: hold the post while they arrive (at most WAIT_MS), then check it with the
    // school's settings and prompt; if they cannot be had, or the school's settings leave nothing to
    // say, let the post go (fail open). While waiting, further sends are held too (awaiting), so a
    // second click or Enter cannot start a second hold and send twice.
    awaiting = true;
    const settle = (prompted: boolean) => {
      awaiting = false;
      if (!prompted && !attempt.replay()) unsent(attempt.composer.site.name, text);
    };
    const deadline = Date.now() + WAIT_MS;
    const left = () => Math.max(0, deadline - Date.now());
    void Promise.all([withTimeout(engine.ready(), WAIT_MS), ensureSnapshot(WAIT_MS), pupils.lookup(text, snapshot, WAIT_MS), layer.ready(WAIT_MS)])
      .then(async ([e, s, pupilNames, frameReady]) => {
        const snap = s ?? (staleShape && e ? e.defaultSnapshot() : null);
        if (!e || !snap) return settle(false);
        const found = await withTimeout(e.evaluateDraftInSlices(text, snap, ctx(pupilNames), log), left());
        if (!found?.length) return settle(false);
        if (!frameReady) {
          log('the prompt could not be shown on this page; the post goes ahead as normal');
          return settle(false);
        }
        show(attempt, snap, found);
        settle(true);
      })
      .catch((err: unknown) => {
        log('the prompt could not be shown; the post goes ahead as normal', err);
        layer.hide();
        ui.update({ promptOpen: false });
        settle(false);
      });
    return true;
  };

  const reminders = requestReminders();
  const holdRequest = (req: RequestControl, replay: () => boolean): boolean => {
    const site = currentSite();
    if (!site || snapshot?.settings.categories['pupil-contact']?.enabled === false) return false;
    if (!reminders.due(`${site.id}:${req.person}`)) return false;
    const close = () => {
      layer.hide();
      ui.update({ promptOpen: false });
    };
    const cancel = () => {
      close();
      req.control.focus();
    };
    const show = () => {
      ui.update({ promptOpen: true });
      layer.show(
        { view: 'reminder', data: { action: req.label, siteName: site.name } },
        {
          onAction: (a) => {
            if (a.action === 'continue') {
              close();
              replay();
            } else if (a.action === 'cancel') cancel();
            else if (a.action === 'open-clause') void sendToBackground({ type: 'open-policy', clause: a.clause });
          },
          onDismiss: cancel,
          onLost: () => {
            ui.update({ promptOpen: false });
            replay();
          },
        },
      );
    };
    if (layer.isReady) {
      try {
        show();
        return true;
      } catch (err) {
        log('the reminder could not be shown; the request goes ahead as normal', err);
        close();
        return false;
      }
    }
    // The reminder's frame is not loaded yet (the first request on a page): hold the click while it
    // loads (at most WAIT_MS), further clicks held too, then show it; if it cannot be had, the click goes.
    awaiting = true;
    void layer
      .ready(WAIT_MS)
      .then((ok) => {
        awaiting = false;
        if (!ok) {
          replay();
          return;
        }
        show();
      })
      .catch((err: unknown) => {
        awaiting = false;
        log('the reminder could not be shown; the request goes ahead as normal', err);
        close();
        replay();
      });
    return true;
  };

  const ownUi = (t: EventTarget) => (ui.host !== null && t === ui.host) || layer.owns(t);
  containEvents(ownUi, controller.signal);
  const interceptor = new Interceptor({ site: currentSite, fallback: GENERIC, hold, holdRequest, ownUi, promptOpen: () => layer.open || awaiting, log });
  interceptor.install(controller.signal);
  watchTyping(ui, layer, controller.signal);
}

const REMINDERS_KEY = 'requestReminders';

/**
 * "At most once per person per day": who has been reminded today, kept as short hashes of the
 * profile address (not the addresses themselves), and only for today.
 */
function requestReminders(): { due: (personKey: string) => boolean } {
  // The local date as YYYY-MM-DD, without Intl (a locale-formatted date costs tens of milliseconds
  // the first time on a page, and this runs on every page of a social site).
  const today = () => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  // Read from storage the first time a request is seen, not at page load.
  let state: { date: string; people: string[] } | null = null;
  const load = () => {
    if (state) return state;
    const fresh = { date: today(), people: [] as string[] };
    state = fresh;
    void readLocal<{ date: string; people: string[] }>(REMINDERS_KEY).then((s) => {
      if (s && s.date === fresh.date && state) state = { date: s.date, people: [...new Set([...s.people, ...state.people])] };
    });
    return state;
  };
  const hash = (t: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(36);
  };
  return {
    due(personKey) {
      let current = load();
      if (current.date !== today()) current = state = { date: today(), people: [] };
      const h = hash(personKey);
      if (current.people.includes(h)) return false;
      current.people.push(h);
      void writeLocal(REMINDERS_KEY, current);
      return true;
    },
  };
}

/** How long a post is held, with nothing shown, while the checker loads or the worker publishes the settings (the first moments on a page, or after install). */
const WAIT_MS = 8000;

/** True while a held post waits for the checker or the settings (no prompt is drawn yet). */
let awaiting = false;

/** `p`, or null once `ms` have passed. */
async function withTimeout<T>(p: Promise<T | null>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The worker's settings snapshot, asking the worker to publish it when there is none; null after `timeoutMs` (a slow or silent worker). */
async function ensureSnapshot(timeoutMs: number): Promise<SettingsSnapshot | null> {
  if (snapshot) return snapshot;
  const fetch = async (): Promise<SettingsSnapshot | null> => {
    snapshot = usable(await readLocal<unknown>(SNAPSHOT_KEY)) ?? snapshot;
    if (!snapshot) {
      await sendToBackground({ type: 'refresh-settings' });
      snapshot = usable(await readLocal<unknown>(SNAPSHOT_KEY)) ?? snapshot;
    }
    return snapshot;
  };
  return withTimeout(fetch(), timeoutMs);
}

/** True while the stored snapshot is unusable (another version's shape, after an upgrade, or damaged). */
let staleShape = false;

/**
 * `s` if it is a snapshot this version can read. An unusable one is never read (a missing field would
 * throw in the prompt, or pass posts unchecked): the worker is asked, once, to publish a new one, and
 * meanwhile checks use the default settings and the built-in policy, once the checker has loaded.
 */
function usable(s: unknown): SettingsSnapshot | null {
  if (isUsableSnapshot(s)) {
    staleShape = false;
    return s;
  }
  if (s === undefined || s === null) return null;
  if (!staleShape) {
    staleShape = true;
    log('the stored settings are from another version of Think Twice; asking for new ones, and checking with the defaults meanwhile');
    void sendToBackground({ type: 'refresh-settings' });
    engine.onReady(() => {
      if (staleShape && !snapshot) snapshot = engine.get()?.defaultSnapshot() ?? null;
    });
  }
  return engine.status() === 'ready' ? (engine.get()?.defaultSnapshot() ?? null) : null;
}

/**
 * The last typing check's findings, when it read the whole draft: sending that same draft (same text,
 * settings, model, pupils' names and media) reuses them instead of checking it again.
 */
const typed = (() => {
  let last: { text: string; snap: SettingsSnapshot | null; model: AssessModel | null; names: readonly string[]; media: boolean; findings: Finding[] } | null =
    null;
  const sameNames = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((n, i) => n === b[i]);
  return {
    remember(text: string, snap: SettingsSnapshot | null, model: AssessModel | null, names: readonly string[], media: boolean, findings: Finding[]) {
      last = { text, snap, model, names, media, findings };
    },
    reuse(text: string, snap: SettingsSnapshot | null, model: AssessModel | null, names: readonly string[], media: boolean): Finding[] | undefined {
      if (!last || last.text !== text || last.snap !== snap || last.model !== model || last.media !== media || !sameNames(last.names, names)) return undefined;
      return last.findings;
    },
  };
})();

/** Which of the school's pupil names a draft contains, asked of the worker (content scripts hold no pupil list). */
const pupils = createPupilLookup(sendToBackground, (msg, err) => log(msg, err));

/** How long the typing indicator waits for the worker's answer about pupils' names (the post itself waits WAIT_MS). */
const TYPING_LOOKUP_MS = 2000;

/** The model when loaded; asking starts the (one) load, off the keystroke path. Null = rules only. */
function modelIfWanted() {
  if (snapshot?.settings.toneModel.enabled === false) return null;
  return tone.get();
}

const BANNER_KEY = 'lessonBannerDismissedUntil';

/** The lesson-time status if it is still current; asks the worker to refresh a stale one. */
function liveLesson(): PublishedLesson | null {
  const now = Date.now();
  const live = currentLesson(lesson, now);
  if (lesson && !live) void sendToBackground({ type: 'refresh-lesson' });
  return live;
}

/** The lesson-time banner: shown during lesson time on a social site, dismissible for the rest of the period. */
function watchLesson(ui: ContentUi): void {
  let dismissedUntil: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const draw = () => {
    const live = liveLesson();
    const show = live?.isLessonTime && snapshot?.settings.categories['lesson-time']?.enabled !== false && dismissedUntil !== live.until;
    ui.update({
      banner:
        show && live
          ? {
              label: live.label,
              onDismiss: () => {
                dismissedUntil = live.until;
                void writeLocal(BANNER_KEY, live.until ?? null);
                ui.update({ banner: null });
              },
            }
          : null,
    });
    // Redraw at the boundary; the worker publishes the new status then.
    if (timer) clearTimeout(timer);
    if (live?.until) timer = setTimeout(draw, Math.max(1000, live.until - Date.now() + 1000));
  };
  void Promise.all([readLocal<PublishedLesson>(LESSON_KEY), readLocal<number>(BANNER_KEY)]).then(([l, d]) => {
    lesson = l ?? null;
    dismissedUntil = d ?? undefined;
    draw();
  });
  onLocalChanged<PublishedLesson>(LESSON_KEY, (l) => {
    lesson = l ?? null;
    draw();
  });
}

/** While typing: a debounced check, off the keystroke path, drives the indicator. */
function watchTyping(ui: ContentUi, layer: PromptLayer, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastPath: EventTarget[] = [];
  let lastCount = -1;
  let lastEditor: HTMLElement | null = null;
  let frame = 0;
  const rectOf = (el: HTMLElement) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, left: r.left, width: r.width, height: r.height };
  };
  const run = () => {
    timer = undefined;
    try {
      const site = currentSite();
      if (!site || snapshot?.settings.showIndicator === false) return;
      const found = editorFromPath(lastPath, site);
      if (!found?.editor.isConnected) {
        lastEditor = null;
        ui.update({ indicator: null });
        return;
      }
      lastEditor = found.editor;
      const text = readDraft(found.editor);
      // The checker arrives in the background on the first focus; until then there is nothing to count.
      const eng = engine.get();
      if (!eng) return;
      const pupilNames = pupils.cached(text, snapshot, true);
      if (pupilNames === undefined) {
        // One question per debounced check: its answer (or its absence) brings one more check, which finds it cached.
        void pupils.lookup(text, snapshot, TYPING_LOOKUP_MS).then(() => {
          if (timer === undefined) timer = setTimeout(run, 0);
        });
        return;
      }
      let count = 0;
      if (text.trim()) {
        const draft = { mediaAttached: hasMedia(found.editor, found.spec), typing: true, model: modelIfWanted(), pupilNames };
        const findings = eng.assessDraft(text, snapshot, draft, log);
        if (eng.typingChecksWhole(text)) typed.remember(text, snapshot, draft.model, pupilNames, draft.mediaAttached, findings);
        count = eng.evaluateDraft(text, snapshot, draft, log, findings).length;
      }
      const announce = count !== lastCount && count > 0 ? `Think Twice: ${count} ${count === 1 ? 'concern' : 'concerns'} in this post.` : '';
      lastCount = count;
      ui.update({ indicator: { rect: rectOf(found.editor), count }, ...(announce ? { announce } : {}) });
    } catch (err) {
      log('the typing indicator stopped after an error; posting is unaffected', err);
    }
  };
  const schedule = (e: Event) => {
    lastPath = e.composedPath();
    if (timer === undefined) timer = setTimeout(run, 350);
  };
  window.addEventListener('input', schedule, { capture: true, passive: true, signal });
  // A composer focused: start loading the checker and the prompt's frame now, so they are there by
  // the time the post is sent. Nothing loads at page load, or on a page where nobody writes (most
  // visits): a post sent without its composer ever being focused is held while they load.
  window.addEventListener(
    'focusin',
    (e) => {
      const site = currentSite();
      if (site && editorFromPath(e.composedPath(), site)) {
        engine.get();
        layer.preload();
      }
    },
    { capture: true, passive: true, signal },
  );
  // The checker or the model arriving can change the count: check again (once each).
  const again = () => {
    if (lastPath.length && timer === undefined) timer = setTimeout(run, 0);
  };
  engine.onReady(again);
  tone.onReady(again);
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

try {
  start();
} catch (err) {
  log('could not start on this page; the site is unaffected', err);
}
