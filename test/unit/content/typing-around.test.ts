/**
 * The typing check reads only the draft near the caret (textAround), so a 1 MB paste costs each
 * check the same few paragraphs as a short draft; the whole draft is read and checked ahead of
 * sending when the page is idle, and those findings are only ever used for that exact text. In Node,
 * on a small stand-in for the DOM's node links and textContent (counted, not timed).
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readDraftUpTo, textAround, textWithoutLayout } from '../../../src/content/dom';
import { createTypedFindings } from '../../../src/content/typing';
import { assessDraftInSlices, evaluateDraft, evaluateDraftInSlices } from '../../../src/content/evaluate';
import { resolveCliSettings } from '../../../src/cli/check';
import { longDraft } from '../../../scripts/lib/long-draft';

interface FakeNode {
  nodeType: number;
  tagName?: string;
  data?: string;
  firstChild: FakeNode | null;
  lastChild: FakeNode | null;
  nextSibling: FakeNode | null;
  previousSibling: FakeNode | null;
  parentNode: FakeNode | null;
  readonly textContent: string;
}

/** Characters handed out by textContent and text nodes' data: what a read cost. */
let charsRead = 0;

function link(parent: FakeNode, children: FakeNode[]): FakeNode {
  children.forEach((c, i) => {
    c.parentNode = parent;
    c.previousSibling = children[i - 1] ?? null;
    c.nextSibling = children[i + 1] ?? null;
  });
  parent.firstChild = children[0] ?? null;
  parent.lastChild = children.at(-1) ?? null;
  return parent;
}

function text(data: string): FakeNode {
  return {
    nodeType: 3,
    get data() {
      charsRead += data.length;
      return data;
    },
    firstChild: null,
    lastChild: null,
    nextSibling: null,
    previousSibling: null,
    parentNode: null,
    get textContent() {
      charsRead += data.length;
      return data;
    },
  } as FakeNode;
}

/** A Draft.js-like block: div > span > text. textContent of an element: its one text node's. */
function block(t: string): FakeNode {
  const leaf = text(t);
  const span = link({ nodeType: 1, tagName: 'SPAN' } as FakeNode, [leaf]);
  const div = link(
    {
      nodeType: 1,
      tagName: 'DIV',
      get textContent() {
        return leaf.textContent;
      },
    } as FakeNode,
    [span],
  );
  return div;
}

/** editor > div[data-contents] > one block per paragraph. */
function editorOf(paragraphs: string[]): { editor: FakeNode; blocks: FakeNode[] } {
  const blocks = paragraphs.map(block);
  const contents = link({ nodeType: 1, tagName: 'DIV' } as FakeNode, blocks);
  const editor = link({ nodeType: 1, tagName: 'DIV' } as FakeNode, [contents]);
  return { editor, blocks };
}

const around = (editor: FakeNode, at: FakeNode | null) => textAround(editor as unknown as Node, at as unknown as Node | null, 1_000, 250);

