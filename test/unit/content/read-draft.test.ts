/**
 * A very long draft in a rich editor is read without innerText (which needs the page laid out, and
 * on a 1 MB paste was a long task): a paragraph at a time, one line break per block and per <br>
 * between them. In Node, on a small stand-in for the DOM's node links and textContent.
 */
import { describe, expect, it } from 'vitest';
import { textWithoutLayout } from '../../../src/content/dom';

interface FakeNode {
  nodeType: number;
  tagName?: string;
  data?: string;
  firstChild: FakeNode | null;
  nextSibling: FakeNode | null;
  readonly textContent: string;
}

/** textContent as the DOM gives it: every text node below, in order (a loop: the markup may be deep). */
function textOf(node: FakeNode): string {
  if (node.nodeType === 3) return node.data ?? '';
  const out: string[] = [];
  const stack: FakeNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  stack.reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) out.push(n.data ?? '');
    const kids: FakeNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out.join('');
}

function el(tagName: string, ...children: FakeNode[]): FakeNode {
  children.forEach((c, i) => {
    c.nextSibling = children[i + 1] ?? null;
  });
  return {
    nodeType: 1,
    tagName,
    firstChild: children[0] ?? null,
    nextSibling: null,
    get textContent() {
      return textOf(this);
    },
  };
}
const text = (data: string): FakeNode => ({ nodeType: 3, data, firstChild: null, nextSibling: null, textContent: data });
const read = (n: FakeNode) => textWithoutLayout(n as unknown as Node);

describe('textWithoutLayout', () => {
  it('reads Draft.js blocks as lines, as innerText does', () => {
    const block = (t: string) => el('DIV', el('DIV', el('SPAN', el('SPAN', text(t)))));
    const editor = el('DIV', el('DIV', block('Trip to the zoo'), block('Meet at 4 Elm Road'), block('after school')));
    expect(read(editor)).toBe('Trip to the zoo\nMeet at 4 Elm Road\nafter school');
  });

  it('breaks lines after paragraphs and at <br> between them, keeps inline text together, and skips scripts and styles', () => {
    const editor = el(
      'DIV',
      el('P', text('Hello '), el('B', text('there'))),
      el('BR'),
      el('STYLE', text('p{}')),
      el('P', text('Bye')),
      el('SCRIPT', text('x()')),
    );
    expect(read(editor)).toBe('Hello there\n\nBye');
  });

  it('reads a plain contenteditable of text and <br> as lines', () => {
    expect(read(el('DIV', text('one'), el('BR'), text('two')))).toBe('one\ntwo');
  });

  it('an empty editor reads as nothing, and an empty block is an empty line', () => {
    expect(read(el('DIV'))).toBe('');
    expect(read(el('DIV', el('P', text('a')), el('P'), el('P', text('c'))))).toBe('a\n\nc');
    expect(read(el('DIV', el('P', text('a')), el('P', el('BR')), el('P', text('c'))))).toBe('a\n\nc');
  });

  it('reads one paragraph inside many wrappers whole', () => {
    let inner = el('P', text('only '), el('SPAN', text('line')));
    for (let i = 0; i < 50; i++) inner = el('DIV', inner);
    expect(read(el('DIV', inner))).toBe('only line');
  });

  it('reads a 1 MB draft of many blocks whole', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `line ${i} ${'x'.repeat(40)}`);
    const editor = el('DIV', ...lines.map((l) => el('DIV', el('SPAN', text(l)))));
    expect(read(editor)).toBe(lines.join('\n'));
  });
});
