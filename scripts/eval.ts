/**
 * Measures the checker on the labelled development corpus (../shared/corpus/dev) and on the project's
 * own school examples (test/corpus/school-examples.jsonl).
 *
 *   npm run eval                      tables: per file and per finer label, ALL rows and VALIDATION rows
 *   npm run eval -- --json            the same, machine-readable
 *   npm run eval -- --baseline        adds the `obscenity` library as a second scorer column
 *   npm run eval -- --school-errors   also lists the school posts the shipped assessment misses or flags wrongly
 *   npm run eval -- --errors FILE [N] prints N missed "flag" rows and N flagged "ok" rows of FILE,
 *                                     from TRAINING rows only (tune on these, never on validation rows)
 *
 * Scorers are a list of named functions text -> boolean, so more columns (e.g. the learned model) can
 * be added in SCORERS below without touching the rest.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { check, flagged } from '../src/checker';
import { devFiles, readDevFile, readJsonl, isValidationRow, fnv1a, corpusDir, type CorpusRow } from './lib/corpus';
import { assess, type Assessment } from '../src/assess';
import { resolveCliSettings, loadShippedModel } from '../src/cli/check';
import type { Finding } from '../src/checker/types';
import { scoreCnn } from '../src/model/cnn';
import { loadAssessModel, HEAD_THRESHOLDS } from '../src/assess/model';
import { MODEL_PATH as SHIPPED_MODEL_PATH } from '../src/assess';
import { asPolicyReadsIt, loadPolicyReview } from './lib/policy-review';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

export interface Scorer {
  name: string;
  score(text: string): boolean;
}

const rulesScorer: Scorer = { name: 'rules', score: (t) => flagged(check(t)) };

function obscenityScorer(): Scorer {
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return { name: 'obscenity', score: (t) => matcher.hasMatch(t) };
}

interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

interface Metrics extends Counts {
  n: number;
  recall: number | null;
  fpr: number | null;
  precision: number | null;
  f1: number | null;
}

function metrics(c: Counts): Metrics {
  const pos = c.tp + c.fn;
  const neg = c.fp + c.tn;
  const recall = pos ? c.tp / pos : null;
  const fpr = neg ? c.fp / neg : null;
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : null;
  const f1 = recall !== null && precision !== null && recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : null;
  return { ...c, n: pos + neg, recall, fpr, precision, f1 };
}

/** The finer labels of a row: `kind`, and for some files other fields ("allegation", "target"). */
function finerLabels(file: string, row: CorpusRow): string[] {
  const out: string[] = [];
  if (row.kind !== undefined && row.kind !== null) out.push(`kind=${String(row.kind)}`);
  if (typeof row.target === 'string') out.push(`target=${row.target}`);
  if (file.startsWith('metoo')) {
    if (row.allegation === true) out.push('allegation');
    if (row.hate === true) out.push('hate');
  }
  if (Array.isArray(row.targets)) for (const t of row.targets) if (typeof t === 'string') out.push(`targets=${t}`);
  return out;
}

interface GroupResult {
  group: string;
  all: Record<string, Metrics>;
  validation: Record<string, Metrics>;
}

interface FileResult {
  file: string;
  rows: number;
  groups: GroupResult[];
}

function empty(): Counts {
  return { tp: 0, fn: 0, fp: 0, tn: 0 };
}

function add(c: Counts, label: 'flag' | 'ok', pred: boolean): void {
  if (label === 'flag') pred ? c.tp++ : c.fn++;
  else pred ? c.fp++ : c.tn++;
}

function evalFile(file: string, scorers: Scorer[]): FileResult {
  const rows = readDevFile(file);
  const groups = new Map<string, { all: Record<string, Counts>; val: Record<string, Counts> }>();
  const group = (g: string) => {
    let x = groups.get(g);
    if (!x) {
      x = { all: {}, val: {} };
      for (const s of scorers) {
        x.all[s.name] = empty();
        x.val[s.name] = empty();
      }
      groups.set(g, x);
    }
    return x;
  };
  group('(all)');
  for (const row of rows) {
    const val = isValidationRow(row.text);
    const preds = scorers.map((s) => s.score(row.text));
    for (const g of ['(all)', ...finerLabels(file, row)]) {
      const x = group(g);
      scorers.forEach((s, i) => {
        add(x.all[s.name]!, row.label, preds[i]!);
        if (val) add(x.val[s.name]!, row.label, preds[i]!);
      });
    }
  }
  return {
    file,
    rows: rows.length,
    groups: [...groups.entries()].map(([g, x]) => ({
      group: g,
      all: Object.fromEntries(Object.entries(x.all).map(([k, v]) => [k, metrics(v)])),
      validation: Object.fromEntries(Object.entries(x.val).map(([k, v]) => [k, metrics(v)])),
    })),
  };
}

