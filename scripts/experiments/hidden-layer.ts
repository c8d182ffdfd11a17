/**
 * Experiment (issue 7): does a small NONLINEAR model, trained from scratch here (no pretrained
 * weights, nothing downloaded), beat the shipped linear tone model out of fold on the offensive
 * head? Run: npx tsx scripts/experiments/hidden-layer.ts [--quick] [--probe] [--only name,name]
 *
 * Data: loadLabelledRows() (dev corpus + train-extra.jsonl). Only TRAINING rows (split 'train')
 * are read past the split; validation rows are dropped before anything else and never scored.
 * EVALUATION_ONLY_FILES are dropped too (never fitted, and not scored here either).
 *
 * Protocol: 4-fold out-of-fold on the training rows (the calibration folds of scripts/train.ts):
 * each fold k is scored by a model fitted on the other three folds. Figures are given for folds
 * {0,1}, folds {2,3} and pooled over all four.
 *
 * Contenders (offensive head only; the hate and threat heads are the baseline's everywhere):
 *  - linear: the project's own train() with DEFAULT_TRAIN (FTRL logistic, 2^18 buckets, 3 heads).
 *  - ft-*: fastText-style: the same hashed features as the shipped model (extractFeatures with
 *    DEFAULT_FEATURE_CONFIG), buckets masked down to 2^bits (the hash's low bits, so the same
 *    features at a smaller table) -> mean embedding bag (dim D) -> one hidden layer (H, ReLU)
 *    -> sigmoid. Per-row AdaGrad, fixed seed (mulberry32), per-file row weights and the
 *    positive-class weight of train() (FILE_WEIGHT from scripts/train.ts).
 *  - wd-*: wide and deep: the linear model's logit goes into the hidden layer AND straight to the
 *    output (skip weight, starts at 1), with a small embedding bag next to it. For the rows the
 *    deep part is fitted on, the logit comes from NESTED linear models (fitted on folds other
 *    than both the held-out fold and the row's own fold), so no row's own label reaches its input.
 *    For the held-out fold the logit is the linear contender's out-of-fold score.
 *
 * Scores are taken from the int8-quantised embedding (one scale per table, 99.95th percentile of
 * |w| as in train.ts); the small dense layers stay float32. "AUC f32" is the same model unquantised.
 *
 * Columns: OLID AUC; best OLID macro-F1 over all thresholds; OLID macro-F1 / recall at the best
 * threshold with benign-tweets.jsonl FPR <= 1.2% (and that FPR); "comb" = the project's gated
 * rules + model combination (combinedFlag of scripts/train.ts, same grid and budgets as
 * chooseCombination: combined benign FPR <= 2%, offensive head alone <= 1.2%, "benign" there =
 * benign-tweets + school examples labelled ok), with the baseline's hate/threat scores and
 * thresholds for every contender. Size: parameters, int8 bytes raw and gzip -9 (measured). Time:
 * score one 280-character text from its raw string (median / p99 over 3000 texts after warm-up).
 *
 * Result of the first full run (2.6 min): pooled out-of-fold OLID AUC linear 0.786, ft 2^15 D8
 * H16 0.775, ft 2^18 D8 H16 0.776, wide and deep 0.787 / 0.788; gated combination macro-F1
 * 0.754 / 0.750 / 0.747 / 0.753 / 0.750. No contender beats the linear model by more than noise.
 */
import { gzipSync } from 'node:zlib';
import {
  loadLabelledRows,
  train,
  DEFAULT_TRAIN,
  EVALUATION_ONLY_FILES,
  EXTRA_NAME,
  FOLDS,
  BENIGN_FILES,
  combinedFlag,
  ruleView,
  macroF1,
  chooseThresholds,
  type LabelledRow,
  type RuleView,
  FILE_WEIGHT,
} from '../train';
import { extractFeatures, DEFAULT_FEATURE_CONFIG } from '../../src/model/features';
import { score, type Model } from '../../src/model/index';
import { mulberry32, shuffleInPlace } from '../lib/prng';

const quick = process.argv.includes('--quick');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : null;
const tStart = Date.now();
const secs = (t0: number): string => ((Date.now() - t0) / 1000).toFixed(1);

const OFFENSIVE_POS_EXPONENT = 0.5; // POS_WEIGHT_EXPONENT[0] of scripts/train.ts
const OLID = 'olid-train.jsonl';

// ---------------------------------------------------------------------------------------------
// Rows (training split only) and their features

