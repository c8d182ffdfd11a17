/**
 * The layer the prompt is shown in on a site: a modal <dialog> holding, in a closed shadow root, an
 * extension-origin frame (src/ui/frame) that draws the prompt, the friend-request reminder and the
 * "not sent" notice.
 *
 * Why this shape:
 * - Another origin: the site's scripts cannot read the prompt, click its buttons (a cross-origin
 *   frame takes no synthetic events) or hear keys typed into it (key, input and focus events do not
 *   cross a frame boundary); the frame is addressed through a per-session dynamic URL.
 * - A modal <dialog> (showModal) is in the top layer: above every z-index, and above a site's own
 *   modal dialog (whose composer would otherwise leave anything outside it inert); while it is open
 *   the rest of the page is inert, which is what the prompt's aria-modal says.
 * - The dialog's inline !important styles outrank the site's stylesheets, so a site rule such as
 *   `dialog { display: none !important }` or a stray transform cannot hide or skew it.
 *
 * Anything that leaves the prompt not visible and usable (never drawn, removed or closed by the
 * site, hidden by its styles, covered, the frame not answering) ends in onLost, and the content
 * script lets the post go: a prompt the person cannot see must never hold their post.
 */
import { extensionOrigin, extensionUrl } from '../../platform/content';
import { t } from '../i18n';
import { PROMPT_FRAME } from '../../bundle-paths';
import type { FromFrame, FrameAction, FrameView, ToFrame } from '../frame/protocol';

export interface LayerHandlers {
  onAction: (a: FrameAction) => void;
  /** The view could not be shown, or stopped being visible and usable. The layer is already closed. */
  onLost: (why: string) => void;
  /** Escape, or the browser's own close request for the dialog. */
  onDismiss: () => void;
}

/** How long a shown view may take to report itself drawn before it counts as lost. */
const SHOWN_MS = 3000;
/** How often an open layer checks that the site has not removed or hidden it. */
const CHECK_MS = 400;

const ARMOUR: Record<string, string> = {
  position: 'fixed',
  inset: '0',
  width: '100vw',
  height: '100vh',
  'max-width': 'none',
  'max-height': 'none',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'hidden',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
  mask: 'none',
  visibility: 'visible',
  'pointer-events': 'auto',
  'z-index': '2147483647',
  'color-scheme': 'normal',
  'box-sizing': 'border-box',
  outline: 'none',
  translate: 'none',
  scale: 'none',
  rotate: 'none',
  'content-visibility': 'visible',
  zoom: '1',
};

function armour(el: HTMLElement, extra: Record<string, string> = {}): void {
  for (const [k, v] of Object.entries({ ...ARMOUR, ...extra })) el.style.setProperty(k, v, 'important');
}

export class PromptLayer {
  private dialog: HTMLDialogElement | null = null;
  private frame: HTMLIFrameElement | null = null;
  private port: MessagePort | null = null;
  private readyPromise: Promise<boolean> | null = null;
  private seq = 0;
  private current: {
    seq: number;
    handlers: LayerHandlers;
    shown: boolean;
    timer: ReturnType<typeof setTimeout> | undefined;
    check: ReturnType<typeof setInterval> | undefined;
  } | null = null;
  /** Closes of the dialog this layer made whose (asynchronous) close events have not arrived yet. */
  private ourCloses = 0;

  constructor(private readonly log: (msg: string, err?: unknown) => void) {}

  /** True while a view is shown (or being shown). */
  get open(): boolean {
    return this.current !== null;
  }

  /** Is this element part of the layer (the dialog or anything in it)? */
  owns(t: EventTarget): boolean {
    return this.dialog !== null && t instanceof Node && this.dialog.contains(t);
  }

  /** The frame is loaded and has answered: show() works at once. */
  get isReady(): boolean {
    return this.port !== null && this.dialog?.isConnected === true;
  }

  /** Starts loading the frame (when a composer is first used), so the prompt can appear in the next frame. */
  preload(): void {
    void this.ready();
  }

  /** Resolves true once the frame can show a view; false if it cannot be had (fail open). */
  ready(timeoutMs = 8000): Promise<boolean> {
    if (this.isReady) return Promise.resolve(true);
    if (this.readyPromise && this.dialog?.isConnected) return this.readyPromise;
    this.readyPromise = this.create(timeoutMs).catch((err: unknown) => {
      this.log('the prompt could not be prepared on this page; posts go ahead unchecked', err);
      this.readyPromise = null;
      return false;
    });
    return this.readyPromise;
  }