export interface SchoolExample {
  text: string;
  label: 'flag' | 'ok';
  category: string | null;
  note?: string;
}

export function readSchoolExamples(): SchoolExample[] {
  const p = join(root, 'test/corpus/school-examples.jsonl');
  if (!existsSync(p)) return [];
  return readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SchoolExample);
}

interface SchoolResult {
  category: string;
  flag: number;
  flagPassed: number;
  ok: number;
  okPassed: number;
  failures: Array<{ text: string; label: string; got: string[] }>;
}

/** A "flag" example passes when the checker raises its category; an "ok" example when nothing is raised. */
function evalSchool(): SchoolResult[] {
  const by = new Map<string, SchoolResult>();
  for (const ex of readSchoolExamples()) {
    const cat = ex.category ?? (ex.label === 'ok' ? '(benign)' : '(any)');
    let r = by.get(cat);
    if (!r) {
      r = { category: cat, flag: 0, flagPassed: 0, ok: 0, okPassed: 0, failures: [] };
      by.set(cat, r);
    }
    const got = check(ex.text);
    const cats = [...new Set(got.map((f) => f.category))];
    if (ex.label === 'flag') {
      r.flag++;
      if (ex.category ? cats.includes(ex.category as never) : got.length > 0) r.flagPassed++;
      else r.failures.push({ text: ex.text, label: 'flag', got: got.map((f) => f.ruleId) });
    } else {
      r.ok++;
      if (got.length === 0) r.okPassed++;
      else r.failures.push({ text: ex.text, label: 'ok', got: got.map((f) => f.ruleId) });
    }
  }
  return [...by.values()].sort((a, b) => a.category.localeCompare(b.category));
}

const pct = (x: number | null) => (x === null ? '-' : (x * 100).toFixed(1));

function table(headers: string[], rows: string[][]): string {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  return [line(headers), line(w.map((n) => '-'.repeat(n))), ...rows.map(line)].join('\n');
}

function printFile(fr: FileResult, scorers: Scorer[]): void {
  console.log(`\n${fr.file} (${fr.rows} rows; recall on "flag", FPR on "ok"; % ; ALL rows | VALIDATION rows)`);
  const headers = ['label', 'n'];
  for (const s of scorers) headers.push(`${s.name} rec`, 'FPR', 'prec', 'F1', '|val rec', 'FPR', 'prec', 'F1');
  const rows = fr.groups.map((g) => {
    const first = g.all[scorers[0]!.name]!;
    const r = [g.group, String(first.n)];
    for (const s of scorers) {
      const a = g.all[s.name]!;
      const v = g.validation[s.name]!;
      r.push(pct(a.recall), pct(a.fpr), pct(a.precision), pct(a.f1), '|' + pct(v.recall), pct(v.fpr), pct(v.precision), pct(v.f1));
    }
    return r;
  });
  console.log(table(headers, rows));
}

function printErrors(file: string, n: number): void {
  const rows = readDevFile(file).filter((r) => !isValidationRow(r.text));
  const misses: string[] = [];
  const fps: string[] = [];
  for (const r of rows) {
    const f = check(r.text);
    if (r.label === 'flag' && !f.length && misses.length < n) misses.push(`  [${r.kind ?? ''}] ${r.text.slice(0, 200).replace(/\n/g, ' ')}`);
    if (r.label === 'ok' && f.length && fps.length < n)
      fps.push(
        `  [${f.map((x) => x.ruleId).join(',')}] ${r.text.slice(0, 200).replace(/\n/g, ' ')}  <<${f.flatMap((x) => x.spans.map((s) => r.text.slice(s.start, s.end))).join('|')}>>`,
      );
  }
  console.log(`MISSED flag rows (training only):\n${misses.join('\n')}\n\nFLAGGED ok rows (training only):\n${fps.join('\n')}`);
}