describe('textAround (the typing check reads near the caret)', () => {
  const paragraphs = Array.from({ length: 10_000 }, (_, i) => `Paragraph ${i} `.padEnd(99, 'x'));
  const { editor, blocks } = editorOf(paragraphs);

  it('on a 1 MB draft reads a bounded part around the caret, whatever the draft length', () => {
    const caretBlock = blocks[5_000]!.firstChild!.firstChild!;
    charsRead = 0;
    const part = around(editor, caretBlock);
    expect(part.whole).toBe(false);
    expect(part.text).toContain('Paragraph 5000 ');
    expect(part.text).toContain('Paragraph 4990 ');
    expect(part.text).toContain('Paragraph 5002 ');
    expect(part.text).not.toContain('Paragraph 0 ');
    expect(part.text.length, 'characters of the draft read').toBeLessThanOrEqual(1_000 + 250 + 3 * 100);
    // Each block's text read at most twice (its size, then the text), never the whole draft.
    expect(charsRead).toBeLessThanOrEqual(2 * (1_000 + 250 + 3 * 100));
  });

  it('with no caret in the draft reads its end, where a paste leaves the caret', () => {
    const part = around(editor, null);
    expect(part.whole).toBe(false);
    expect(part.text.endsWith(paragraphs.at(-1)!)).toBe(true);
    expect(part.text.length).toBeLessThanOrEqual(1_000 + 250 + 3 * 100);
  });

  it('reads the lines as textWithoutLayout does, and says when it read them all', () => {
    const short = editorOf(['Trip to the zoo', 'Meet at 4 Elm Road', 'after school']);
    const part = around(short.editor, short.blocks[1]!.firstChild!.firstChild!);
    expect(part).toEqual({ text: 'Trip to the zoo\nMeet at 4 Elm Road\nafter school', whole: true });
    expect(part.text).toBe(textWithoutLayout(short.editor as unknown as Node));
    expect(around(editorOf([]).editor, null)).toEqual({ text: '', whole: true });
  });

  it('a part that stops short of either end is not whole', () => {
    const { editor: e, blocks: b } = editorOf(Array.from({ length: 40 }, (_, i) => `line ${i} `.padEnd(99, 'y')));
    expect(around(e, b[39]!).whole).toBe(false);
    expect(around(e, b[0]!).whole).toBe(false);
    expect(textAround(e as unknown as Node, b[20] as unknown as Node, 1e6, 1e6).whole).toBe(true);
  });
});

describe('readDraftUpTo (the check ahead of sending reads the whole draft only when it will check it)', () => {
  // Form fields are told apart by class; there are none in Node.
  vi.stubGlobal('HTMLTextAreaElement', class {});
  vi.stubGlobal('HTMLInputElement', class {});
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('stops reading a 1 MB draft once it is longer than the limit', () => {
    const { editor } = editorOf(Array.from({ length: 10_000 }, (_, i) => `Paragraph ${i} `.padEnd(99, 'x')));
    charsRead = 0;
    expect(readDraftUpTo(editor as unknown as HTMLElement, 100_000)).toBeNull();
    expect(charsRead).toBeLessThanOrEqual(100_000 + 200);
  });

  it('reads a draft within the limit whole, as textWithoutLayout does', () => {
    const { editor } = editorOf(['Trip to the zoo', 'Meet at 4 Elm Road']);
    expect(readDraftUpTo(editor as unknown as HTMLElement, 100_000)).toBe('Trip to the zoo\nMeet at 4 Elm Road');
    expect(readDraftUpTo(editor as unknown as HTMLElement, 20)).toBeNull();
  });
});

describe('the check ahead of sending', () => {
  const { settings, pack } = resolveCliSettings({}, () => {});
  const snapshot = { settings, pack, at: 0 } as never;

  it('finds in slices what sending the same draft finds (60,000 characters)', async () => {
    const text = longDraft(60_000, true);
    const findings = await assessDraftInSlices(text, snapshot, { pupilNames: [] }, () => {});
    expect(findings).not.toBeNull();
    const reused = evaluateDraft(text, snapshot, { pupilNames: [] }, () => {}, findings!);
    const sent = await evaluateDraftInSlices(text, snapshot, { pupilNames: [] }, () => {});
    expect(reused.length).toBeGreaterThan(0);
    expect(reused).toEqual(sent);
  });

  it('its findings are given only for the exact draft they are for: a draft changed since is checked again', () => {
    const typed = createTypedFindings();
    const text = longDraft(60_000, true);
    const findings = [{ ruleId: 'x' }] as never;
    typed.remember(text, snapshot, null, [], false, findings);
    expect(typed.reuse(text, snapshot, null, [], false)).toBe(findings);
    expect(typed.reuse(`${text}!`, snapshot, null, [], false)).toBeUndefined();
    expect(typed.reuse(text.slice(0, 30_000) + text.slice(30_001), snapshot, null, [], false)).toBeUndefined();
    expect(typed.reuse(text, snapshot, null, ['Sam'], false)).toBeUndefined();
    expect(typed.reuse(text, snapshot, null, [], true)).toBeUndefined();
  });
});