let rows: LabelledRow[] = loadLabelledRows().filter((r) => r.split === 'train' && !EVALUATION_ONLY_FILES.has(r.file));
if (quick) {
  const per = new Map<string, number>();
  rows = rows.filter((r) => {
    const c = per.get(r.file) ?? 0;
    per.set(r.file, c + 1);
    return c < 1500;
  });
}
const N = rows.length;
console.log(`Training rows used: ${N} (validation rows and ${[...EVALUATION_ONLY_FILES].join(', ')} dropped)${quick ? ' [--quick]' : ''}`);

/** CSR of unique 2^18 buckets per row, value = count / total count (mean pooling). */
const rowStart = new Int32Array(N + 1);
let feat: Int32Array;
let val: Float32Array;
{
  const t0 = Date.now();
  const fs: number[][] = [];
  let nnz = 0;
  for (let i = 0; i < N; i++) {
    const f = extractFeatures((rows[i] as LabelledRow).text, DEFAULT_FEATURE_CONFIG);
    const b = Array.from(f.bucket.subarray(0, f.count)).sort((x, y) => x - y);
    const u: number[] = [];
    for (let q = 0; q < b.length; ) {
      let c = 0;
      const v = b[q] as number;
      while (q < b.length && b[q] === v) {
        c++;
        q++;
      }
      u.push(v, c / b.length);
    }
    fs.push(u);
    nnz += u.length / 2;
    rowStart[i + 1] = nnz;
  }
  feat = new Int32Array(nnz);
  val = new Float32Array(nnz);
  let k = 0;
  for (const u of fs) {
    for (let q = 0; q < u.length; q += 2) {
      feat[k] = u[q] as number;
      val[k] = u[q + 1] as number;
      k++;
    }
  }
  console.log(`Features: ${nnz} non-zeros (${secs(t0)} s)`);
}

const yOff = new Int8Array(N);
rows.forEach((r, i) => {
  yOff[i] = r.y[0];
});

/** Row weights as train() computes them for the rows it fits (fold != k), offensive head. */
function rowWeights(fitIdx: Int32Array): { w: Float64Array; posW: number; base: number } {
  const perFile = new Map<string, number>();
  for (const i of fitIdx) {
    const f = (rows[i] as LabelledRow).file;
    perFile.set(f, (perFile.get(f) ?? 0) + 1);
  }
  const totalW = [...perFile.keys()].reduce((s, f) => s + (FILE_WEIGHT[f] ?? 0.3), 0);
  const w = new Float64Array(N);
  let pos = 0;
  let neg = 0;
  for (const i of fitIdx) {
    const f = (rows[i] as LabelledRow).file;
    const wi = ((FILE_WEIGHT[f] ?? 0.3) / totalW) * (fitIdx.length / (perFile.get(f) as number));
    w[i] = wi;
    if (yOff[i] === 1) pos += wi;
    else if (yOff[i] === 0) neg += wi;
  }
  const posW = pos > 0 ? Math.max(1, Math.pow(neg / pos, OFFENSIVE_POS_EXPONENT)) : 1;
  return { w, posW, base: (pos * posW) / (pos * posW + neg) };
}

const foldIdx = (pred: (fold: number) => boolean): Int32Array => {
  const out: number[] = [];
  rows.forEach((r, i) => {
    if (pred(r.fold)) out.push(i);
  });
  return Int32Array.from(out);
};

// ---------------------------------------------------------------------------------------------
// The fastText-style model with a hidden layer

interface FtOptions {
  name: string;
  bits: number;
  dim: number;
  hidden: number;
  epochs: number;
  lr: number;
  lrDense: number;
  /** Wide and deep: the linear logit as an extra hidden input and a skip to the output. */
  wide: boolean;
  seed: number;
}

interface FtModel {
  o: FtOptions;
  E: Float32Array;
  /** hidden x in (in = dim + (wide ? 1 : 0)) */
  W1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: number;
  skip: number;
}

interface FtQuantised {
  o: FtOptions;
  E8: Int8Array;
  scale: number;
  W1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: number;
  skip: number;
}

