/**
 * Gates and anchors (src/checker/doc.ts, rules/rule.ts gateWords(), gateOf(), anchored()) let the
 * engine skip a rule, or a pattern, on a draft that lacks its words. They must be exact:
 *  - every rule finds the same with its gates and anchors as with none (the engine's tables built
 *    for no rule, so that every gate and anchor counts as open);
 *  - every rule names in its `uses` each gate and anchored pattern it meets, so the engine's tables
 *    (built from the registered rules' `uses`) hold them all.
 * Checked on every rule example, every school example, and variants of them (hyphens, doubled spaces,
 * capitals). Not on digits glued to words ("stfu3rd"): a gate's words open only as a whole run of
 * letters and digits, while the patterns behind it need only a non-letter around a word, so a gate can
 * be closed where its patterns would match (anchors open inside such runs: anchors.test.ts checks them
 * with digits glued on). Opening gates there too would change findings, so it is left as it is.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../../../src/checker';
import { Doc, unheld, tablesFor } from '../../../src/checker/doc';
import type { Rule, RuleHit } from '../../../src/checker/rules/rule';
import { docsOf } from '../../../src/checker/rules/docs';
import type { CheckContext } from '../../../src/checker/types';

interface Case {
  text: string;
  ctx: CheckContext;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const r of RULES)
    for (const ex of [...docsOf(r).flag, ...docsOf(r).ok]) out.push(typeof ex === 'string' ? { text: ex, ctx: {} } : { text: ex.text, ctx: ex.context });
  const school = resolve(__dirname, '../../corpus/school-examples.jsonl');
  if (existsSync(school))
    for (const line of readFileSync(school, 'utf8').split('\n')) if (line.trim()) out.push({ text: (JSON.parse(line) as { text: string }).text, ctx: {} });
  const variants: Case[] = [];
  for (const { text: t, ctx } of out) for (const v of [t.replace(/ /g, '  '), t.replace(/ /g, '-'), t.toUpperCase()]) variants.push({ text: v, ctx });
  return [...out, ...variants];
}

/** What a rule finds on a text, as the engine would take it: nothing when its gate is closed. */
function findings(rule: Rule, c: Case, gated: boolean): string {
  const doc = new Doc(c.text, c.ctx);
  let hits: RuleHit[];
  try {
    hits = gated && rule.gate && !rule.gate(doc) ? [] : rule.run(doc);
  } catch (e) {
    return 'threw ' + String(e);
  }
  return JSON.stringify(hits);
}

// Tables for no rule: no gate or anchor is held, so every one counts as open.
const NO_RULES: readonly Rule[] = [];

afterAll(() => tablesFor(RULES));

describe('gates and anchors', () => {
  const all = cases();

  it('every rule finds the same with its gates and anchors as without them', () => {
    tablesFor(RULES);
    unheld.clear();
    const withGates = all.map((c) => RULES.map((r) => findings(r, c, true)));
    // Every gate and anchor a rule met was in the tables (else it counted as open: no test at all).
    expect([...unheld].length).toBe(0);
    tablesFor(NO_RULES);
    let skipped = 0;
    for (let i = 0; i < all.length; i++)
      for (let k = 0; k < RULES.length; k++) {
        const c = all[i]!;
        const r = RULES[k]!;
        const without = findings(r, c, false);
        expect(withGates[i]![k], `${r.id} on ${JSON.stringify(c.text)}`).toBe(without);
        if (withGates[i]![k] === '[]' && without === '[]') skipped++;
      }
    // Most rules find nothing on most texts: the comparison covers the texts a gate skips.
    expect(skipped).toBeGreaterThan(all.length * 10);
  }, 300_000);

  it('every gate and anchored pattern a rule meets is in its uses', () => {
    for (const rule of RULES) {
      // Tables for this rule alone: anything else it meets is not held, and so shows in `unheld`.
      const alone: readonly Rule[] = [rule];
      tablesFor(alone);
      unheld.clear();
      for (const c of all) {
        const doc = new Doc(c.text, c.ctx);
        try {
          rule.gate?.(doc);
          rule.run(doc);
        } catch {
          // A rule that throws is skipped by the engine; its examples fail in rules.test.ts.
        }
      }
      expect(unheld.size, `${rule.id} meets gates or patterns its uses leaves out`).toBe(0);
    }
  }, 300_000);
});
