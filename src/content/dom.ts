/**
 * Finding composers and their controls in a page, and reading a draft, WITHOUT changing the
 * editor's DOM (Draft.js and Lexical break or revert when their nodes are touched).
 */
import type { ComposerSpec, ControlSpec, SiteAdapter } from '../sites/types';

export interface Composer {
  site: SiteAdapter;
  spec: ComposerSpec;
  editor: HTMLElement;
  /** The submit control, when one was found (a keyboard submit may have none). */
  control: HTMLElement | null;
}

const MAX_ASCENT = 20;

/** The parent, stepping out of a shadow root to its host. */
function up(node: Node): Node | null {
  if (node.parentNode) return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  return node instanceof ShadowRoot ? node.host : null;
}

function accessibleText(el: Element): string {
  return (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.textContent ?? '').trim();
}

export function isControl(el: Element, spec: ControlSpec): boolean {
  if (!el.matches(spec.selector)) return false;
  return spec.text ? spec.text.test(accessibleText(el)) : true;
}

/** Matching controls under `root`, looking into open shadow roots of root and its direct children. */
function controlsIn(root: Element, spec: ControlSpec): HTMLElement[] {
  const found: HTMLElement[] = [];
  const scan = (r: ParentNode) => {
    for (const el of r.querySelectorAll<HTMLElement>(spec.selector)) if (isControl(el, spec)) found.push(el);
  };
  scan(root);
  if (root.shadowRoot) scan(root.shadowRoot);
  return found;
}

function visible(el: HTMLElement): boolean {
  return el.isConnected && (el.offsetParent !== null || el.getClientRects().length > 0);
}

/** The editor element an event happened in, for this site's composers. */
export function editorFromPath(path: readonly EventTarget[], site: SiteAdapter): { editor: HTMLElement; spec: ComposerSpec } | null {
  for (const t of path) {
    if (!(t instanceof HTMLElement)) continue;
    for (const spec of site.composers) if (t.matches(spec.editor)) return { editor: t, spec };
  }
  return null;
}

/** Given an editor, find its composer's submit control by walking up until an ancestor holds one. */
export function controlForEditor(editor: HTMLElement, spec: ComposerSpec): HTMLElement | null {
  let node: Node | null = editor;
  for (let i = 0; node && i < MAX_ASCENT; i++, node = up(node)) {
    if (!(node instanceof Element)) continue;
    for (const c of spec.submit) {
      const controls = controlsIn(node, c).filter((el) => !el.contains(editor));
      const shown = controls.find(visible) ?? controls[0];
      if (shown) return shown;
    }
  }
  return null;
}

/** Given a submit control that was activated, find the composer it sends. */
export function composerFromPath(path: readonly EventTarget[], site: SiteAdapter): Composer | null {
  for (const t of path) {
    if (!(t instanceof HTMLElement)) continue;
    for (const spec of site.composers) {
      if (!spec.submit.some((c) => isControl(t, c))) continue;
      const editor = editorNear(t, spec);
      if (editor) return { site, spec, editor, control: t };
    }
  }
  return null;
}

/** The nearest editor to a control: walk up until an ancestor contains one (the focused one if several). */
function editorNear(control: HTMLElement, spec: ComposerSpec): HTMLElement | null {
  let node: Node | null = control;
  for (let i = 0; node && i < MAX_ASCENT; i++, node = up(node)) {
    if (!(node instanceof Element)) continue;
    const editors = [...node.querySelectorAll<HTMLElement>(spec.editor)];
    if (node.shadowRoot) editors.push(...node.shadowRoot.querySelectorAll<HTMLElement>(spec.editor));
    if (editors.length === 0) continue;
    const active = editors.find((e) => e.contains(deepActiveElement()));
    const withText = editors.filter((e) => readDraft(e).trim() !== '');
    return active ?? (withText.length === 1 ? withText[0]! : null) ?? editors[0]!;
  }
  return null;
}

/**
 * The composer as it is on the page now. A site may re-render its composer while the prompt is open
 * (React replaces the nodes; a draft autosave remounts the editor), leaving the held editor or its
 * control detached, and clicking a detached control sends nothing. Then the live composer is the one
 * of the same kind whose editor holds the same text; null when there is none, or more than one.
 */
