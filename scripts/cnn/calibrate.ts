/**
 * npm run train, step 3 of 3 (the last): the school's tone settings' defaults (src/settings/model-thresholds.json),
 * chosen for the COMBINED decision staff see, on the calibration slice of training rows (never
 * fitted by the trainer, never validation rows).
 *
 *  - heads: every head's threshold for the combination. The trainer chose each head's alone; each is
 *    first raised just above the highest score its head gives any of the project's school traps, and
 *    since 14 heads together raise more false alarms than any one, all are then moved together (each
 *    keeps its distance to 1 in proportion, factor m) until the combined decision stays within the budgets;
 *  - offensive, hate, threat: the settings' defaults, the same as those heads' thresholds;
 *  - agreement: how sure the offensive head must be before a mild word-list tone concern shows
 *    (src/assess/combine.ts).
 * m and agreement are chosen together: the best mean of OLID macro-F1 and synthetic school posts'
 * macro-F1 of the combined decision, with false alarms on benign tweets within
 * MODEL_BENIGN_FPR_BUDGET more than the rules alone, on synthetic ok posts within SYNTH_OK_FPR_BUDGET, and none of the
 * project's own school traps (test/corpus/school-examples.jsonl "ok" rows) flagged.
 *
 * The search scores each text once (rules and model) and re-combines for each candidate through
 * combine(), the function assess() uses; the chosen value is then checked with assess() itself.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devFiles, readDevFile, readJsonl, isValidationRow } from '../lib/corpus';
import { calibrationBucket } from '../lib/labels';
import { check, flagged } from '../../src/checker';
import { assess, MODEL_PATH, type ModelSettings } from '../../src/assess';
import { combine, type HeadScores } from '../../src/assess/combine';
import { loadAssessModel, headScores, assessModelOf } from '../../src/assess/model';
import { synthesise } from '../synth/index';
import type { Finding } from '../../src/checker/types';
import { scoreCnn } from '../../src/model/cnn';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULTS_FILE = join(root, 'src/settings/model-thresholds.json');
/**
 * How many more benign tweets (calibration slice) the model may cause to be flagged, beyond those the
 * rules' warning and serious findings flag on their own (which the model cannot silence by design).
 */
export const MODEL_BENIGN_FPR_BUDGET = 0.01;
/** Largest share of synthetic ok posts (calibration slice; most are traps written to look risky) the combined decision may flag. */
export const SYNTH_OK_FPR_BUDGET = 0.04;

interface Scored {
  text: string;
  flag: boolean;
  rules: Finding[];
  s: HeadScores;
}

const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
function macroF1(rows: readonly Scored[], decide: (x: Scored) => boolean): number {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  for (const x of rows) {
    const yes = decide(x);
    if (yes && x.flag) tp++;
    else if (yes) fp++;
    else if (x.flag) fn++;
    else tn++;
  }
  return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
}

/** Each head's threshold moved towards 1 (m < 1) or away from it (m > 1), keeping the model's own order of caution between heads. */
export function scaled(thresholds: Readonly<Record<string, number>>, m: number): Record<string, number> {
  return Object.fromEntries(Object.entries(thresholds).map(([h, t]) => [h, t >= 1 ? 1 : Math.min(0.99, Math.max(0.05, 1 - (1 - t) * m))]));
}