/**
 * The comparison that decides what ships: rules only, model only and the two combined (as the extension combines
 * them: combineFindings with the settings' defaults, the same call as the content script), on VALIDATION rows of
 * every dev file, plus the school examples (all rows; the rules were written against them, so
 * they are not an unbiased measure of the rules).
 */
function modelComparison(): {
  rows: string[][];
  json: Record<string, Record<string, { recall: number | null; fpr: number | null; macroF1: number | null }>>;
  policyNotes: string[];
} {
  const loaded = loadAssessModel(new Uint8Array(readFileSync(join(root, 'public', SHIPPED_MODEL_PATH))));
  if (!loaded.ok) throw loaded.error;
  const cnn = loaded.cnn;
  // "Model only": any head at its threshold in the combination (src/settings/model-thresholds.json).
  const modelFlags = (t: string) => {
    const p = scoreCnn(cnn, t).probs as Record<string, number>;
    return Object.entries(HEAD_THRESHOLDS).some(([h, thr]) => (p[h] ?? 0) >= thr);
  };
  // Each system scores a text once: the policy reading and its "flagged but never reviewed" count reuse the decisions.
  const once = (fn: (t: string) => boolean) => {
    const seen = new Map<string, boolean>();
    return (t: string) => {
      let v = seen.get(t);
      if (v === undefined) seen.set(t, (v = fn(t)));
      return v;
    };
  };
  const shipped = shippedAssessment();
  const systems: Array<[string, (t: string) => boolean]> = [
    ['rules', once((t) => flagged(check(t)))],
    ['model', once(modelFlags)],
    // Exactly what ships: the one assessment (src/assess) with the default settings and the shipped model, as on a machine with no admin policy.
    ['combined', once((t) => shipped(t).flagged)],
  ];
  const sources: Array<[string, CorpusRow[]]> = devFiles().map((f) => [f, readDevFile(f).filter((r) => isValidationRow(r.text))]);
  // The same rows as the policy reads them (scripts/lib/policy-review.ts): the publisher's figure stays above.
  const review = loadPolicyReview();
  const policyNotes: string[] = [];
  for (const file of [...new Set(review.map((r) => r.file))]) {
    const data = sources.find(([f]) => f === file)?.[1];
    if (!data) continue;
    const read = asPolicyReadsIt(file, data, review);
    const flaggedUnreviewed = data.filter((r) => !read.reviewed.has(fnv1a(r.text)) && systems.some(([, fn]) => fn(r.text))).length;
    sources.push([`${file}, as the policy reads it`, read.rows]);
    policyNotes.push(
      `${file}: ${read.reviewed.size} validation rows reviewed against the policy (test/corpus/policy-review.jsonl), ${read.changed} read as "flag"; rows flagged now but never reviewed: ${flaggedUnreviewed}`,
    );
    if (read.unmatched.length)
      policyNotes.push(`  WARNING: ${read.unmatched.length} reviewed row(s) no longer in ${file}: ${read.unmatched.map((r) => `"${r.excerpt}"`).join(', ')}`);
  }
  const school = join(root, 'test/corpus/school-examples.jsonl');
  if (existsSync(school)) sources.push(['school-examples (all rows)', readJsonl(school) as CorpusRow[]]);
  const rows: string[][] = [];
  const json: Record<string, Record<string, { recall: number | null; fpr: number | null; macroF1: number | null }>> = {};
  for (const [name, data] of sources) {
    const row = [name, String(data.length)];
    json[name] = {};
    for (const [sys, fn] of systems) {
      let tp = 0,
        fp = 0,
        tn = 0,
        fn_ = 0;
      for (const r of data) {
        const p = fn(r.text);
        if (r.label === 'flag') p ? tp++ : fn_++;
        else p ? fp++ : tn++;
      }
      const f1 = (a: number, b: number, c: number) => (2 * a + b + c === 0 ? null : (2 * a) / (2 * a + b + c));
      const f1Flag = tp + fn_ > 0 ? f1(tp, fp, fn_) : null;
      const f1Ok = tn + fp > 0 ? f1(tn, fn_, fp) : null;
      const macro = f1Flag !== null && f1Ok !== null ? (f1Flag + f1Ok) / 2 : null;
      const recall = tp + fn_ > 0 ? tp / (tp + fn_) : null;
      const fpr = tn + fp > 0 ? fp / (tn + fp) : null;
      json[name]![sys] = { recall, fpr, macroF1: macro };
      const pc = (x: number | null) => (x === null ? '-' : (100 * x).toFixed(1));
      row.push(pc(recall), pc(fpr), macro === null ? '-' : macro.toFixed(3));
    }
    rows.push(row);
  }
  return { rows, json, policyNotes };
}