function fitFt(fitIdx: Int32Array, zlin: Float32Array | null, o: FtOptions, onEpoch?: (m: FtModel, epoch: number) => void): FtModel {
  const D = o.dim;
  const H = o.hidden;
  const In = D + (o.wide ? 1 : 0);
  const mask = (1 << o.bits) - 1;
  const rand = mulberry32(o.seed);
  const E = new Float32Array((mask + 1) * D);
  for (let i = 0; i < E.length; i++) E[i] = (rand() * 2 - 1) / D;
  const W1 = new Float32Array(H * In);
  const g1 = Math.sqrt(6 / (In + H));
  for (let i = 0; i < W1.length; i++) W1[i] = (rand() * 2 - 1) * g1;
  const b1 = new Float32Array(H).fill(0.01);
  const w2 = new Float32Array(H);
  const g2 = Math.sqrt(6 / (H + 1));
  for (let i = 0; i < H; i++) w2[i] = (rand() * 2 - 1) * g2;
  const { w: rw, posW, base } = rowWeights(fitIdx);
  let b2 = Math.log(base / (1 - base));
  let skip = 1;
  // AdaGrad accumulators.
  const aE = new Float32Array(E.length);
  const aW1 = new Float32Array(W1.length);
  const ab1 = new Float32Array(H);
  const aw2 = new Float32Array(H);
  let ab2 = 0;
  let aSkip = 0;
  const eps = 1e-8;
  const x = new Float64Array(In);
  const a = new Float64Array(H);
  const h = new Float64Array(H);
  const da = new Float64Array(H);
  const dx = new Float64Array(In);
  const order = Int32Array.from(fitIdx);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(order, rand);
    let loss = 0;
    let lossN = 0;
    for (let k = 0; k < order.length; k++) {
      const r = order[k] as number;
      const y = yOff[r] as number;
      if (y < 0) continue;
      const s = rowStart[r] as number;
      const e = rowStart[r + 1] as number;
      x.fill(0);
      for (let q = s; q < e; q++) {
        const b = ((feat[q] as number) & mask) * D;
        const v = val[q] as number;
        for (let d = 0; d < D; d++) x[d] = (x[d] as number) + v * (E[b + d] as number);
      }
      const zl = zlin ? (zlin[r] as number) : 0;
      if (o.wide) x[D] = zl;
      let z = b2 + (o.wide ? skip * zl : 0);
      for (let j = 0; j < H; j++) {
        let m = b1[j] as number;
        const off = j * In;
        for (let d = 0; d < In; d++) m += (W1[off + d] as number) * (x[d] as number);
        a[j] = m;
        const hj = m > 0 ? m : 0;
        h[j] = hj;
        z += (w2[j] as number) * hj;
      }
      const p = 1 / (1 + Math.exp(-z));
      const wr = (rw[r] as number) * (y === 1 ? posW : 1);
      loss += -wr * (y === 1 ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12)));
      lossN += wr;
      const g = (p - y) * wr;
      // Backward (all gradients from the pre-update weights).
      for (let j = 0; j < H; j++) da[j] = (a[j] as number) > 0 ? g * (w2[j] as number) : 0;
      dx.fill(0);
      for (let j = 0; j < H; j++) {
        const dj = da[j] as number;
        if (dj === 0) continue;
        const off = j * In;
        for (let d = 0; d < In; d++) dx[d] = (dx[d] as number) + dj * (W1[off + d] as number);
      }
      // Output layer.
      for (let j = 0; j < H; j++) {
        const gw = g * (h[j] as number);
        aw2[j] = (aw2[j] as number) + gw * gw;
        w2[j] = (w2[j] as number) - (o.lrDense * gw) / (Math.sqrt(aw2[j] as number) + eps);
      }
      ab2 += g * g;
      b2 -= (o.lrDense * g) / (Math.sqrt(ab2) + eps);
      if (o.wide) {
        const gs = g * zl;
        aSkip += gs * gs;
        skip -= (o.lrDense * gs) / (Math.sqrt(aSkip) + eps);
      }
      // Hidden layer.
      for (let j = 0; j < H; j++) {
        const dj = da[j] as number;
        if (dj === 0) continue;
        const off = j * In;
        for (let d = 0; d < In; d++) {
          const gw = dj * (x[d] as number);
          aW1[off + d] = (aW1[off + d] as number) + gw * gw;
          W1[off + d] = (W1[off + d] as number) - (o.lrDense * gw) / (Math.sqrt(aW1[off + d] as number) + eps);
        }
        ab1[j] = (ab1[j] as number) + dj * dj;
        b1[j] = (b1[j] as number) - (o.lrDense * dj) / (Math.sqrt(ab1[j] as number) + eps);
      }
      // Embedding rows of this text.
      for (let q = s; q < e; q++) {
        const b = ((feat[q] as number) & mask) * D;
        const v = val[q] as number;
        for (let d = 0; d < D; d++) {
          const ge = v * (dx[d] as number);
          if (ge === 0) continue;
          const acc = (aE[b + d] as number) + ge * ge;
          aE[b + d] = acc;
          E[b + d] = (E[b + d] as number) - (o.lr * ge) / (Math.sqrt(acc) + eps);
        }
      }
    }
    process.stdout.write(`    epoch ${epoch + 1}/${o.epochs}: weighted log-loss ${(loss / lossN).toFixed(4)}\n`);
    if (onEpoch) onEpoch({ o, E, W1, b1, w2, b2, skip }, epoch);
  }
  return { o, E, W1, b1, w2, b2, skip };
}

