/**
 * npx tsx scripts/eval-model.ts -- the tone model's own evaluation, on VALIDATION rows only
 * (isValidationRow from scripts/lib/corpus.ts; the model never saw them and its thresholds were
 * chosen on separate calibration rows, see scripts/train.ts).
 *
 * Prints: per dev file (and the school examples), recall on "flag", false-positive rate on
 * "ok", precision and macro-F1 of the model at its default thresholds (a post is flagged when
 * any head is at or above its threshold); the hate and threat heads on their own labels; the
 * school traps and clearly abusive sentences; the bias table (false-positive rate on benign
 * posts with and without identity terms, before and after the mitigation); the model's size
 * and the latency of score() on 280-character posts.
 *
 * Exports modelScorer() for scripts/eval.ts ("model only" / "combined" columns).
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../src/checker/types';
import { loadModel, score, modelFindings, modelFlags, combineFindings, DEFAULT_THRESHOLDS, DEFAULT_COMBINE, type Model, type ModelThresholds } from '../src/model/index';
import { check } from '../src/checker';
import { tokenize } from '../src/model/features';
import { IDENTITY_GROUPS } from '../src/model/identity-terms';
import { HEADS } from '../src/model/format';
import {
  loadLabelledRows,
  trainAndCalibrate,
  macroF1,
  DEFAULT_TRAIN,
  SHIPPED_MODEL,
  BASELINE_MODEL,
  BASELINE_THRESHOLDS,
  EXTRA_NAME,
  type LabelledRow,
} from './train';

// ---------------------------------------------------------------------------------------------
// For the integrator: named scorers over the shipped model.

let cached: Model | null = null;
/** The shipped model (public/model/tone-model.bin), loaded once. */
export function shippedModel(): Model {
  if (!cached) cached = loadModel(readFileSync(SHIPPED_MODEL));
  return cached;
}

/** "Model only": true when any head of the shipped model is at or above its default threshold. */
export function modelScorer(thresholds: ModelThresholds = DEFAULT_THRESHOLDS): (text: string) => boolean {
  const m = shippedModel();
  return (text: string) => modelFlags(m, text, thresholds);
}

/** "Combined": the model's findings given the rules' findings (empty where rules already cover the category). */
export function modelFindingsScorer(thresholds: ModelThresholds = DEFAULT_THRESHOLDS): (text: string, ruleFindings: readonly Finding[]) => Finding[] {
  const m = shippedModel();
  return (text, ruleFindings) => modelFindings(m, text, thresholds, ruleFindings);
}

// ---------------------------------------------------------------------------------------------
// Fixed checks (worded differently from the school examples the model was trained on).

/** The school traps of the checker issue: must stay unflagged. */
export const SCHOOL_TRAPS: readonly string[] = [
  'Well done to our Year 8 team who won the quiz in Scunthorpe on Saturday!',
  'Our netball girls beat Penistone 14-9 this afternoon. Superb!',
  'Lovely day out at the Cockermouth farm for the nursery class.',
  'Best of luck to the staff running the London marathon through Middlesex.',
  'Spotted Dick is back on the menu by popular demand.',
  'Sixth form English students are comparing Moby Dick with The Old Man and the Sea.',
  'Tickets for our Dick Whittington panto are now on sale at the office.',
  'Sex education letters for Year 5 parents went home in book bags today.',
  'Our old head boy has just graduated cum laude in engineering.',
  'A great tit was spotted in the school garden feeding its chicks!',
  'Year 9 discussed why the assassin targeted the Archduke in the history lesson.',
  'Our Year 4s killed it at sports day today!',
  'This maths test was brutal, but everyone kept going. Proud of them.',
  'The kids loved the pirate-themed reading week.',
  'Class 3 have been busy making bird feeders.',
  'Oakfield Academy pupils were a credit to the school on the trip to the museum today.',
  'So proud of Northway Primary School - a fantastic Christmas concert tonight!',
  'Our Muslim and Jewish pupils led the interfaith assembly',
  'Our gay and straight alliance ran a brilliant anti-bullying week.',
  'Our deaf and disabled pupils starred in the inclusive sports festival.',
];