/** The assessment that ships, with the default settings (a machine with no admin policy) and the shipped model. */
function shippedAssessment(): (text: string) => Assessment {
  const { settings, pack } = resolveCliSettings({});
  const model = loadShippedModel();
  return (t) => assess(t, { settings, pack, model });
}

interface SchoolPost {
  text: string;
  expect: 'flag' | 'ok';
  category: string;
  also?: string[];
  difficulty: string;
}

interface SchoolPostsResult {
  rows: number;
  systems: Record<string, { recall: number | null; rightCategory: number | null; falseAlarms: number; fpr: number | null; macroF1: number | null }>;
  byCategory: Array<{ category: string; n: number; flagged: number; right: number }>;
  byDifficulty: Array<{ difficulty: string; flag: number; flagged: number; ok: number; falseAlarms: number }>;
  misses: SchoolPost[];
  falseAlarms: Array<SchoolPost & { got: string[] }>;
}

/**
 * The school posts written outside the project (../shared/corpus/eval/school-posts.jsonl): measured,
 * never fitted to (see the corpus README). "Right category" counts a flagged post whose findings
 * include its category or one of the other fair ones (`also`).
 */
function evalSchoolPosts(): SchoolPostsResult | null {
  const path = join(corpusDir(), 'eval', 'school-posts.jsonl');
  if (!existsSync(path)) return null;
  const posts = readJsonl(path) as unknown as SchoolPost[];
  const shipped = shippedAssessment();
  const systems: Array<[string, (t: string) => Finding[]]> = [
    ['rules', (t) => check(t)],
    ['combined', (t) => shipped(t).findings],
  ];
  const result: SchoolPostsResult = { rows: posts.length, systems: {}, byCategory: [], byDifficulty: [], misses: [], falseAlarms: [] };
  for (const [name, fn] of systems) {
    let tp = 0,
      fn_ = 0,
      fp = 0,
      tn = 0,
      right = 0;
    const cats = new Map<string, { n: number; flagged: number; right: number }>();
    const diffs = new Map<string, { flag: number; flagged: number; ok: number; falseAlarms: number }>();
    for (const p of posts) {
      const findings = fn(p.text);
      const got = [...new Set(findings.map((f) => f.category))];
      const isFlagged = findings.length > 0;
      const d = diffs.get(p.difficulty) ?? { flag: 0, flagged: 0, ok: 0, falseAlarms: 0 };
      diffs.set(p.difficulty, d);
      if (p.expect === 'flag') {
        const fair = new Set([p.category, ...(p.also ?? [])]);
        const isRight = isFlagged && got.some((c) => fair.has(c));
        isFlagged ? tp++ : fn_++;
        if (isRight) right++;
        const c = cats.get(p.category) ?? { n: 0, flagged: 0, right: 0 };
        c.n++;
        if (isFlagged) c.flagged++;
        if (isRight) c.right++;
        cats.set(p.category, c);
        d.flag++;
        if (isFlagged) d.flagged++;
        if (name === 'combined' && !isFlagged) result.misses.push(p);
      } else {
        isFlagged ? fp++ : tn++;
        d.ok++;
        if (isFlagged) d.falseAlarms++;
        if (name === 'combined' && isFlagged) result.falseAlarms.push({ ...p, got });
      }
    }
    const f1 = (a: number, b: number, c: number) => (2 * a + b + c === 0 ? 0 : (2 * a) / (2 * a + b + c));
    result.systems[name] = {
      recall: tp + fn_ ? tp / (tp + fn_) : null,
      rightCategory: tp + fn_ ? right / (tp + fn_) : null,
      falseAlarms: fp,
      fpr: fp + tn ? fp / (fp + tn) : null,
      macroF1: (f1(tp, fp, fn_) + f1(tn, fn_, fp)) / 2,
    };
    if (name === 'combined') {
      result.byCategory = [...cats].map(([category, c]) => ({ category, ...c })).sort((a, b) => b.n - a.n || a.category.localeCompare(b.category));
      result.byDifficulty = [...diffs].map(([difficulty, c]) => ({ difficulty, ...c }));
    }
  }
  return result;
}

