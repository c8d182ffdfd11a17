/**
 * The prompt's frame: an extension page the content script shows over the site, inside a modal
 * <dialog>, for the prompt, the friend-request reminder and the "not sent" notice. Being another
 * origin, the site can neither read it, click it nor hear the keys typed into it.
 *
 * It takes orders only from the MessagePort that arrives with the secret in its own URL (which the
 * site cannot read: the frame sits in a closed shadow root), and reports back over that port.
 */
import { render } from 'preact';
import { Prompt } from '../content/Prompt';
import { RequestReminder } from '../content/RequestReminder';
import { Unsent } from './Unsent';
import { CONTENT_CSS } from '../content/styles';
import type { FromFrame, ToFrame, FrameAction, FrameView, Handshake } from './protocol';
import { followLanguage } from '../follow-language';
import { htmlLang } from '../i18n';

const secret = location.hash.slice(1);
const app = document.getElementById('app')!;
let port: MessagePort | null = null;

const sheet = new CSSStyleSheet();
sheet.replaceSync(CONTENT_CSS.replace(':host', ':root') + '\nhtml, body { margin: 0; background: transparent; }');
document.adoptedStyleSheets = [sheet];

// The language the staff member or the school chose: a read of local storage (and of the chosen
// locale's file) while the frame loads. The frame says it is ready only once it has it, so every
// view is drawn at once, in that language; but never waits more than a second for it (a read that
// does not answer leaves the browser's language, rather than a frame that is never ready).
let languageLoaded = false;
const LANGUAGE_WAIT_MS = 1000;
const languageReady = Promise.race([
  followLanguage(() => {
    document.documentElement.lang = htmlLang();
  }),
  new Promise<void>((resolve) => setTimeout(resolve, LANGUAGE_WAIT_MS)),
]).then(() => {
  languageLoaded = true;
});

function send(msg: FromFrame): void {
  port?.postMessage(msg);
}

window.addEventListener('message', (e: MessageEvent) => {
  if (port || !secret || (e.data as Handshake | null)?.thinkTwice !== secret || !e.ports[0]) return;
  port = e.ports[0];
  // In order; any that came before the language was in place wait for it (they cannot: see above).
  port.onmessage = (m: MessageEvent) => (languageLoaded ? onMessage(m.data as ToFrame) : void languageReady.then(() => onMessage(m.data as ToFrame)));
  void languageReady.then(() => send({ type: 'ready' }));
});

let watch: { stop: () => void } | null = null;
/** A view is shown (from its show until the next hide). */
let showing = false;
/** The view drawn ahead and hidden, as sent (JSON): a show of exactly this view reveals it. */
let drawn: string | null = null;

function onMessage(msg: ToFrame): void {
  if (msg.type === 'draw') {
    if (showing) return;
    drawAhead(msg);
    return;
  }
  watch?.stop();
  watch = null;
  if (msg.type === 'hide') {
    showing = false;
    drawn = null;
    render(null, app);
    app.hidden = false;
    return;
  }
  showing = true;
  const seq = msg.seq;
  const act = (a: FrameAction) => send({ type: 'action', seq, ...a });
  const { type: _t, seq: _s, ...shown } = msg;
  // Drawn ahead and unchanged: the same tree drawn again as the live prompt (its role, its keys and
  // its focus) is a small change to it, not a new one; anything else is drawn from nothing.
  if (drawn !== JSON.stringify(shown)) render(null, app);
  drawn = null;
  try {
    render(<div class="tt">{view(msg, act)}</div>, app);
    app.hidden = false;
  } catch (err) {
    send({ type: 'not-visible', seq, why: `the prompt could not be drawn (${String(err)})` });
    return;
  }
  window.focus();
  requestAnimationFrame(() => {
    // Drawn means in this document and taking up room, not merely rendered somewhere.
    const dialog = app.querySelector<HTMLElement>('.tt-dialog');
    const r = dialog?.isConnected ? dialog.getBoundingClientRect() : null;
    if (!dialog || !r || r.width < 10 || r.height < 10) {
      send({ type: 'not-visible', seq, why: 'the prompt could not be drawn' });
      return;
    }
    send({ type: 'shown', seq });
    watch = watchVisibility(dialog, (why) => send({ type: 'not-visible', seq, why }));
  });
}

/**
 * A prompt drawn ahead, hidden: as the "Try a draft" page draws it (preview: no alertdialog role,
 * no focus taken, so nothing is announced or focused while the person types), with buttons that do
 * nothing (it cannot be seen or clicked until it is shown, drawn again with its real handlers).
 */
function drawAhead(v: FrameView): void {
  try {
    if (v.view !== 'prompt') return;
    app.hidden = true;
    const none = () => {};
    render(<div class="tt">{view({ view: 'prompt', data: { ...v.data, preview: true } }, none)}</div>, app);
    drawn = JSON.stringify({ view: v.view, data: v.data });
  } catch {
    // Drawn when shown instead.
    drawn = null;
    render(null, app);
  }
}

function view(v: FrameView, act: (a: FrameAction) => void) {
  switch (v.view) {
    case 'prompt':
      return (
        <Prompt
          key={v.data.concerns.map((c) => c.key).join('|')}
          {...v.data}
          onEdit={() => act({ action: 'edit' })}
          onPostAnyway={(n) => act({ action: 'post-anyway', officialAccount: n.officialAccount })}
          onNotConcern={(c) => act({ action: 'not-concern', key: c.key })}
          onOpenClause={(clause) => act({ action: 'open-clause', clause })}
        />
      );
    case 'reminder':
      return (
        <RequestReminder
          {...v.data}
          onContinue={() => act({ action: 'continue' })}
          onCancel={() => act({ action: 'cancel' })}
          onOpenClause={(clause) => act({ action: 'open-clause', clause })}
        />
      );
    case 'unsent':
      return <Unsent {...v.data} onClose={() => act({ action: 'close' })} />;
  }
}

/**
 * Tells the content script when the dialog stops being visible to the person: hidden by the site's
 * styles, made transparent, or covered by something the site drew over it. Uses IntersectionObserver
 * v2 (trackVisibility), which Chromium computes across frames for exactly this purpose; where it is
 * missing (Firefox), the content script's own checks stand alone. A short grace period lets the
 * dialog's entrance animation (opacity and a small transform) finish.
 */
function watchVisibility(target: HTMLElement | null, report: (why: string) => void): { stop: () => void } {
  const Entry = (globalThis as { IntersectionObserverEntry?: { prototype: object } }).IntersectionObserverEntry;
  if (!target || !Entry || !('isVisible' in Entry.prototype)) return { stop: () => {} };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let visible = true;
  const GRACE_MS = 600;
  const observer = new IntersectionObserver(
    (entries) => {
      const e = entries[entries.length - 1] as IntersectionObserverEntry & { isVisible?: boolean };
      visible = e.isVisible !== false;
      if (visible) {
        clearTimeout(timer);
        timer = undefined;
      } else if (timer === undefined) {
        timer = setTimeout(() => {
          if (!visible) report('the page hid or covered the prompt');
        }, GRACE_MS);
      }
    },
    { threshold: [0], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(target);
  return {
    stop() {
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}