export function liveComposer(held: Composer, text: string): Composer | null {
  const { site, spec, editor, control } = held;
  if (editor.isConnected && (!control || control.isConnected)) return held;
  if (editor.isConnected) {
    const again = controlForEditor(editor, spec);
    return again || !control ? { ...held, control: again } : null;
  }
  const want = text.trim();
  if (!want) return null;
  const same = [...document.querySelectorAll<HTMLElement>(spec.editor)].filter((e) => readDraft(e).trim() === want);
  if (same.length !== 1) return null;
  const found = same[0]!;
  const again = controlForEditor(found, spec);
  if (control && !again) return null;
  return { site, spec, editor: found, control: again };
}

export function deepActiveElement(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/**
 * Above this many characters a rich editor's text is read without innerText: innerText needs the
 * page laid out and computes each node's rendered text, and on a pasted 1 MB draft it was 40-66 ms
 * of one task (npm run bench:page, Chromium 156, 2026-12; read a paragraph at a time, about half).
 * Below it innerText is cheap and gives exactly what the person sees.
 */
export const LAYOUT_FREE_CHARS = 20_000;

/** Elements after which innerText starts a new line (the block elements editors build drafts from). */
const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'SECTION', 'ARTICLE']);

/**
 * A rich editor's text without layout, a paragraph at a time: below the wrappers that hold the
 * whole draft (one element child each), each child's textContent, a line break after each block
 * element and at each <br>. One call into the page's DOM per paragraph, not per node: editors write
 * one block element per paragraph (Draft.js, Lexical, ProseMirror). Not identical to innerText:
 * hidden text is kept, white space is not collapsed, and line breaks inside a paragraph's own
 * blocks (a list inside a quote) are not seen.
 */
export function textWithoutLayout(root: Node): string {
  return joinBlocks(blocksOf(root).firstChild, null) ?? '';
}

/** Below the wrappers that hold the whole draft (one element child each; Draft.js: editor > div[data-contents] > blocks). */
function blocksOf(root: Node): Node {
  let box: Node = root;
  for (let depth = 0; depth < 20; depth++) {
    const only = box.firstChild;
    if (!only || only.nextSibling !== null || only.nodeType !== 1) break;
    box = only;
  }
  return box;
}

/**
 * The text of the blocks from `first` up to (not including) `stop`, as textWithoutLayout reads them;
 * null as soon as it is longer than `max` (the rest is not read).
 */
function joinBlocks(first: Node | null, stop: Node | null, max = Number.POSITIVE_INFINITY): string | null {
  const parts: string[] = [];
  let length = 0;
  // A block's line ends only where something follows it (innerText adds no line break at the end).
  let lineEnded = false;
  const put = (t: string) => {
    if (lineEnded) parts.push('\n');
    lineEnded = false;
    parts.push(t);
    length += t.length + 1;
  };
  for (let c = first; c && c !== stop; c = c.nextSibling) {
    if (c.nodeType === 3) put((c as Text).data);
    else if (c.nodeType === 1) {
      const tag = (c as Element).tagName;
      if (tag === 'BR') put('\n');
      else if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'TEMPLATE') {
        put(c.textContent ?? '');
        lineEnded = BLOCKS.has(tag);
      }
    }
    if (length > max) return null;
  }
  return parts.join('');
}

/** Part of a draft: `whole` when it is all of it. */
export interface DraftPart {
  text: string;
  whole: boolean;
}

/**
 * The blocks of a rich editor around `at` (a node in it: the caret's), at least `before` characters
 * of them before its block and `after` after it, read as textWithoutLayout reads them; `whole` when
 * they are all the editor has. One textContent per block read, so the cost does not grow with the
 * draft: the typing check on a 1 MB paste read (and compared) the whole draft at every check. A
 * draft that is one enormous block is still read whole (its one textContent).
 */
export function textAround(root: Node, at: Node | null, before: number, after: number): DraftPart {
  const box = blocksOf(root);
  let mid: Node | null = null;
  for (let n: Node | null = at; n && n !== box; n = n.parentNode) {
    if (n.parentNode === box) {
      mid = n;
      break;
    }
  }
  // No caret in the draft (focus elsewhere, or the caret on the editor itself): its end, where a paste leaves it.
  mid ??= box.lastChild;
  if (!mid) return { text: '', whole: true };
  let first: Node = mid;
  let last: Node = mid;
  const size = (n: Node) => (n.nodeType === 3 ? (n as Text).data.length : n.nodeType === 1 ? (n.textContent?.length ?? 0) : 0);
  for (let got = 0, p = mid.previousSibling; p && got < before; p = p.previousSibling) {
    got += size(p) + 1;
    first = p;
  }
  for (let got = 0, n = mid.nextSibling; n && got < after; n = n.nextSibling) {
    got += size(n) + 1;
    last = n;
  }
  return { text: joinBlocks(first, last.nextSibling) ?? '', whole: first.previousSibling === null && last.nextSibling === null };
}