function printSchoolPosts(r: SchoolPostsResult, showErrors: boolean): void {
  const pc = (x: number | null) => (x === null ? '-' : (100 * x).toFixed(1));
  console.log(`\nSchool posts written outside the project (eval/school-posts.jsonl, ${r.rows} posts; measured, never fitted to)`);
  console.log(
    table(
      ['system', 'recall %', 'right category %', 'false alarms', 'FPR %', 'macro-F1'],
      Object.entries(r.systems).map(([name, m]) => [
        name,
        pc(m.recall),
        pc(m.rightCategory),
        String(m.falseAlarms),
        pc(m.fpr),
        m.macroF1 === null ? '-' : m.macroF1.toFixed(3),
      ]),
    ),
  );
  console.log('\nPer category (combined): flagged, and flagged in its category or another fair one');
  console.log(
    table(
      ['category', 'posts', 'flagged', '%', 'right category', '%'],
      r.byCategory.map((c) => [c.category, String(c.n), String(c.flagged), pc(c.flagged / c.n), String(c.right), pc(c.right / c.n)]),
    ),
  );
  console.log('\nPer difficulty (combined)');
  console.log(
    table(
      ['difficulty', 'flag posts', 'flagged', 'recall %', 'ok posts', 'false alarms'],
      r.byDifficulty.map((d) => [d.difficulty, String(d.flag), String(d.flagged), pc(d.flag ? d.flagged / d.flag : null), String(d.ok), String(d.falseAlarms)]),
    ),
  );
  if (showErrors) {
    console.log(`\nMissed (${r.misses.length}), to read for KINDS of post (never copy a row or a phrase of one):`);
    for (const m of r.misses) console.log(`  [${m.category}/${m.difficulty}] ${m.text}`);
    console.log(`\nFalse alarms (${r.falseAlarms.length}):`);
    for (const m of r.falseAlarms) console.log(`  [${m.got.join(',')}] ${m.text}`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const ei = args.indexOf('--errors');
  if (ei !== -1) {
    printErrors(args[ei + 1] ?? 'olid-train.jsonl', Number(args[ei + 2] ?? 40));
    return;
  }
  const json = args.includes('--json');
  const scorers: Scorer[] = [rulesScorer];
  if (args.includes('--baseline')) scorers.push(obscenityScorer());
  const t0 = Date.now();
  const files = devFiles().map((f) => evalFile(f, scorers));
  const school = evalSchool();
  const comparison = modelComparison();
  const schoolPosts = evalSchoolPosts();
  if (json) {
    const { misses: _m, falseAlarms: _f, ...schoolPostsFigures } = schoolPosts ?? { misses: [], falseAlarms: [] };
    console.log(
      JSON.stringify(
        { scorers: scorers.map((s) => s.name), files, school, rulesModelCombined: comparison.json, schoolPosts: schoolPosts ? schoolPostsFigures : null },
        null,
        1,
      ),
    );
    return;
  }
  for (const fr of files) printFile(fr, scorers);
  console.log('\nSchool examples (test/corpus/school-examples.jsonl): "flag" passes when its category is raised; "ok" when nothing is');
  console.log(
    table(
      ['category', 'flag', 'passed', 'ok', 'passed'],
      school.map((r) => [r.category, String(r.flag), String(r.flagPassed), String(r.ok), String(r.okPassed)]),
    ),
  );
  const failures = school.flatMap((r) => r.failures.map((f) => `  [${r.category}] ${f.label} -> ${f.got.join(',') || 'nothing'}: ${f.text}`));
  if (failures.length) console.log(`\nFailing school examples (${failures.length}):\n${failures.join('\n')}`);
  console.log('\nRules, tone model and combined, on VALIDATION rows (recall on "flag" %, false positives on "ok" %, macro-F1)');
  console.log(table(['file', 'rows', 'rules rec', 'FPR', 'mF1', 'model rec', 'FPR', 'mF1', 'combined rec', 'FPR', 'mF1'], comparison.rows));
  for (const note of comparison.policyNotes) console.log(note);
  if (schoolPosts) printSchoolPosts(schoolPosts, args.includes('--school-errors'));
  else console.log(`\nSchool posts: ${join(corpusDir(), 'eval', 'school-posts.jsonl')} not found (set THINK_TWICE_CORPUS).`);
  console.log(`\n(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

main();