function quantise(m: FtModel): FtQuantised {
  const abs = Array.from(m.E, (v) => Math.abs(v)).sort((p, q) => p - q);
  const ref = abs[Math.min(abs.length - 1, Math.floor(abs.length * 0.9995))] as number;
  const scale = Math.fround(ref / 127 || 1e-6);
  const E8 = new Int8Array(m.E.length);
  for (let i = 0; i < E8.length; i++) E8[i] = Math.max(-127, Math.min(127, Math.round((m.E[i] as number) / scale)));
  return { o: m.o, E8, scale, W1: m.W1, b1: m.b1, w2: m.w2, b2: m.b2, skip: m.skip };
}

/** The shipped bytes of a quantised model: int8 embedding + float32 dense layers. */
function ftBytes(q: FtQuantised): Uint8Array {
  const dense = new Float32Array(q.W1.length + q.b1.length + q.w2.length + 3);
  dense.set(q.W1, 0);
  dense.set(q.b1, q.W1.length);
  dense.set(q.w2, q.W1.length + q.b1.length);
  dense[dense.length - 3] = q.b2;
  dense[dense.length - 2] = q.skip;
  dense[dense.length - 1] = q.scale;
  const out = new Uint8Array(q.E8.length + dense.byteLength);
  out.set(new Uint8Array(q.E8.buffer, q.E8.byteOffset, q.E8.byteLength), 0);
  out.set(new Uint8Array(dense.buffer), q.E8.length);
  return out;
}

const xs = new Float64Array(64);
/** Output of the hidden/output layers from the pooled embedding already in xs[0..dim). */
function head(q: { o: FtOptions; W1: Float32Array; b1: Float32Array; w2: Float32Array; b2: number; skip: number }, zl: number): number {
  const D = q.o.dim;
  const In = D + (q.o.wide ? 1 : 0);
  if (q.o.wide) xs[D] = zl;
  let z = q.b2 + (q.o.wide ? q.skip * zl : 0);
  for (let j = 0; j < q.o.hidden; j++) {
    let m = q.b1[j] as number;
    const off = j * In;
    for (let d = 0; d < In; d++) m += (q.W1[off + d] as number) * (xs[d] as number);
    if (m > 0) z += (q.w2[j] as number) * m;
  }
  return 1 / (1 + Math.exp(-z));
}

/** Score a training row from its precomputed features (quantised or float embedding). */
function scoreRow(q: FtQuantised, emb: Float32Array | null, r: number, zl: number): number {
  const D = q.o.dim;
  const mask = (1 << q.o.bits) - 1;
  for (let d = 0; d < D; d++) xs[d] = 0;
  const e = rowStart[r + 1] as number;
  for (let k = rowStart[r] as number; k < e; k++) {
    const b = ((feat[k] as number) & mask) * D;
    const v = val[k] as number;
    if (emb) for (let d = 0; d < D; d++) xs[d] = (xs[d] as number) + v * (emb[b + d] as number);
    else for (let d = 0; d < D; d++) xs[d] = (xs[d] as number) + v * (q.E8[b + d] as number);
  }
  if (!emb) for (let d = 0; d < D; d++) xs[d] = (xs[d] as number) * q.scale;
  return head(q, zl);
}

/** What the extension would run: from the raw text (features, int8 embedding bag, dense layers). */
function scoreText(q: FtQuantised, text: string, zl: number): number {
  const f = extractFeatures(text, DEFAULT_FEATURE_CONFIG);
  const D = q.o.dim;
  const mask = (1 << q.o.bits) - 1;
  for (let d = 0; d < D; d++) xs[d] = 0;
  for (let k = 0; k < f.count; k++) {
    const b = ((f.bucket[k] as number) & mask) * D;
    for (let d = 0; d < D; d++) xs[d] = (xs[d] as number) + (q.E8[b + d] as number);
  }
  const s = f.count > 0 ? q.scale / f.count : 0;
  for (let d = 0; d < D; d++) xs[d] = (xs[d] as number) * s;
  return head(q, zl);
}

// ---------------------------------------------------------------------------------------------
// Metrics

