/**
 * Anchors (rules/rule.ts anchored(), requireGate()) let Doc.find skip a regex whose words are
 * absent. They must be exact: on any text, find() with anchors returns what the bare regex returns.
 * Checked here on every rule example, every school example, and tricky variants (digits glued to
 * words, hyphens, apostrophes, elongations).
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsOf } from '../../../src/checker/rules/docs';
import { RULES } from '../../../src/checker';
import { Doc, anchoredPatterns, tablesFor, type Range } from '../../../src/checker/doc';

function bare(text: string, re: RegExp): Range[] {
  const out: Range[] = [];
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    out.push({ from: m.index, to: m.index + m[0].length });
    if (out.length >= 2000) break;
  }
  return out;
}

function texts(): string[] {
  const out: string[] = [];
  for (const r of RULES) for (const ex of [...docsOf(r).flag, ...docsOf(r).ok]) out.push(typeof ex === 'string' ? ex : ex.text);
  const school = resolve(__dirname, '../../corpus/school-examples.jsonl');
  if (existsSync(school)) for (const line of readFileSync(school, 'utf8').split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  const variants: string[] = [];
  for (const t of out) {
    variants.push(t.replace(/ /g, '  '), t.replace(/([a-z]) /gi, '$19 '), t.replace(/ ([a-z])/gi, ' 7$1'), t.replace(/ /g, '-'), t.toUpperCase());
  }
  return [...out, ...variants];
}

describe('regex anchors', () => {
  const all = texts();
  // The tables of the registered rules, as check() builds them.
  tablesFor(RULES);
  const patterns = anchoredPatterns();
  it('are registered for the hot patterns', () => {
    expect(patterns.length).toBeGreaterThan(40);
  });
  it('never hide a match of the bare regex', () => {
    let compared = 0;
    let skipped = 0;
    for (const t of all) {
      const doc = new Doc(t, {});
      for (const { pattern, re } of patterns) {
        const want = bare(doc.text, re);
        if (!doc.mayMatch(pattern)) skipped++;
        expect(doc.find(pattern), `${re.source.slice(0, 60)} on ${JSON.stringify(t)}`).toEqual(want);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
    // Most patterns are skipped on most texts: the comparison covers what the anchors skip.
    expect(skipped).toBeGreaterThan(compared / 2);
    // Every pattern on every example and its variants: tens of seconds on a busy machine.
  }, 120_000);
});
