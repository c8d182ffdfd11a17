/**
 * A very long draft in a rich editor is read without innerText (which lays the page out first, a
 * long task on a 1 MB paste): its text nodes in order, one line break per block and per <br>. In
 * Node, on a small stand-in for the DOM's node links.
 */
import { describe, expect, it } from 'vitest';
import { textWithoutLayout } from '../../../src/content/dom';

interface FakeNode {
  nodeType: number;
  tagName?: string;
  data?: string;
  firstChild: FakeNode | null;
  nextSibling: FakeNode | null;
  parentNode: FakeNode | null;
}

function el(tagName: string, ...children: FakeNode[]): FakeNode {
  const node: FakeNode = { nodeType: 1, tagName, firstChild: children[0] ?? null, nextSibling: null, parentNode: null };
  children.forEach((c, i) => {
    c.parentNode = node;
    c.nextSibling = children[i + 1] ?? null;
  });
  return node;
}
const text = (data: string): FakeNode => ({ nodeType: 3, data, firstChild: null, nextSibling: null, parentNode: null });
const read = (n: FakeNode) => textWithoutLayout(n as unknown as Node);

describe('textWithoutLayout', () => {
  it('reads Draft.js blocks as lines, as innerText does', () => {
    const block = (t: string) => el('DIV', el('DIV', el('SPAN', el('SPAN', text(t)))));
    const editor = el('DIV', el('DIV', block('Trip to the zoo'), block('Meet at 4 Elm Road'), block('after school')));
    expect(read(editor)).toBe('Trip to the zoo\nMeet at 4 Elm Road\nafter school');
  });

  it('breaks lines at <br> and after paragraphs, keeps inline text together, and skips scripts and styles', () => {
    const editor = el(
      'DIV',
      el('P', text('Hello '), el('B', text('there')), el('BR'), text('Year 4')),
      el('STYLE', text('p{}')),
      el('P', text('Bye')),
      el('SCRIPT', text('x()')),
    );
    expect(read(editor)).toBe('Hello there\nYear 4\nBye');
  });

  it('an empty editor reads as nothing, and empty blocks add one line break at most', () => {
    expect(read(el('DIV'))).toBe('');
    expect(read(el('DIV', el('P', text('a')), el('P'), el('P', text('c'))))).toBe('a\nc');
    expect(read(el('DIV', el('P', text('a')), el('P', el('BR')), el('P', text('c'))))).toBe('a\n\nc');
  });

  it('reads markup nested far deeper than the stack would allow a recursive walk', () => {
    let inner = el('SPAN', text('deep'));
    for (let i = 0; i < 200_000; i++) inner = el('SPAN', inner);
    expect(read(el('DIV', inner, el('DIV', text('after'))))).toBe('deepafter');
  });

  it('reads a 1 MB draft of many blocks whole', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `line ${i} ${'x'.repeat(40)}`);
    const editor = el('DIV', ...lines.map((l) => el('DIV', el('SPAN', text(l)))));
    expect(read(editor)).toBe(lines.join('\n'));
  });
});
