/**
 * Catches every way a post is sent, before the site sees it.
 *
 * Listeners sit on window in the capture phase (registered at document_start), so they run before
 * React's root listeners, Lexical, ProseMirror and Quill; preventDefault + stopImmediatePropagation
 * then keeps the site's handler from running. `submit` does not cross shadow roots, so a listener
 * is also added to each open shadow root a composer lives in.
 *
 * FAIL OPEN: any error in here lets the event through untouched, so the post still goes.
 */
import type { SiteAdapter } from '../sites/types';
import {
  composerFromPath,
  controlForEditor,
  editorFromPath,
  liveComposer,
  readDraft,
  requestFromPath,
  typeaheadOpen,
  type Composer,
  type RequestControl,
} from './dom';

export type Via = 'click' | 'key-control' | 'enter' | 'mod-enter' | 'form';

export interface Attempt {
  composer: Composer;
  via: Via;
  /** The draft as it was when the person sent it. */
  text: string;
  /**
   * Sends the original post exactly once, unchanged, through the composer as it is on the page now
   * (the site may have re-rendered it meanwhile). False when nothing could send it (the composer is
   * gone): the caller must tell the person and keep their text. A second call does nothing (false).
   */
  replay: () => boolean;
}

export interface InterceptorOptions {
  /** The adapter for this page now (SPA navigation may change it), or null. */
  site: () => SiteAdapter | null;
  /** The generic fallback, tried when the site's own adapter recognises nothing. */
  fallback: SiteAdapter;
  /** Decide synchronously: true = hold the post (the prompt will be shown), false = let it go. */
  hold: (attempt: Attempt) => boolean;
  /** A friend/follow request control was activated: true = hold it (the reminder will be shown). */
  holdRequest?: (request: RequestControl, replay: () => boolean) => boolean;
  /**
   * Is this one of Think Twice's own elements? Their events are never a post: a policy pack may label
   * "Post anyway" as "Post" or "Send", which the generic fallback would otherwise read as the site's
   * submit control and hold behind the very prompt it belongs to.
   */
  ownUi: (t: EventTarget) => boolean;
  /** Is the prompt open (then further submits are held until it closes)? */
  promptOpen: () => boolean;
  log: (msg: string, err?: unknown) => void;
}

export class Interceptor {
  private bypass = false;
  private readonly shadowRoots = new WeakSet<ShadowRoot>();
  private readonly missed = new Set<string>();

  constructor(private readonly opts: InterceptorOptions) {}

  install(signal: AbortSignal): void {
    const o = { capture: true, signal } as const;
    window.addEventListener('click', (e) => this.guard(() => this.onClick(e)), o);
    window.addEventListener('keydown', (e) => this.guard(() => this.onKeydown(e)), o);
    window.addEventListener('submit', (e) => this.guard(() => this.onSubmit(e)), o);
    // Forms inside open shadow roots (Reddit) fire `submit` only inside the root: listen there too.
    window.addEventListener('focusin', (e) => this.guard(() => this.watchShadowRoots(e.composedPath(), signal)), o);
    window.addEventListener('pointerdown', (e) => this.guard(() => this.watchShadowRoots(e.composedPath(), signal)), o);
  }