function auc(s: number[], y: number[]): number {
  const idx = s.map((_, i) => i).sort((a, b) => (s[a] as number) - (s[b] as number));
  let rankSumPos = 0;
  let pos = 0;
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j < idx.length && s[idx[j] as number] === s[idx[i] as number]) j++;
    const avgRank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (y[idx[k] as number] === 1) {
      rankSumPos += avgRank;
      pos++;
    }
    i = j;
  }
  const neg = idx.length - pos;
  return (rankSumPos - (pos * (pos + 1)) / 2) / Math.max(1, pos * neg);
}

interface AtThreshold {
  mf1: number;
  recall: number;
  fpr: number;
}

/** Best OLID macro-F1 over thresholds "flag when score > t" (t over all distinct scores), with benign FPR <= budget. */
function bestMacroF1(s: number[], y: number[], benign: number[], budget: number): AtThreshold {
  const P = y.filter((v) => v === 1).length;
  const Nn = y.length - P;
  const idx = s.map((_, i) => i).sort((a, b) => (s[b] as number) - (s[a] as number));
  const bs = [...benign].sort((a, b) => b - a);
  let best: AtThreshold = { mf1: macroF1(0, 0, P, Nn), recall: 0, fpr: 0 };
  let tp = 0;
  let fp = 0;
  let bi = 0;
  for (let i = 0; i < idx.length; ) {
    const t = s[idx[i] as number] as number;
    let j = i;
    while (j < idx.length && s[idx[j] as number] === t) {
      if (y[idx[j] as number] === 1) tp++;
      else fp++;
      j++;
    }
    // Flag everything >= t.
    while (bi < bs.length && (bs[bi] as number) >= t) bi++;
    const fpr = bi / Math.max(1, bs.length);
    if (fpr <= budget) {
      const m = macroF1(tp, fp, P - tp, Nn - fp);
      if (m > best.mf1) best = { mf1: m, recall: tp / Math.max(1, P), fpr };
    }
    i = j;
  }
  return best;
}

interface CombRow {
  p: [number, number, number];
  view: RuleView;
  olid: boolean;
  y: boolean;
}