function main(): void {
  const calPct = Number(process.env.CAL_PCT ?? 20);
  const loaded = loadAssessModel(new Uint8Array(readFileSync(join(root, 'public', MODEL_PATH))));
  if (!loaded.ok) throw loaded.error;
  const cnn = loaded.cnn;
  const cal = (t: string) => !isValidationRow(t) && calibrationBucket(t) < calPct;
  if (!devFiles().includes('olid-train.jsonl')) throw new Error('olid-train.jsonl is missing from the corpus');
  const score = (rows: Array<{ text: string; label: string }>): Scored[] =>
    rows.map((r) => ({ text: r.text, flag: r.label === 'flag', rules: check(r.text), s: headScores(scoreCnn(cnn, r.text)) }));
  const olid = score(readDevFile('olid-train.jsonl').filter((r) => cal(r.text)));
  const benign = score(readDevFile('benign-tweets.jsonl').filter((r) => cal(r.text)));
  const synth = score(synthesise().filter((r) => cal(r.text)));
  const traps = score(readJsonl(join(root, 'test/corpus/school-examples.jsonl')).filter((r) => r.label === 'ok'));
  // Start from the trainer's thresholds, each raised just above the highest score its head gives any
  // of the project's school traps (a trap must never be flagged), then move them together (m).
  const modelThr: Record<string, number> = {};
  for (const [h, t] of Object.entries(cnn.thresholds as Record<string, number>)) {
    const trapMax = Math.max(0, ...traps.map((x) => x.s.prob(h)));
    modelThr[h] = t >= 1 ? 1 : Math.min(0.99, Math.max(t, trapMax + 0.005));
  }

  // The floor: what the rules flag that no model setting can silence (every head off, every mild finding left out).
  const off = Object.fromEntries(Object.keys(modelThr).map((h) => [h, 1.01]));
  const floorSettings: ModelSettings = { offensive: 1.01, hate: 1.01, threat: 1.01, agreement: 1.01, mildNeedsModel: true };
  const floor = benign.filter((x) => flagged(combine(x.text, x.s, x.rules, off, floorSettings, {}))).length / Math.max(1, benign.length);
  const budget = floor + MODEL_BENIGN_FPR_BUDGET;
  let best = { m: 1, agreement: 0.5, objective: -1, olid: 0, synth: 0, fpr: 0, synthFpr: 0 };
  for (let m = 0.05; m <= 1.501; m += 0.05) {
    const heads = scaled(modelThr, m);
    for (let a = 0.05; a <= 0.951; a += 0.05) {
      const s: ModelSettings = {
        offensive: heads.offensive!,
        hate: heads.discrimination!,
        threat: heads.threat!,
        agreement: Math.round(a * 100) / 100,
        mildNeedsModel: true,
      };
      const decide = (x: Scored) => flagged(combine(x.text, x.s, x.rules, heads, s, {}));
      const fpr = benign.filter(decide).length / Math.max(1, benign.length);
      if (fpr > budget || traps.some(decide)) continue;
      const synthOk = synth.filter((x) => !x.flag);
      const synthFpr = synthOk.filter(decide).length / Math.max(1, synthOk.length);
      if (synthFpr > SYNTH_OK_FPR_BUDGET) continue;
      const o = macroF1(olid, decide);
      const y = macroF1(synth, decide);
      const objective = (o + y) / 2;
      if (objective > best.objective) best = { m: Math.round(m * 100) / 100, agreement: s.agreement, objective, olid: o, synth: y, fpr, synthFpr };
    }
  }
  if (best.objective < 0) throw new Error("no setting keeps the combined decision within the benign budgets: look at the trainer's thresholds");
  const heads = Object.fromEntries(Object.entries(scaled(modelThr, best.m)).map(([h, t]) => [h, round(t)]));
  const defaults = { offensive: heads.offensive!, hate: heads.discrimination!, threat: heads.threat!, agreement: best.agreement, heads };
  // The chosen settings through assess() itself, as the extension runs them: the same decisions as the search.
  const settings: ModelSettings = {
    offensive: defaults.offensive,
    hate: defaults.hate,
    threat: defaults.threat,
    agreement: defaults.agreement,
    mildNeedsModel: true,
  };
  const model = assessModelOf(cnn, heads);
  for (const x of [...benign, ...traps, ...olid.slice(0, 500)]) {
    const viaAssess = assess(x.text, { settings: null, pack: null, model: { apply: (t, _s, rules, ctx) => model.apply(t, settings, rules, ctx) } }).flagged;
    if (viaAssess !== flagged(combine(x.text, x.s, x.rules, heads, settings, {})))
      throw new Error(`assess() and the calibration disagree on: ${x.text.slice(0, 80)}`);
  }
  writeFileSync(DEFAULTS_FILE, JSON.stringify(defaults, null, 2) + '\n');
  console.log(`Combination defaults -> ${DEFAULTS_FILE}`);
  console.log(`  heads' thresholds moved by m=${best.m} from the trainer's; agreement ${best.agreement}`);
  console.log(
    `  calibration slice, combined: OLID macro-F1 ${best.olid.toFixed(3)} (${olid.length} rows); synthetic school posts macro-F1 ${best.synth.toFixed(3)} (${synth.length}); benign tweets FPR ${(best.fpr * 100).toFixed(2)}% (${benign.length}; the rules alone ${(floor * 100).toFixed(2)}%); synthetic ok FPR ${(best.synthFpr * 100).toFixed(2)}%; school traps ${traps.length}, none flagged`,
  );
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

main();