  /** Runs `fn`; an exception is logged and the event is left alone (fail open). */
  private guard(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.opts.log('an error inside Think Twice was caught; the post goes ahead as normal', err);
    }
  }

  private watchShadowRoots(path: EventTarget[], signal: AbortSignal): void {
    for (const t of path) {
      if (t instanceof ShadowRoot && t.mode === 'open' && !this.shadowRoots.has(t)) {
        this.shadowRoots.add(t);
        t.addEventListener('submit', (e) => this.guard(() => this.onSubmit(e as SubmitEvent)), { capture: true, signal });
      }
    }
  }

  private find(path: EventTarget[]): Composer | null {
    const site = this.opts.site();
    if (!site) return null;
    const own = composerFromPath(path, site);
    if (own) return own;
    const generic = composerFromPath(path, this.opts.fallback);
    if (generic) this.noteMiss(site, 'submit control');
    return generic ? { ...generic, site } : null;
  }

  private noteMiss(site: SiteAdapter, what: string): void {
    const key = `${site.id}:${what}`;
    if (this.missed.has(key)) return;
    this.missed.add(key);
    this.opts.log(`the ${site.name} adapter did not recognise this ${what} (the site's markup may have changed); using the generic fallback`);
  }

  private stop(e: Event): void {
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  /** Holds the event when the caller decides to; guarantees the replay runs at most once. */
  private attempt(e: Event, composer: Composer, via: Via, send: (live: Composer) => boolean): void {
    if (this.opts.promptOpen()) {
      this.stop(e);
      return;
    }
    const text = readDraft(composer.editor);
    const replay = this.oneShot(() => {
      const live = liveComposer(composer, text);
      return live ? send(live) : false;
    });
    if (this.opts.hold({ composer, via, text, replay })) this.stop(e);
  }

  /** Wraps the original action: it runs at most once, and our own listeners let it through. */
  private oneShot(send: () => boolean): () => boolean {
    let used = false;
    return () => {
      if (used) return false;
      used = true;
      this.bypass = true;
      try {
        return send();
      } finally {
        this.bypass = false;
      }
    };
  }

  /** Clicks the composer's control as it is now; false when it has none. */
  private static clickControl(live: Composer): boolean {
    if (!live.control) return false;
    live.control.click();
    return true;
  }

  /** Friend and follow requests (policy 5.3): hold the click or key, and replay it once on Continue. */
  private request(e: Event, path: EventTarget[]): boolean {
    const site = this.opts.site();
    if (!site || !this.opts.holdRequest) return false;
    const req = requestFromPath(path, site);
    if (!req) return false;
    if (this.opts.promptOpen()) {
      this.stop(e);
      return true;
    }
    const replay = this.oneShot(() => {
      if (!req.control.isConnected) return false;
      req.control.click();
      return true;
    });
    if (this.opts.holdRequest(req, replay)) this.stop(e);
    return true;
  }

  private onClick(e: MouseEvent): void {
    if (this.bypass || e.button !== 0) return;
    const path = e.composedPath();
    if (path.some(this.opts.ownUi)) return;
    if (this.request(e, path)) return;
    const composer = this.find(path);
    if (!composer?.control) return;
    this.attempt(e, composer, 'click', Interceptor.clickControl);
  }

  private onKeydown(e: KeyboardEvent): void {
    // Every keystroke passes here: leave as early and cheaply as possible.
    if (this.bypass || (e.key !== 'Enter' && e.key !== ' ')) return;
    if (e.isComposing || e.keyCode === 229) return;
    const site = this.opts.site();
    if (!site) return;
    const path = e.composedPath();
    if (path.some(this.opts.ownUi)) return;
    // Enter or Space on a focused Post control (div[role=button] gets no native click from keys).
    const target = path[0];
    if (target instanceof HTMLElement && !e.ctrlKey && !e.metaKey && !e.altKey && target.getAttribute('role') === 'button' && this.request(e, [target])) return;
    if (target instanceof HTMLElement && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const onControl = composerFromPath([target], site);
      if (onControl && onControl.control === target) {
        this.attempt(e, onControl, 'key-control', Interceptor.clickControl);
        return;
      }
    }
    if (e.key !== 'Enter') return;
    let found = editorFromPath(path, site);
    let usedFallback = false;
    if (!found) {
      found = editorFromPath(path, this.opts.fallback);
      usedFallback = found !== null;
    }
    if (!found) return;
    const { editor, spec } = found;
    const mod = e.ctrlKey || e.metaKey;
    let via: Via;
    if (mod && !e.altKey) via = 'mod-enter';
    else if (spec.enterSends && !e.shiftKey && !e.altKey && !mod && !typeaheadOpen(editor)) via = 'enter';
    else return;
    if (usedFallback) this.noteMiss(site, 'editor');
    const control = controlForEditor(editor, spec);
    const init: KeyboardEventInit & { keyCode: number; which: number } = {
      key: e.key,
      code: e.code,
      keyCode: e.keyCode,
      which: e.which,
      ctrlKey: e.ctrlKey,
      metaKey: e.metaKey,
      shiftKey: e.shiftKey,
      altKey: e.altKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    this.attempt(e, { site, spec, editor, control }, via, (live) => {
      // Clicking the composer's own control is the most faithful replay; re-dispatching the key
      // (with key, code, keyCode and which, which Draft.js and ProseMirror read) is the fallback.
      if (live.control) live.control.click();
      else live.editor.dispatchEvent(new KeyboardEvent('keydown', init));
      return true;
    });
  }

  private onSubmit(e: SubmitEvent): void {
    if (this.bypass) return;
    const form = e.target;
    if (!(form instanceof HTMLFormElement)) return;
    const site = this.opts.site();
    if (!site) return;
    const path: EventTarget[] = e.submitter ? [e.submitter, ...e.composedPath()] : e.composedPath();
    if (path.some(this.opts.ownUi)) return;
    let composer = composerFromPath(path, site);
    if (!composer) {
      // A submit with no recognised control (implicit submission): find an editor in the form.
      for (const spec of site.composers) {
        const editor = form.querySelector<HTMLElement>(spec.editor);
        if (editor) {
          composer = { site, spec, editor, control: null };
          break;
        }
      }
    }
    if (!composer) return;
    const submitter = e.submitter instanceof HTMLElement ? e.submitter : null;
    this.attempt(e, composer, 'form', (live) => {
      if (form.isConnected) {
        if (submitter?.isConnected && (submitter as HTMLButtonElement).form === form) form.requestSubmit(submitter);
        else form.requestSubmit();
        return true;
      }
      // The form was re-rendered: its live counterpart, through its own control.
      const again = live.control?.closest('form') ?? live.editor.closest('form');
      if (live.control) live.control.click();
      else if (again) again.requestSubmit();
      else return false;
      return true;
    });
  }
}