  private create(timeoutMs: number): Promise<boolean> {
    this.dialog?.remove();
    this.port = null;
    const dialog = document.createElement('dialog');
    armour(dialog);
    dialog.setAttribute('aria-label', t('extName'));
    const holder = document.createElement('div');
    armour(holder, { position: 'static', inset: 'auto', width: '100%', height: '100%', display: 'block' });
    const root = holder.attachShadow({ mode: 'closed' });
    const frame = document.createElement('iframe');
    armour(frame, { position: 'static', inset: 'auto', width: '100%', height: '100%', display: 'block' });
    frame.title = t('extName');
    frame.setAttribute('allow', 'clipboard-write');
    const secret = crypto.randomUUID();
    const src = extensionUrl(PROMPT_FRAME);
    frame.src = `${src}#${secret}`;
    root.appendChild(frame);
    dialog.appendChild(holder);
    dialog.addEventListener('cancel', (e) => {
      // Escape: the same as the view's own Escape (Edit post / Cancel); the dialog stays ours to close.
      e.preventDefault();
      this.current?.handlers.onDismiss();
    });
    dialog.addEventListener('close', () => {
      // The close event is queued: one we caused arrives after we closed (and maybe reopened) it.
      if (this.ourCloses > 0) {
        this.ourCloses--;
        return;
      }
      if (this.current && !dialog.open) this.lose('the page closed the prompt');
    });
    this.dialog = dialog;
    this.frame = frame;
    (document.documentElement ?? document).appendChild(dialog);
    return new Promise<boolean>((resolve) => {
      const channel = new MessageChannel();
      const timer = setTimeout(() => resolve(false), timeoutMs);
      channel.port1.onmessage = (m: MessageEvent) => {
        const msg = m.data as FromFrame;
        if (msg.type === 'ready') {
          clearTimeout(timer);
          this.port = channel.port1;
          resolve(true);
        } else this.onFrameMessage(msg);
      };
      let sent = false;
      frame.addEventListener('load', () => {
        // Only the first load is ours: a later one means the frame was navigated, and the port
        // must not follow it. The target origin keeps the port from any page but the extension's.
        if (sent) return;
        sent = true;
        frame.contentWindow?.postMessage({ thinkTwice: secret }, extensionOrigin(), [channel.port2]);
      });
    });
  }

  /**
   * Draws a view ahead in the frame, hidden, while nothing is shown: a show() of exactly the same
   * view then only reveals it. Anything else, or nothing drawn ahead, is drawn when shown, as before.
   */
  draw(view: FrameView): void {
    if (!this.isReady || this.current) return;
    this.post({ type: 'draw', ...view });
  }

  /** Shows a view now; throws if the frame is not ready (the caller lets the post go). */
  show(view: FrameView, handlers: LayerHandlers): void {
    if (!this.isReady || !this.port || !this.dialog || !this.frame) throw new Error('the prompt is not ready');
    this.close(false);
    const seq = ++this.seq;
    this.current = { seq, handlers, shown: false, timer: undefined, check: undefined };
    const dialog = this.dialog;
    dialog.style.setProperty('display', 'block', 'important');
    // A modal dialog gives focus back, when it closes, to whatever had it when it opened: the
    // composer, at once, before the held post is sent (Draft.js then keeps a stale caret and the next
    // post is typed out of order). Focus leaves the page's element first, so nothing is given back;
    // the content script puts focus where it belongs after the site has reset its composer.
    (document.activeElement as HTMLElement | null)?.blur?.();
    try {
      dialog.showModal();
    } catch (err) {
      // Not allowed here (an old engine, a page state that refuses it): a non-modal dialog still
      // draws above the page; the visibility checks below decide whether it is usable.
      this.log('the prompt is shown without a modal dialog', err);
      if (!dialog.open) dialog.show();
    }
    this.frame.focus();
    this.post({ type: 'show', seq, ...view });
    const current = this.current;
    current.timer = setTimeout(() => {
      if (this.current === current && !current.shown) this.lose('the prompt did not appear');
    }, SHOWN_MS);
    current.check = setInterval(() => {
      if (this.current !== current) return;
      const why = this.problem();
      if (why) this.lose(why);
    }, CHECK_MS);
  }

  /** Takes the view down (the post is decided elsewhere). */
  hide(): void {
    this.close(true);
  }

  private close(tellFrame: boolean): void {
    const current = this.current;
    this.current = null;
    if (current) {
      clearTimeout(current.timer);
      clearInterval(current.check);
    }
    if (this.dialog) {
      if (this.dialog.open) {
        this.ourCloses++;
        this.dialog.close();
      }
      this.dialog.style.removeProperty('display');
    }
    if (tellFrame && current) this.post({ type: 'hide' });
  }

  private post(msg: ToFrame): void {
    this.port?.postMessage(msg);
  }

  private lose(why: string): void {
    const current = this.current;
    if (!current) return;
    this.close(true);
    // The site may have removed or tampered with the frame: start again with a new one next time.
    if (!this.dialog?.isConnected || !this.frame?.isConnected) {
      this.dialog?.remove();
      this.port = null;
      this.readyPromise = null;
    }
    this.log(`${why}; the post goes ahead as normal`);
    current.handlers.onLost(why);
  }

  private onFrameMessage(msg: FromFrame): void {
    const current = this.current;
    if (!current || msg.type === 'ready' || msg.seq !== current.seq) return;
    if (msg.type === 'shown') {
      current.shown = true;
      clearTimeout(current.timer);
      const why = this.problem();
      if (why) this.lose(why);
    } else if (msg.type === 'not-visible') this.lose(msg.why);
    else {
      const { type: _t, seq: _s, ...action } = msg;
      current.handlers.onAction(action as FrameAction);
    }
  }

  /** Why the open layer is not visible and usable, or null when it is. */
  private problem(): string | null {
    const dialog = this.dialog;
    const frame = this.frame;
    if (!dialog?.isConnected || !frame?.isConnected) return 'the page removed the prompt';
    if (!dialog.open) return 'the page closed the prompt';
    const check = (el: Element) =>
      (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility?.({
        opacityProperty: true,
        visibilityProperty: true,
        contentVisibilityAuto: true,
      });
    if (check(dialog) === false || check(frame) === false) return 'the page hid the prompt';
    const r = frame.getBoundingClientRect();
    if (r.width < 40 || r.height < 40) return 'the page shrank the prompt out of sight';
    return null;
  }
}