/** The chooseCombination search of scripts/train.ts, on cached rule views. */
function combined(cr: CombRow[], thr: { hate: number; threat: number }): { mf1: number; recall: number; fpr: number; t: number; g: number } {
  const benign = cr.filter((c) => !c.olid);
  const olid = cr.filter((c) => c.olid);
  let best = { mf1: -1, recall: 0, fpr: 0, t: 0, g: 0 };
  for (let ti = 5; ti <= 99; ti++) {
    const t = ti / 100;
    const ownFpr = benign.filter((c) => c.p[0] >= t).length / Math.max(1, benign.length);
    if (ownFpr > 0.012) continue;
    for (let gi = 5; gi <= ti; gi++) {
      const c = { offensive: t, hate: thr.hate, threat: thr.threat, agreement: gi / 100 };
      let bf = 0;
      for (const b of benign) if (combinedFlag(b.p, b.view, c)) bf++;
      const fpr = bf / Math.max(1, benign.length);
      if (fpr > 0.02) continue;
      let tp = 0;
      let fp = 0;
      let fn = 0;
      let tn = 0;
      for (const o of olid) {
        const yes = combinedFlag(o.p, o.view, c);
        if (yes && o.y) tp++;
        else if (yes) fp++;
        else if (o.y) fn++;
        else tn++;
      }
      const m = macroF1(tp, fp, fn, tn);
      if (m > best.mf1) best = { mf1: m, recall: tp / Math.max(1, tp + fn), fpr, t, g: gi / 100 };
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Latency texts: 280-character texts built from training rows

const latencyTexts: string[] = [];
{
  let cur = '';
  for (let i = 0; i < N && latencyTexts.length < 4000; i += 7) {
    cur = cur === '' ? (rows[i] as LabelledRow).text : cur + ' ' + (rows[i] as LabelledRow).text;
    if (cur.length >= 280) {
      latencyTexts.push(cur.slice(0, 280));
      cur = '';
    }
  }
}

function latency(fn: (text: string) => number): { median: number; p99: number } {
  let sink = 0;
  for (let i = 0; i < 1000; i++) sink += fn(latencyTexts[i % latencyTexts.length] as string);
  const times: number[] = [];
  for (let i = 0; i < Math.min(3000, latencyTexts.length); i++) {
    const t0 = process.hrtime.bigint();
    sink += fn(latencyTexts[i] as string);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  if (sink === -1) console.log(sink);
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] as number, p99: times[Math.floor(times.length * 0.99)] as number };
}

// ---------------------------------------------------------------------------------------------
// --probe: how the settings below were picked (fit on folds 1-3, OLID AUC of fold 0 per epoch,
// float weights). Training rows only; fold 0 is then also part of the reported out-of-fold
// figures, so the chosen settings have a small selection advantage there.

if (process.argv.includes('--probe')) {
  const PROBE: FtOptions[] = [
    { name: 'p 2^14 D16 H16 lr.05', bits: 14, dim: 16, hidden: 16, epochs: 6, lr: 0.05, lrDense: 0.01, wide: false, seed: 20240607 },
    { name: 'p 2^14 D16 H16 lr.02', bits: 14, dim: 16, hidden: 16, epochs: 6, lr: 0.02, lrDense: 0.01, wide: false, seed: 20240607 },
    { name: 'p 2^14 D16 H16 lr.01', bits: 14, dim: 16, hidden: 16, epochs: 6, lr: 0.01, lrDense: 0.005, wide: false, seed: 20240607 },
    { name: 'p 2^16 D16 H16 lr.02', bits: 16, dim: 16, hidden: 16, epochs: 6, lr: 0.02, lrDense: 0.01, wide: false, seed: 20240607 },
    { name: 'p 2^16 D32 H32 lr.02', bits: 16, dim: 32, hidden: 32, epochs: 6, lr: 0.02, lrDense: 0.01, wide: false, seed: 20240607 },
    { name: 'p 2^16 D16 H16 lr.01', bits: 16, dim: 16, hidden: 16, epochs: 5, lr: 0.01, lrDense: 0.005, wide: false, seed: 20240607 },
    { name: 'p 2^18 D8 H16 lr.02', bits: 18, dim: 8, hidden: 16, epochs: 4, lr: 0.02, lrDense: 0.01, wide: false, seed: 20240607 },
    { name: 'p 2^15 D8 H16 lr.02', bits: 15, dim: 8, hidden: 16, epochs: 5, lr: 0.02, lrDense: 0.01, wide: false, seed: 20240607 },
  ];
  const test = foldIdx((f) => f === 0).filter((i) => (rows[i] as LabelledRow).file === OLID);
  const y = Array.from(test, (i) => (rows[i] as LabelledRow).y[0]);
  for (const o of PROBE) {
    if (only && !only.has(o.name)) continue;
    const t0 = Date.now();
    console.log(o.name);
    fitFt(foldIdx((f) => f !== 0), null, o, (m, epoch) => {
      const q = quantise(m);
      const s = Array.from(test, (i) => scoreRow(q, m.E, i, 0));
      console.log(`      after epoch ${epoch + 1}: fold-0 OLID AUC ${auc(s, y).toFixed(4)}`);
    });
    console.log(`  ${secs(t0)} s`);
  }
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Run

interface Result {
  name: string;
  off: Float64Array; // out-of-fold offensive score per row (NaN: none)
  aucF32: number;
  params: number;
  int8Bytes: number;
  gzipBytes: number;
  lat: { median: number; p99: number };
  trainSecs: number;
  note: string;
}

const results: Result[] = [];
const logit = (p: number): number => {
  const c = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(c / (1 - c));
};

// (a) baseline: the project's train(), 4 folds.
console.log('linear (scripts/train.ts train(), DEFAULT_TRAIN), 4 folds:');
const base = new Float64Array(N * 3).fill(NaN);
const zlinOof = new Float32Array(N);
let baseModel: Model | null = null;
let baseBytes: Uint8Array | null = null;
{
  const t0 = Date.now();
  for (let k = 0; k < FOLDS; k++) {
    const m = train(rows, { ...DEFAULT_TRAIN, log: () => {} }, k);
    if (k === 0) {
      baseModel = m.model;
      baseBytes = m.bytes;
    }
    rows.forEach((r, i) => {
      if (r.fold !== k) return;
      const s = score(m.model, r.text);
      base[i * 3] = s.offensive;
      base[i * 3 + 1] = s.hate;
      base[i * 3 + 2] = s.threat;
      zlinOof[i] = logit(s.offensive);
    });
  }
  const trainSecs = (Date.now() - t0) / 1000;
  const bm = baseModel as unknown as Model;
  const bb = baseBytes as unknown as Uint8Array;
  let nz = 0;
  let nzOff = 0;
  bm.heads.forEach((hd, h) => {
    for (const v of hd.weights) if (v !== 0) {
      nz++;
      if (h === 0) nzOff++;
    }
  });
  const off = new Float64Array(N);
  for (let i = 0; i < N; i++) off[i] = base[i * 3] as number;
  results.push({
    name: 'linear 2^18 (baseline)',
    off,
    aucF32: NaN,
    params: nz,
    int8Bytes: bb.length,
    gzipBytes: gzipSync(bb, { level: 9 }).length,
    lat: latency((t) => score(bm, t).offensive),
    trainSecs,
    note: `3 heads in the file; params = non-zero int8 weights (offensive head ${nzOff}); time = score() incl. top spans`,
  });
  console.log(`  done in ${trainSecs.toFixed(1)} s`);
}

// Settings from --probe (fold 0 OLID AUC; see above). 2^15 x D8 = 262k int8 parameters fits the
// 300 KB budget on its own; 2^18 x D8 is the over-budget ceiling; wide and deep with 2^12 x D8
// sits next to the linear model (about 264 KB gzip) inside the budget, with 2^15 x D8 it is over.
const FT: FtOptions[] = [
  { name: 'ft 2^15 D8 H16', bits: 15, dim: 8, hidden: 16, epochs: 4, lr: 0.02, lrDense: 0.01, wide: false, seed: 20240607 },
  { name: 'ft 2^18 D8 H16', bits: 18, dim: 8, hidden: 16, epochs: 3, lr: 0.02, lrDense: 0.01, wide: false, seed: 20240607 },
  { name: 'wd linear + 2^12 D8 H8', bits: 12, dim: 8, hidden: 8, epochs: 4, lr: 0.02, lrDense: 0.01, wide: true, seed: 20240607 },
  { name: 'wd linear + 2^15 D8 H16', bits: 15, dim: 8, hidden: 16, epochs: 4, lr: 0.02, lrDense: 0.01, wide: true, seed: 20240607 },
];

// Nested linear logits for wide-and-deep: zNested[k][i] for rows i with fold != k.
const zNested: Float32Array[] = [];
if (FT.some((o) => o.wide && (!only || only.has(o.name)))) {
  console.log('nested linear models for wide-and-deep (12 fits):');
  const t0 = Date.now();
  for (let k = 0; k < FOLDS; k++) {
    const z = new Float32Array(N).fill(NaN);
    const outer = rows.filter((r) => r.fold !== k);
    for (let j = 0; j < FOLDS; j++) {
      if (j === k) continue;
      const m = train(outer, { ...DEFAULT_TRAIN, log: () => {} }, j);
      rows.forEach((r, i) => {
        if (r.fold === j) z[i] = logit(score(m.model, r.text).offensive);
      });
    }
    zNested.push(z);
  }
  console.log(`  done in ${secs(t0)} s`);
}

for (const o of FT) {
  if (only && !only.has(o.name)) continue;
  console.log(`${o.name} (epochs ${o.epochs}, AdaGrad lr ${o.lr} / dense ${o.lrDense}, ReLU), 4 folds:`);
  const t0 = Date.now();
  const off = new Float64Array(N).fill(NaN);
  const offF = new Float64Array(N).fill(NaN);
  let q0: FtQuantised | null = null;
  for (let k = 0; k < FOLDS; k++) {
    const m = fitFt(
      foldIdx((f) => f !== k),
      o.wide ? (zNested[k] as Float32Array) : null,
      o,
    );
    const q = quantise(m);
    if (k === 0) q0 = q;
    rows.forEach((r, i) => {
      if (r.fold !== k) return;
      const zl = zlinOof[i] as number;
      off[i] = scoreRow(q, null, i, zl);
      offF[i] = scoreRow(q, m.E, i, zl);
    });
  }
  const trainSecs = (Date.now() - t0) / 1000;
  const q = q0 as unknown as FtQuantised;
  const bytes = ftBytes(q);
  const params = q.E8.length + q.W1.length + q.b1.length + q.w2.length + 1 + (o.wide ? 1 : 0);
  let gz = gzipSync(bytes, { level: 9 }).length;
  let lat: { median: number; p99: number };
  let note = 'offensive head only; dense layers float32';
  if (o.wide) {
    const bm = baseModel as unknown as Model;
    gz += results[0]?.gzipBytes ?? 0;
    lat = latency((t) => scoreText(q, t, logit(score(bm, t).offensive)));
    note = 'size and time include the linear model (features extracted twice in this timing)';
  } else lat = latency((t) => scoreText(q, t, 0));
  const olidI: number[] = [];
  rows.forEach((r, i) => {
    if (r.file === OLID) olidI.push(i);
  });
  const aucF32 = auc(
    olidI.map((i) => offF[i] as number),
    olidI.map((i) => (rows[i] as LabelledRow).y[0]),
  );
  results.push({ name: o.name, off, aucF32, params: o.wide ? params + (results[0]?.params ?? 0) : params, int8Bytes: bytes.length + (o.wide ? (results[0]?.int8Bytes ?? 0) : 0), gzipBytes: gz, lat, trainSecs, note });
  console.log(`  done in ${trainSecs.toFixed(1)} s`);
}

// Hate/threat thresholds: the baseline's, chosen as npm run train does (pooled out-of-fold).
const scored = rows.map((row, i) => ({ row, p: [base[i * 3], base[i * 3 + 1], base[i * 3 + 2]] as [number, number, number] }));
const thr = chooseThresholds(scored, () => {});
const views = new Map<number, RuleView>();
rows.forEach((r, i) => {
  if (r.file === OLID || BENIGN_FILES.has(r.file) || (r.file === EXTRA_NAME && r.label === 'ok')) views.set(i, ruleView(r.text));
});

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const f3 = (x: number): string => (Number.isNaN(x) ? '-' : x.toFixed(3));
const pc = (x: number): string => (100 * x).toFixed(1) + '%';
const pc2 = (x: number): string => (100 * x).toFixed(2) + '%';

console.log('');
console.log('OUT-OF-FOLD on training rows (validation rows not used). OLID = olid-train.jsonl; benign = benign-tweets.jsonl (comb: + school ok rows)');
const hdr = [pad('model', 24), pad('folds', 7), lpad('AUC', 6), lpad('AUC f32', 8), lpad('best mF1', 9), lpad('mF1@1.2%', 9), lpad('recall', 7), lpad('benFPR', 7), lpad('comb mF1', 9), lpad('comb rec', 9), lpad('comb FPR', 9)].join(' ');
console.log(hdr);
console.log('-'.repeat(hdr.length));
for (const res of results) {
  for (const [label, folds] of [
    ['0,1', [0, 1]],
    ['2,3', [2, 3]],
    ['all', [0, 1, 2, 3]],
  ] as Array<[string, number[]]>) {
    const sel: number[] = [];
    rows.forEach((r, i) => {
      if (folds.includes(r.fold)) sel.push(i);
    });
    const olid = sel.filter((i) => (rows[i] as LabelledRow).file === OLID);
    const benign = sel.filter((i) => BENIGN_FILES.has((rows[i] as LabelledRow).file));
    const s = olid.map((i) => res.off[i] as number);
    const y = olid.map((i) => (rows[i] as LabelledRow).y[0]);
    const a = auc(s, y);
    const un = bestMacroF1(s, y, [], 1);
    const at = bestMacroF1(s, y, benign.map((i) => res.off[i] as number), 0.012);
    const cr: CombRow[] = [];
    for (const i of sel) {
      const v = views.get(i);
      if (!v) continue;
      const r = rows[i] as LabelledRow;
      cr.push({ p: [res.off[i] as number, base[i * 3 + 1] as number, base[i * 3 + 2] as number], view: v, olid: r.file === OLID, y: r.label === 'flag' });
    }
    const c = combined(cr, thr);
    console.log(
      [pad(res.name, 24), pad(label, 7), lpad(f3(a), 6), lpad(label === 'all' ? f3(res.aucF32) : '', 8), lpad(f3(un.mf1), 9), lpad(f3(at.mf1), 9), lpad(pc(at.recall), 7), lpad(pc2(at.fpr), 7), lpad(f3(c.mf1), 9), lpad(pc(c.recall), 9), lpad(pc2(c.fpr), 9)].join(' '),
    );
  }
}
console.log('');
const hdr2 = [pad('model', 24), lpad('params', 9), lpad('int8 B', 9), lpad('gzip KB', 8), lpad('ms med', 7), lpad('ms p99', 7), lpad('train s', 8), '  note'].join(' ');
console.log(hdr2);
console.log('-'.repeat(hdr2.length));
for (const res of results) {
  console.log([pad(res.name, 24), lpad(String(res.params), 9), lpad(String(res.int8Bytes), 9), lpad((res.gzipBytes / 1024).toFixed(1), 8), lpad(res.lat.median.toFixed(3), 7), lpad(res.lat.p99.toFixed(3), 7), lpad(res.trainSecs.toFixed(1), 8), '  ' + res.note].join(' '));
}
console.log(`\nBaseline hate/threat thresholds used in "comb": hate ${thr.hate}, threat ${thr.threat}. Budgets: 300 KB gzip, p99 2 ms.`);
console.log(`Total ${secs(tStart)} s`);
