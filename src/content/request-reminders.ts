/**
 * The friend-request reminder: the first friend or follow request to a person each day is held while
 * a reminder of the policy shows, then sent or cancelled as the staff member chooses. Fails open: a
 * reminder that cannot be shown lets the request go.
 */
import { clauseFor } from '../policy/clauses';
import { readLocal, sendToBackground, writeLocal } from '../platform/content';
import type { SiteAdapter } from '../sites/types';
import type { ContentUi } from '../ui/content/App';
import type { PromptLayer } from '../ui/content/prompt-layer';
import type { RequestControl } from './dom';
import type { Log } from './log';
import type { PageSettings } from './settings-state';
import { type HoldGate, WAIT_MS } from './wait';

const REMINDERS_KEY = 'requestReminders';

/**
 * "At most once per person per day": who has been reminded today, kept as short hashes of the
 * profile address (not the addresses themselves), and only for today.
 */
export function requestReminders(): { due: (personKey: string) => boolean } {
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

export interface RequestHoldDeps {
  site: () => SiteAdapter | null;
  settings: PageSettings;
  ui: ContentUi;
  layer: PromptLayer;
  gate: HoldGate;
  log: Log;
}

/** The interceptor's holdRequest: true when the request is held (a reminder shows, or is on its way). */
export function createRequestHold({ site: currentSite, settings, ui, layer, gate, log }: RequestHoldDeps) {
  const reminders = requestReminders();
  return (req: RequestControl, replay: () => boolean): boolean => {
    const site = currentSite();
    if (!site || settings.snapshot?.settings.categories['pupil-contact']?.enabled === false) return false;
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
        {
          view: 'reminder',
          data: { action: req.label, siteName: site.name, clause: settings.snapshot ? clauseFor(settings.snapshot.pack, 'pupil-contact') : '' },
        },
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
    gate.awaiting = true;
    void layer
      .ready(WAIT_MS)
      .then((ok) => {
        gate.awaiting = false;
        if (!ok) {
          replay();
          return;
        }
        show();
      })
      .catch((err: unknown) => {
        gate.awaiting = false;
        log('the reminder could not be shown; the request goes ahead as normal', err);
        close();
        replay();
      });
    return true;
  };
}
