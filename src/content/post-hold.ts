/**
 * A post being sent: checked, and held while the prompt shows when the check has something to say;
 * then sent through the composer as it is now ("Post anyway") or given back to the person to edit.
 * Everything fails open: an error, a timeout or a prompt that cannot be seen lets the post go, once.
 */
import type { AssessModel } from '../assess';
import type { Finding } from '../checker/types';
import { sendToBackground } from '../platform/content';
import type { PublishedLesson } from '../schedule/published';
import type { SettingsSnapshot } from '../settings/snapshot';
import type { SiteAdapter } from '../sites/types';
import type { ContentUi } from '../ui/content/App';
import type { PromptLayer } from '../ui/content/prompt-layer';
import type { Concern } from '../assess/concerns';
import { hasMedia, liveComposer } from './dom';
import { recordNotConcern } from './feedback';
import type { Attempt } from './intercept';
import type { Loaders } from './loaders';
import type { Log } from './log';
import { promptFor } from './prompt-props';
import type { PupilLookup } from './pupil-lookup';
import type { PageSettings } from './settings-state';
import type { TypedFindings } from './typing';
import { type HoldGate, WAIT_MS, withTimeout } from './wait';

export interface PostHoldDeps {
  /** The site's adapter (the prompt drawn ahead names it, as the one shown does). */
  site: () => SiteAdapter | null;
  settings: PageSettings;
  lesson: () => PublishedLesson | null;
  /** The learned model when it is loaded and the school wants it; null: rules only. */
  model: () => AssessModel | null;
  pupils: PupilLookup;
  typed: TypedFindings;
  loaders: Loaders;
  ui: ContentUi;
  layer: PromptLayer;
  gate: HoldGate;
  log: Log;
}

/** The interceptor's hold: true when the post is held (a prompt shows, or the check is on its way). */
export function createPostHold({ site: currentSite, settings, lesson, model, pupils, typed, loaders, ui, layer, gate, log }: PostHoldDeps) {
  // A draft checked whole ahead of sending (./typing) that would be held: its prompt is drawn ahead,
  // hidden, in the frame, in idle time, so that sending this draft only reveals it (the frame draws
  // the prompt again from nothing unless what is shown is exactly what was drawn).
  typed.onRemember = (text, snap, m, names, media, findings) => {
    const later =
      typeof requestIdleCallback === 'function' ? (fn: () => void) => requestIdleCallback(fn, { timeout: 1000 }) : (fn: () => void) => setTimeout(fn, 0);
    later(() => {
      try {
        const eng = loaders.prepared.get();
        const site = currentSite();
        // Superseded (typed on, or another check since), or not to be shown as things stand.
        if (!eng || !site || !snap || !settings.read || layer.open || !layer.isReady || typed.reuse(text, snap, m, names, media) !== findings) return;
        const concerns = eng.evaluateDraft(text, snap, { mediaAttached: media, lesson: lesson(), model: m, pupilNames: names }, log, findings);
        if (concerns.length) layer.draw({ view: 'prompt', data: promptFor(snap, site.name, concerns) });
      } catch (err) {
        log('the prompt could not be drawn ahead; it is drawn when the post is sent', err);
      }
    });
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

  return (attempt: Attempt): boolean => {
    const { editor, spec } = attempt.composer;
    const text = attempt.text;
    const snapshot = settings.snapshot;
    // The pupils' names in this draft: usually known from the typing check; else the post is held while the worker is asked.
    const names = pupils.cached(text, snapshot);
    const ctx = (pupilNames: readonly string[]) => ({ mediaAttached: hasMedia(editor, spec), lesson: lesson(), model: model(), pupilNames });
    // The checker once ready: a check before its first-use work is done would do that work inside the click.
    const eng = loaders.prepared.get();
    // Checked at once when everything is here and the draft is short enough for one short task; a
    // draft the typing check has already read, whole and unchanged, is not read again.
    const findings: Finding[] | undefined = names ? typed.reuse(text, snapshot, model(), names, hasMedia(editor, spec)) : undefined;
    // Not before the school's settings have been read (they are read at the first interaction, so
    // only a post sent in the same moment finds them on their way): a draft that is fine without
    // them may not be with them.
    const concerns =
      settings.read && eng && names && (findings || eng.checksAtOnce(text)) ? eng.evaluateDraft(text, snapshot, ctx(names), log, findings) : null;
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
    // say, let the post go (fail open). While waiting, further sends are held too (gate.awaiting).
    gate.awaiting = true;
    const settle = (prompted: boolean) => {
      gate.awaiting = false;
      if (!prompted && !attempt.replay()) unsent(attempt.composer.site.name, text);
    };
    const deadline = Date.now() + WAIT_MS;
    const left = () => Math.max(0, deadline - Date.now());
    void Promise.all([withTimeout(loaders.prepared.ready(), WAIT_MS), settings.ensure(WAIT_MS), pupils.lookup(text, snapshot, WAIT_MS), layer.ready(WAIT_MS)])
      .then(async ([e, s, pupilNames, frameReady]) => {
        const snap = s ?? (settings.staleShape && e ? e.defaultSnapshot() : null);
        if (!e || !snap) return settle(false);
        // The school may have switched this site off (settings.sites), which the interceptor could
        // not know before the settings were read.
        if ((snap.settings.sites as Record<string, boolean> | undefined)?.[attempt.composer.site.id] === false) return settle(false);
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
}
