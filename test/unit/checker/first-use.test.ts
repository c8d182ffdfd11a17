/**
 * The checker costs nothing until a draft needs it, and its patterns compile fast (src/checker/pattern.ts):
 *  - loading the checker builds no pattern and writes out no word list;
 *  - tame() gives V8 patterns it compiles without unrolling, matching exactly what the pattern as
 *    written matches: checked on every rule pattern, on every rule example and school example;
 *  - a rule whose gate is closed finds nothing (so skipping it changes no finding);
 *  - preparing in steps (src/checker/prepare.ts) builds every pattern, in many small steps, and
 *    changes no finding.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, RULES } from '../../../src/checker';
import { builds, LazyRegExp, LAZY_PATTERNS, regexOf, tame, type Pattern } from '../../../src/checker/pattern';
import { Doc, gatedPatterns, tablesFor, type Range } from '../../../src/checker/doc';
import { prepareSteps } from '../../../src/checker/prepare';
import { docsOf } from '../../../src/checker/rules/docs';

// Read before anything below runs a check: what loading the checker built.
const builtOnLoad = { ...builds };

function examples(): Array<{ text: string; ctx: object }> {
  const out: Array<{ text: string; ctx: object }> = [];
  for (const r of RULES)
    for (const ex of [...docsOf(r).flag, ...docsOf(r).ok]) out.push(typeof ex === 'string' ? { text: ex, ctx: {} } : { text: ex.text, ctx: ex.context });
  const school = resolve(__dirname, '../../corpus/school-examples.jsonl');
  if (existsSync(school))
    for (const line of readFileSync(school, 'utf8').split('\n')) if (line.trim()) out.push({ text: (JSON.parse(line) as { text: string }).text, ctx: {} });
  return out;
}

/** Every match of `re` over `text`, as Doc.find walks them (empty matches skipped, at most 2,000). */
function matches(re: RegExp, text: string): Range[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const out: Range[] = [];
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

function allPatterns(): Pattern[] {
  return [...new Set<Pattern>([...gatedPatterns(), ...LAZY_PATTERNS])];
}

describe('loading the checker', () => {
  it('builds no pattern and writes out no word list', () => {
    expect(builtOnLoad).toEqual({ patterns: 0, lists: 0 });
    expect(LAZY_PATTERNS.length).toBeGreaterThan(100);
  });
});

describe('tame()', () => {
  it('gives bounded and optional quantifiers a body V8 will not unroll', () => {
    expect(tame('(?:so|such) {0,3}x')).toBe('(?:so|such)(?: |(?!)){0,3}x');
    expect(tame('(?:(?:so|such) ){0,3}x')).toBe('(?:(?:so|such) |(?!)){0,3}x');
    expect(tame('a\\s{1,3}b')).toBe('a(?:\\s|(?!)){1,3}b');
    expect(tame('an? (?:absolute |total )?idiot')).toBe('a(?:n|(?!))? (?:absolute |total |(?!))?idiot');
    expect(tame('[a-z]{2,3}')).toBe('(?:[a-z]|(?!)){2,3}');
    expect(tame('[\\]x]?y')).toBe('(?:[\\]x]|(?!))?y');
    expect(tame('x{2}')).toBe('(?:x|(?!)){2}');
    expect(tame('(ab){1,3}?c')).toBe('(ab|(?!)){1,3}?c');
  });

  it('leaves what V8 does not unroll, lookarounds and escapes as they are', () => {
    for (const s of ['a*b+c', '(?:ab)*', 'x{0,4}', '[a-z]{1,20}', '(?<![a-z])x(?![a-z])', '\\{1,3\\}', '\\u{1F600}', 'a{1}', '\\d+']) expect(tame(s)).toBe(s);
  });

  it('is idempotent', () => {
    for (const p of allPatterns()) {
      const src = regexOf(p).source;
      expect(tame(src)).toBe(src);
    }
  });

  it('changes no match of any rule pattern on any example', () => {
    const texts = examples().map((e) => new Doc(e.text, {}).text);
    let compared = 0;
    for (const p of allPatterns()) {
      const written = p instanceof LazyRegExp ? p.untamed() : p;
      const tamed = regexOf(p);
      if (written.source === tamed.source) continue;
      for (const t of texts) {
        expect(matches(tamed, t), `${written.source.slice(0, 60)} on ${JSON.stringify(t)}`).toEqual(matches(written, t));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  }, 120_000);
});

describe('gates', () => {
  it('a rule whose gate is closed finds nothing on any example', () => {
    // The tables of the registered rules, as check() builds them (else every gate counts as open).
    tablesFor(RULES);
    let closed = 0;
    for (const { text, ctx } of examples()) {
      for (const rule of RULES) {
        if (!rule.gate) continue;
        const doc = new Doc(text, ctx);
        if (rule.gate(doc)) continue;
        closed++;
        expect(rule.run(doc), `${rule.id} on ${JSON.stringify(text)}`).toEqual([]);
      }
    }
    expect(closed).toBeGreaterThan(1000);
  }, 120_000);
});

describe('preparing in steps', () => {
  it('builds every pattern in small steps and changes no finding', () => {
    const all = examples();
    const before = all.map((e) => JSON.stringify(check(e.text, e.ctx)));
    let steps = 0;
    for (const label of prepareSteps()) {
      expect(typeof label).toBe('string');
      steps++;
    }
    expect(steps).toBeGreaterThan(allPatterns().length * 2);
    for (const p of LAZY_PATTERNS) expect(p.isBuilt).toBe(true);
    expect(all.map((e) => JSON.stringify(check(e.text, e.ctx)))).toEqual(before);
  }, 120_000);
});