/** The draft's text: .value for form fields, innerText for rich editors (never modifies them), read without layout when very long. */
export function readDraft(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.value;
  // Read without layout first (cheap); a short draft is then read again by innerText, which gives
  // exactly what the person sees. (Measuring with textContent first copied a 1 MB draft once more.)
  const text = textWithoutLayout(editor);
  return text.length > LAYOUT_FREE_CHARS ? text : (editor.innerText ?? text);
}

/**
 * The draft as readDraft reads it, or null when it is longer than `max` characters, found without
 * reading the rest: the check ahead of sending read a 1 MB paste whole (40 ms, bench:page) only to
 * find it too long to check ahead.
 */
export function readDraftUpTo(editor: HTMLElement, max: number): string | null {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.value.length > max ? null : editor.value;
  const text = joinBlocks(blocksOf(editor).firstChild, null, max);
  if (text === null || text.length > max) return null;
  return text.length > LAYOUT_FREE_CHARS ? text : (editor.innerText ?? text);
}

/**
 * The draft near the caret, for the typing check: `before` characters before it and `after` after
 * it, give or take a paragraph; the whole draft (as readDraft reads it) when that is all there is.
 */
export function readDraftAround(editor: HTMLElement, before: number, after: number): DraftPart {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    const value = editor.value;
    if (value.length <= before + after) return { text: value, whole: true };
    const caret = editor.selectionEnd ?? value.length;
    return { text: value.slice(Math.max(0, caret - before), Math.min(value.length, caret + after)), whole: false };
  }
  const focus = editor.ownerDocument.getSelection?.()?.focusNode ?? null;
  const part = textAround(editor, focus && editor.contains(focus) ? focus : null, before, after);
  return part.whole ? { text: readDraft(editor), whole: true } : part;
}

/** Is a photo or video attached, judging by the composer's own markup near the editor? */
export function hasMedia(editor: HTMLElement, spec: ComposerSpec): boolean {
  if (!spec.media) return false;
  // Up to 8 ancestors are looked in. Each one's descendants include the one below it, so within one
  // tree (the document, or a shadow root) searching the highest is searching them all: one search
  // per tree, not one per ancestor (each of which went through the whole of a long draft's markup).
  let node: Node | null = editor;
  let top: Element | null = null;
  for (let i = 0; node && i < 8; i++) {
    if (node instanceof Element) top = node;
    const next = up(node);
    const leavesTree = node.parentNode instanceof ShadowRoot || node instanceof ShadowRoot;
    if (top && (leavesTree || !next || i === 7)) {
      if (top.querySelector(spec.media)) return true;
      top = null;
    }
    node = next;
  }
  return false;
}

/** Is a mention/emoji/hashtag suggestion list open? Then Enter picks a suggestion, it does not send. */
export function typeaheadOpen(editor: HTMLElement): boolean {
  if (editor.getAttribute('aria-expanded') === 'true') return true;
  if (editor.getAttribute('aria-activedescendant')) return true;
  const owns = editor.getAttribute('aria-controls') ?? editor.getAttribute('aria-owns');
  if (owns) {
    const list = document.getElementById(owns);
    if (list && visible(list as HTMLElement)) return true;
  }
  return [...document.querySelectorAll<HTMLElement>('[role="listbox"]')].some((l) => visible(l) && l.querySelector('[role="option"]') !== null);
}

export interface RequestControl {
  control: HTMLElement;
  /** The person's profile address (path only), which identifies them for "once per person per day". */
  person: string;
  label: string;
}

/** A friend/follow request control in the event path, with the profile link in its card. */
export function requestFromPath(path: readonly EventTarget[], site: SiteAdapter): RequestControl | null {
  if (!site.requests?.length) return null;
  for (const t of path) {
    if (!(t instanceof HTMLElement)) continue;
    if (!site.requests.some((c) => isControl(t, c))) continue;
    let node: Element | null = t.parentElement;
    for (let i = 0; node && i < 5; i++, node = node.parentElement) {
      const link = node.querySelector<HTMLAnchorElement>('a[href]');
      if (link) {
        let person = link.getAttribute('href') ?? '';
        try {
          const u = new URL(link.href);
          person = u.pathname + (u.pathname.startsWith('/profile.php') ? u.search : '');
        } catch {
          // keep the raw attribute
        }
        return { control: t, person, label: accessibleText(t) };
      }
    }
    return null;
  }
  return null;
}
