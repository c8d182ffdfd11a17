/**
 * Doc's single word pass keeps the open gates of the Doc scanned last in one shared array (no
 * allocation per check). A Doc used after another was scanned must still answer for its own text.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checker';
import { Doc, tablesFor } from '../../../src/checker/doc';
import { gateWords } from '../../../src/checker/rules/rule';

describe('Doc word pass', () => {
  const gate = gateWords(['zebrafish']);

  it('answers for its own text when Docs are used in turns', () => {
    // Tables that hold the gate (a gate they do not hold counts as open).
    tablesFor([{ uses: [gate] }]);
    const a = new Doc('a zebrafish in the pond', {});
    const b = new Doc('nothing to see here', {});
    expect(a.hasAny(gate)).toBe(true);
    expect(b.hasAny(gate)).toBe(false);
    // a was not the last Doc scanned: it scans again rather than reading b's gates.
    expect(a.hasAny(gate)).toBe(true);
    expect(b.hasAny(gate)).toBe(false);
  });

  it('gives the same findings whether or not other checks run in between', () => {
    const texts = ['You are such an idiot', 'Call his mum on 07700 900123', 'Lovely assembly today', 'f u c k this', 'sh1t, forgot my lanyard'];
    const alone = texts.map((t) => JSON.stringify(check(t)));
    const interleaved = texts.map((t, i) => {
      const d = new Doc(texts[(i + 1) % texts.length]!, {});
      d.hasAny(gate);
      return JSON.stringify(check(t));
    });
    expect(interleaved).toEqual(alone);
    expect(alone.filter((f) => f !== '[]').length).toBe(4);
  });
});