/** Clearly abusive posts: the model should flag them. */
export const CLEARLY_ABUSIVE: readonly string[] = [
  'You are a pathetic, useless idiot and everyone hates you.',
  '@parent_rep shut up you stupid cow, nobody cares what you think.',
  'What a disgusting piece of shit that man is.',
  'That kid is a thick little scumbag just like his dad.',
  'Fuck off back to where you came from.',
];

// ---------------------------------------------------------------------------------------------
// Metrics

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function counts(rows: Array<{ y: boolean; yes: boolean }>): Counts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const r of rows) {
    if (r.yes && r.y) c.tp++;
    else if (r.yes) c.fp++;
    else if (r.y) c.fn++;
    else c.tn++;
  }
  return c;
}

const pct = (x: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * x) / d).toFixed(1).padStart(5)}%`);
const f3 = (x: number): string => x.toFixed(3);

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function flagged(p: [number, number, number], t: ModelThresholds): boolean {
  return p[0] >= t.offensive || p[1] >= t.hate || p[2] >= t.threat;
}

function hasIdentityTerm(text: string): boolean {
  return tokenize(text).some((t) => t.identity);
}

function groupOf(text: string): string[] {
  const toks = new Set(tokenize(text).map((t) => t.text));
  return Object.entries(IDENTITY_GROUPS)
    .filter(([, terms]) => (terms as readonly string[]).some((w) => toks.has(w)))
    .map(([g]) => g);
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

function main(): void {
  const model = shippedModel();
  const thr = DEFAULT_THRESHOLDS;
  const all = loadLabelledRows();
  const val = all.filter((r) => r.split === 'val');
  console.log(`Tone model evaluation on VALIDATION rows (${val.length}); thresholds ${JSON.stringify(thr)}`);
  const scored = val.map((row) => {
    const s = score(model, row.text);
    return { row, p: [s.offensive, s.hate, s.threat] as [number, number, number] };
  });

  // Per file.
  console.log('\nModel only (flag = any head at or above its threshold), validation rows:');
  console.log(`${pad('file', 38)} ${pad('rows', 6)} ${pad('flag', 6)} recall(flag)  FPR(ok)  precision  macro-F1`);
  const files = [...new Set(val.map((r) => r.file))].sort((a, b) => (a === EXTRA_NAME ? 1 : b === EXTRA_NAME ? -1 : a.localeCompare(b)));
  for (const file of files) {
    const rows = scored.filter((s) => s.row.file === file);
    const c = counts(rows.map((s) => ({ y: s.row.label === 'flag', yes: flagged(s.p, thr) })));
    const nFlag = c.tp + c.fn;
    const nOk = c.fp + c.tn;
    console.log(
      `${pad(file, 38)} ${pad(String(rows.length), 6)} ${pad(String(nFlag), 6)} ${pad(pct(c.tp, nFlag), 13)} ${pad(pct(c.fp, nOk), 8)} ${pad(c.tp + c.fp ? pct(c.tp, c.tp + c.fp) : '   -  ', 10)} ${f3(macroF1(c.tp, c.fp, c.fn, c.tn))}`,
    );
  }

  // Heads on their own labels.
  console.log('\nEach head on its own labels (validation rows where the label exists):');
  console.log(`${pad('head', 10)} ${pad('rows', 7)} ${pad('positives', 10)} recall  FPR     precision  F1(pos)  macro-F1`);
  for (let h = 0; h < HEADS.length; h++) {
    const name = HEADS[h] as (typeof HEADS)[number];
    const rows = scored.filter((s) => s.row.y[h] !== -1 && (h !== 0 || s.row.file !== 'metoo-allegations.jsonl'));
    const c = counts(rows.map((s) => ({ y: s.row.y[h] === 1, yes: (s.p[h] as number) >= thr[name] })));
    const f1 = c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
    console.log(
      `${pad(name, 10)} ${pad(String(rows.length), 7)} ${pad(String(c.tp + c.fn), 10)} ${pad(pct(c.tp, c.tp + c.fn), 7)} ${pad(pct(c.fp, c.fp + c.tn), 7)} ${pad(c.tp + c.fp ? pct(c.tp, c.tp + c.fp) : '   -  ', 10)} ${pad(f3(f1), 8)} ${f3(macroF1(c.tp, c.fp, c.fn, c.tn))}`,
    );
  }
  console.log('  (threat labels are weak: seed patterns on "flag" rows plus the school examples; see scripts/train.ts)');

  // Fixed checks.
  const show = (title: string, texts: readonly string[], want: boolean): void => {
    let ok = 0;
    console.log(`\n${title}`);
    for (const t of texts) {
      const s = score(model, t);
      const yes = flagged([s.offensive, s.hate, s.threat], thr);
      if (yes === want) ok++;
      console.log(`  ${yes === want ? 'ok  ' : 'MISS'} off ${f3(s.offensive)} hate ${f3(s.hate)} threat ${f3(s.threat)}  ${t}`);
    }
    console.log(`  ${ok}/${texts.length} as expected`);
  };
  show('School traps (must not be flagged):', SCHOOL_TRAPS, false);
  show('Clearly abusive (should be flagged):', CLEARLY_ABUSIVE, true);

  // Bias table.
  console.log('\nBias: false-positive rate on benign ("ok") validation rows, with vs without identity terms');
  let baseline: { model: Model; thr: ModelThresholds } | null = null;
  if (existsSync(BASELINE_MODEL) && existsSync(BASELINE_THRESHOLDS)) {
    baseline = { model: loadModel(readFileSync(BASELINE_MODEL)), thr: JSON.parse(readFileSync(BASELINE_THRESHOLDS, 'utf8')) as ModelThresholds };
  } else {
    console.log('  (baseline model not found in the temp dir: training it now, same options, no mitigation)');
    const b = trainAndCalibrate(all, { ...DEFAULT_TRAIN, identityMitigation: false, includeIdentityBenign: false, log: () => {} });
    baseline = { model: b.trained.model, thr: b.thresholds };
  }
  const okRows = val.filter((r) => r.label === 'ok');
  const sets: Array<[string, LabelledRow[]]> = [
    ['all dev files + school examples', okRows],
    ['benign-tweets.jsonl', okRows.filter((r) => r.file === 'benign-tweets.jsonl')],
    ['olid-train.jsonl', okRows.filter((r) => r.file === 'olid-train.jsonl')],
    ['hatexplain.jsonl', okRows.filter((r) => r.file === 'hatexplain.jsonl')],
    ['school examples (validation rows)', okRows.filter((r) => r.file === EXTRA_NAME)],
  ];
  console.log(`${pad('ok rows of', 36)} ${pad('model', 9)} ${pad('with identity', 20)} ${pad('without', 20)} gap (pts)`);
  for (const [name, rows] of sets) {
    const withId = rows.filter((r) => hasIdentityTerm(r.text));
    const without = rows.filter((r) => !hasIdentityTerm(r.text));
    for (const [label, m, t] of [
      ['before', baseline.model, baseline.thr],
      ['after', model, thr],
    ] as Array<[string, Model, ModelThresholds]>) {
      const fp = (rs: LabelledRow[]): number =>
        rs.filter((r) => {
          const s = score(m, r.text);
          return flagged([s.offensive, s.hate, s.threat], t);
        }).length;
      const a = fp(withId);
      const b = fp(without);
      const gap = withId.length && without.length ? (100 * a) / withId.length - (100 * b) / without.length : NaN;
      console.log(
        `${pad(name, 36)} ${pad(label, 9)} ${pad(`${pct(a, withId.length)} (${a}/${withId.length})`, 20)} ${pad(`${pct(b, without.length)} (${b}/${without.length})`, 20)} ${Number.isNaN(gap) ? '-' : gap.toFixed(1)}`,
      );
    }
  }
  console.log('\nBias, as shipped (rules and model combined by combineFindings with the default settings), ok validation rows:');
  console.log(`${pad('ok rows of', 36)} ${pad('with identity', 20)} ${pad('without', 20)} gap (pts)`);
  for (const [name, rows] of sets) {
    const withId = rows.filter((r) => hasIdentityTerm(r.text));
    const without = rows.filter((r) => !hasIdentityTerm(r.text));
    const fp = (rs: LabelledRow[]): number => rs.filter((r) => combineFindings(model, r.text, check(r.text), DEFAULT_COMBINE).length > 0).length;
    const a = fp(withId);
    const b = fp(without);
    const gap = withId.length && without.length ? (100 * a) / withId.length - (100 * b) / without.length : NaN;
    console.log(`${pad(name, 36)} ${pad(`${pct(a, withId.length)} (${a}/${withId.length})`, 20)} ${pad(`${pct(b, without.length)} (${b}/${without.length})`, 20)} ${Number.isNaN(gap) ? '-' : gap.toFixed(1)}`);
  }
  console.log('\nBias by group (ok validation rows of all files, FPR):');
  console.log(`${pad('group', 12)} ${pad('rows', 6)} ${pad('before', 10)} after`);
  for (const g of Object.keys(IDENTITY_GROUPS)) {
    const rows = okRows.filter((r) => groupOf(r.text).includes(g));
    const fp = (m: Model, t: ModelThresholds): number =>
      rows.filter((r) => {
        const s = score(m, r.text);
        return flagged([s.offensive, s.hate, s.threat], t);
      }).length;
    console.log(`${pad(g, 12)} ${pad(String(rows.length), 6)} ${pad(pct(fp(baseline.model, baseline.thr), rows.length), 10)} ${pct(fp(model, thr), rows.length)}`);
  }

  // Size.
  const bytes = readFileSync(SHIPPED_MODEL);
  const gz = gzipSync(bytes, { level: 9 }).length;
  console.log(`\nModel size: ${bytes.length} bytes raw, ${gz} bytes gzip (${(gz / 1024).toFixed(1)} KB of the 300 KB budget)`);

  // Latency on 280-character posts.
  const posts: string[] = [];
  let buf = '';
  for (const r of val) {
    buf += (buf ? ' ' : '') + r.text;
    if (buf.length >= 280) {
      posts.push(buf.slice(0, 280));
      buf = '';
      if (posts.length >= 500) break;
    }
  }
  for (let i = 0; i < 2000; i++) score(model, posts[i % posts.length] as string);
  const measure = (fn: (t: string) => unknown): number[] => {
    const times: number[] = [];
    for (let k = 0; k < 4; k++) {
      for (const p of posts) {
        const t0 = process.hrtime.bigint();
        fn(p);
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }
    return times.sort((a, b) => a - b);
  };
  const ts = measure((p) => score(model, p));
  const tf = measure((p) => modelFindings(model, p, thr, []));
  for (let i = 0; i < 3000; i++) {
    const p = posts[i % posts.length] as string;
    combineFindings(model, p, check(p), DEFAULT_COMBINE); // warm up (JIT) the full check
  }
  const tr = measure((p) => check(p));
  const tc = measure((p) => combineFindings(model, p, check(p), DEFAULT_COMBINE));
  console.log(`Latency of the full check (check() + combineFindings()), 280-character posts: p50 ${percentile(tc, 0.5).toFixed(3)} ms, p99 ${percentile(tc, 0.99).toFixed(3)} ms (budget 2 ms; check() alone p50 ${percentile(tr, 0.5).toFixed(3)} ms, p99 ${percentile(tr, 0.99).toFixed(3)} ms)`);
  console.log(`Latency, 280-character posts (${ts.length} calls): score() p50 ${percentile(ts, 0.5).toFixed(3)} ms, p99 ${percentile(ts, 0.99).toFixed(3)} ms; modelFindings() p50 ${percentile(tf, 0.5).toFixed(3)} ms, p99 ${percentile(tf, 0.99).toFixed(3)} ms`);
  const t0 = process.hrtime.bigint();
  const m2 = loadModel(bytes);
  console.log(`loadModel(): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1)} ms (${m2.byteLength} bytes)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
