/**
 * The extension's own UI root on a site for what is not the prompt (the live region, the typing
 * indicator and the lesson-time banner): one element attached to <html>, holding a CLOSED shadow
 * root, so the site's scripts cannot read what it shows (a timetable, a count of concerns). It is
 * attached only when there is something to show, so a page where nobody writes carries no trace of
 * Think Twice. Nothing is ever put inside the site's editor (editors revert or break on foreign nodes).
 * Styles go in through a constructed stylesheet: it is not subject to the page's style-src CSP and
 * cannot leak into the page. The prompt itself is drawn elsewhere (./prompt-layer.ts).
 */
export const HOST_TAG = 'think-twice-root';

export interface ShadowMount {
  host: HTMLElement;
  /** The element Preact renders into. */
  container: HTMLElement;
  /** Puts the host back on the page if the site removed it. */
  attach(): void;
  remove(): void;
}

export function mountShadow(css: string): ShadowMount {
  const host = document.createElement(HOST_TAG);
  // Out of the page's layout and stacking: never shifts what the site drew.
  for (const [k, v] of Object.entries({
    all: 'initial',
    position: 'fixed',
    top: '0',
    left: '0',
    width: '0',
    height: '0',
    'z-index': '2147483647',
    display: 'block',
  })) {
    host.style.setProperty(k, v, 'important');
  }
  const root = host.attachShadow({ mode: 'closed' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Very old engines: fall back to a <style> element (may be blocked by a strict CSP; the UI still works unstyled).
    const style = document.createElement('style');
    style.textContent = css;
    root.appendChild(style);
  }
  const container = document.createElement('div');
  container.className = 'tt';
  root.appendChild(container);
  const attach = () => {
    if (!host.isConnected) (document.documentElement ?? document).appendChild(host);
  };
  attach();
  return { host, container, attach, remove: () => host.remove() };
}

/** Events that would tell the page what happens in Think Twice's own UI (which key, what was typed, where focus is). */
const PRIVATE_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'focus',
  'blur',
  'focusin',
  'focusout',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'copy',
  'cut',
  'paste',
  'select',
  'selectionchange',
] as const;

/**
 * Keeps those events from the page's listeners. The content script runs at document_start, before
 * any page script, so this window capture listener is the first to see every event, and stopping it
 * here means no page listener (window, document or element; capture or bubble) receives it. Default
 * actions still happen (Enter and Space still press a button), and none of Think Twice's own UI here
 * listens for these events. Clicks are not stopped: the UI's buttons need them, and a click tells the
 * page nothing it could not see.
 */
export function containEvents(isOurs: (target: EventTarget) => boolean, signal: AbortSignal): void {
  // At window, an event from inside a closed shadow root is retargeted to its host, so its target
  // alone says whether it came from Think Twice's UI: no composedPath() on every keystroke.
  const stop = (e: Event) => {
    if (e.target && isOurs(e.target)) e.stopImmediatePropagation();
  };
  for (const type of PRIVATE_EVENTS) window.addEventListener(type, stop, { capture: true, signal });
}
