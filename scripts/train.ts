/**
 * npm run train -- trains the on-device tone model (src/model) from ../shared/corpus/dev plus
 * the hand-written school examples in src/model/train-extra.jsonl. Nothing is downloaded.
 *
 * Splits (all by hashing the text, so they are stable and duplicates stay together):
 *  - VALIDATION rows: isValidationRow(text) from scripts/lib/corpus.ts (FNV-1a mod 5 == 0).
 *    Never used here: not for fitting, not for thresholds. scripts/eval-model.ts reports on them.
 *  - The remaining TRAINING rows are cut into FOLDS (4) calibration folds by
 *    calibrationBucket(text) (FNV-1a of "calibration:" + text, mod 100) mod 4. Thresholds are
 *    chosen on OUT-OF-FOLD scores: for each fold, a model fitted on the other three folds scores
 *    it, so every training row gets a score from a model that never saw it (cross-fitting; a
 *    single 15% calibration slice held only ~340 benign tweets, too few to pin a 2% false-
 *    positive rate). The shipped model is then fitted on all training rows.
 *
 * Labels (1 / 0 / missing):
 *  - offensive: label "flag" -> 1, "ok" -> 0, for every file except metoo-allegations, whose
 *    "flag" means an allegation or a noisy hate mark (missing), its "ok" rows are negatives.
 *  - hate (towards a group): HateXplain kind "hate", Davidson kind "hate", TweetEval kind
 *    "hate", workplace-sexism "sexist" -> 1; the other rows of those files -> 0; OLID "ok" and
 *    benign-tweets -> 0; OLID "flag" and metoo "flag" -> missing (no group-hate label).
 *  - threat: no dev file labels threats. Weak labels: a "flag" row matching one of the
 *    hand-written THREAT_SEED patterns below -> 1, every other row -> 0; plus the explicit
 *    threat labels of the school examples. The threat head is therefore a weak, pattern-
 *    seeded model; its figures measure agreement with the seed, not true threat recall.
 *  - train-extra.jsonl rows carry explicit {label, hate?, threat?}.
 *
 * Model: three logistic heads sharing hashed word uni/bigrams and char 3-5-grams
 * (src/model/features.ts), fitted with FTRL-proximal (L1 + L2), per-file weights that balance
 * the files, a positive-class weight for the rare hate and threat labels, a fixed seed for the
 * shuffle, a few epochs. Weights are int8-quantised per head and written to
 * public/model/tone-model.bin; thresholds to src/model/thresholds.json; a report to
 * src/model/training-report.json.
 *
 * Bias mitigation (on by default; --baseline-only / the baseline written to the temp dir show
 * the model without it): identity words (src/model/identity-terms.ts) give no character n-grams
 * and their word weights are clamped to <= 0 during training; plus the benign identity-term
 * sentences of train-extra.jsonl (kind "identity-benign").
 *
 * Options: --limit N (at most N fit rows per file, for quick runs), --epochs E, --bits B,
 * --out FILE, --thresholds-out FILE, --report-out FILE, --no-baseline, --quiet.
 * Two runs with the same options write byte-identical files.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { devFiles, readDevFile, readJsonl, isValidationRow, fnv1a, type CorpusRow } from './lib/corpus';
import { DEFAULT_FEATURE_CONFIG, FEATURE_VERSION, extractFeatures, fnv, type FeatureConfig } from '../src/model/features';
import { encodeModel, HEADS } from '../src/model/format';
import { IDENTITY_TERMS } from '../src/model/identity-terms';
import { loadModel, score, MILD_GATED_CATEGORIES, type CombineSettings, type Model, type ModelThresholds } from '../src/model/index';
import { check } from '../src/checker';
import { mulberry32, shuffleInPlace } from './lib/prng';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const EXTRA_FILE = join(root, 'src/model/train-extra.jsonl');
export const EXTRA_NAME = 'school-examples (train-extra.jsonl)';

// ---------------------------------------------------------------------------------------------
// Splits and labels

export function calibrationBucket(text: string): number {
  return fnv1a('calibration:' + text) % 100;
}
export type Split = 'train' | 'val';
export function splitOf(text: string): Split {
  return isValidationRow(text) ? 'val' : 'train';
}
export const FOLDS = 4;
export function foldOf(text: string): number {
  return calibrationBucket(text) % FOLDS;
}

/** Hand-written seed of threat phrasings (weak labels for the threat head; see header). */
export const THREAT_SEED: readonly RegExp[] = [
  /\b(i ?'?m|i am|im|i ?'?ll|i will|ill|imma|ima|we ?'?ll|we will|we ?'?re|we are|gonna|going to|gon)\s+(gonna\s+|going to\s+|gon\s+)?(kill|murder|shoot|stab|hurt|beat|batter|smash|punch|slap|hang|burn|strangle|choke|knock|end|destroy|rape|bury|cut)\s+(you|u|ya|your|ur|him|her|them|that|this|those|these|every|all)\b/,
  /\b(watch|mind) (your|ur) back\b/,
  /\bi know where (you|u|he|she|they) (live|lives|work|works)\b/,
  /\b(you|u) ?('?re|are|r) (dead|finished|done for|gonna die|going to die)\b/,
  /\b(you|u) ?('?ll|will) (regret|pay for|be sorry)\b/,
  /\b(should|deserves? to|needs? to|ought to) (be )?(shot|hanged|hung|killed|burned|burnt|lynched|executed|gassed|stabbed|beaten|put down)\b/,
  /\b(kill|shoot|hang|stab|gas|burn|lynch) (all|every|them|those|these)\b/,
  /\b(see|wait) what happens\b/,
  /\b(coming|come) for (you|u|ya)\b/,
];

export function threatSeedMatch(text: string): boolean {
  const t = text.toLowerCase().replace(/[’']/g, "'");
  return THREAT_SEED.some((re) => re.test(t));
}

interface ExtraRow extends CorpusRow {
  hate?: boolean;
  threat?: boolean;
}

export interface LabelledRow {
  file: string;
  text: string;
  label: 'flag' | 'ok';
  kind: string | null;
  split: Split;
  /** Calibration fold of a training row (0..FOLDS-1). */
  fold: number;
  /** Per head: 1, 0 or -1 (missing). Order: HEADS. */
  y: [number, number, number];
}

const HATE_FILES: Record<string, (r: CorpusRow) => boolean> = {
  'hatexplain.jsonl': (r) => r.kind === 'hate',
  'davidson.jsonl': (r) => r.kind === 'hate',
  'tweeteval-hate-train.jsonl': (r) => r.kind === 'hate',
  'workplace-sexism.jsonl': (r) => r.kind === 'sexist',
};

export function labelRow(file: string, r: CorpusRow): LabelledRow['y'] {
  const flag = r.label === 'flag';
  if (file === EXTRA_NAME) {
    const x = r as ExtraRow;
    if (!flag) return [0, 0, 0];
    return [1, x.hate === true ? 1 : 0, x.threat === true ? 1 : 0];
  }
  const off = file === 'metoo-allegations.jsonl' ? (flag ? -1 : 0) : flag ? 1 : 0;
  const hateFn = HATE_FILES[file];
  const hate = hateFn ? (hateFn(r) ? 1 : 0) : flag ? -1 : 0;
  const threat = flag && off !== -1 ? (threatSeedMatch(r.text) ? 1 : 0) : 0;
  return [off, hate, threat];
}

export function loadExtraRows(): CorpusRow[] {
  return readJsonl(EXTRA_FILE);
}

/** Every dev file plus the school examples, labelled and split. */
export function loadLabelledRows(opts: { includeIdentityBenign?: boolean } = {}): LabelledRow[] {
  const out: LabelledRow[] = [];
  const files: Array<[string, CorpusRow[]]> = devFiles().map((f) => [f, readDevFile(f)]);
  let extra = loadExtraRows();
  if (opts.includeIdentityBenign === false) extra = extra.filter((r) => r.kind !== 'identity-benign');
  files.push([EXTRA_NAME, extra]);
  for (const [file, rows] of files) {
    for (const r of rows) {
      if (typeof r.text !== 'string' || r.text.trim() === '') continue;
      out.push({ file, text: r.text, label: r.label, kind: (r.kind as string | null | undefined) ?? null, split: splitOf(r.text), fold: foldOf(r.text), y: labelRow(file, r) });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Training

/** Relative weight of each file (each file's rows share it equally, so big files do not dominate). */
export const FILE_WEIGHT: Record<string, number> = {
  'olid-train.jsonl': 4,
  'davidson.jsonl': 0.5,
  'hatexplain.jsonl': 0.8,
  'tweeteval-hate-train.jsonl': 0.7,
  'benign-tweets.jsonl': 1.5,
  'workplace-sexism.jsonl': 0.25,
  'metoo-allegations.jsonl': 0.3,
  [EXTRA_NAME]: 0.35,
};

/** Per head (HEADS order): exponent of the class-ratio positive weight, and the L1 strength
 * relative to o.l1 (the threat head has few, weak positives: weigh them more, prune less). */
const POS_WEIGHT_EXPONENT: [number, number, number] = [0.5, 0.5, 0.8];
const L1_FACTOR: [number, number, number] = [1, 1, 1];

export interface TrainOptions {
  epochs: number;
  hashBits: number;
  charMin: number;
  charMax: number;
  identityMitigation: boolean;
  includeIdentityBenign: boolean;
  limitPerFile: number;
  seed: number;
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  /** Relative weight of each file (defaults: FILE_WEIGHT). */
  fileWeights: Record<string, number>;
  /** Per head, a different relative weight per file (a file missing from it: weight 0 for that head). */
  headFileWeights: Partial<Record<(typeof HEADS)[number], Record<string, number>>>;
  /** Offensive head: one intercept per file while training (the files' base rates and label
   * meanings differ); the shipped intercept is that of DOMAIN_REFERENCE_FILE. */
  domainBias: boolean;
  log: (s: string) => void;
}

export const DEFAULT_TRAIN: TrainOptions = {
  epochs: 6,
  hashBits: DEFAULT_FEATURE_CONFIG.hashBits,
  charMin: DEFAULT_FEATURE_CONFIG.charMin,
  charMax: DEFAULT_FEATURE_CONFIG.charMax,
  identityMitigation: true,
  includeIdentityBenign: true,
  limitPerFile: Infinity,
  seed: 20240607,
  alpha: 0.3,
  beta: 1,
  l1: 0.3,
  l2: 1,
  fileWeights: FILE_WEIGHT,
  headFileWeights: {},
  domainBias: false,
  log: (s) => console.log(s),
};

/** The file whose intercept the offensive head ships with when domainBias is on; the files of
 * DEPLOYMENT_DOMAIN share it (they are what the extension sees: tweets and school posts). */
export const DOMAIN_REFERENCE_FILE = 'olid-train.jsonl';
const DEPLOYMENT_DOMAIN = new Set([DOMAIN_REFERENCE_FILE, 'benign-tweets.jsonl', EXTRA_NAME]);

interface Matrix {
  rowStart: Int32Array;
  feat: Int32Array;
  val: Float32Array;
}

function buildMatrix(rows: LabelledRow[], cfg: FeatureConfig): Matrix {
  const rowStart = new Int32Array(rows.length + 1);
  let feat = new Int32Array(1 << 20);
  let val = new Float32Array(1 << 20);
  let nnz = 0;
  for (let r = 0; r < rows.length; r++) {
    const f = extractFeatures((rows[r] as LabelledRow).text, cfg);
    const n = f.count;
    const b = Array.from(f.bucket.subarray(0, n)).sort((x, y) => x - y);
    const inv = n > 0 ? 1 / Math.sqrt(n) : 0;
    if (nnz + n > feat.length) {
      const nf = new Int32Array(Math.max(feat.length * 2, nnz + n));
      nf.set(feat);
      feat = nf;
      const nv = new Float32Array(nf.length);
      nv.set(val);
      val = nv;
    }
    let i = 0;
    while (i < n) {
      const v = b[i] as number;
      let c = 0;
      while (i < n && b[i] === v) {
        c++;
        i++;
      }
      feat[nnz] = v;
      val[nnz] = c * inv;
      nnz++;
    }
    rowStart[r + 1] = nnz;
  }
  return { rowStart, feat: feat.slice(0, nnz), val: val.slice(0, nnz) };
}

export interface TrainedModel {
  bytes: Uint8Array;
  model: Model;
  cfg: FeatureConfig;
}

export function identityBuckets(cfg: FeatureConfig): Set<number> {
  const mask = (1 << cfg.hashBits) - 1;
  const s = new Set<number>();
  for (const t of IDENTITY_TERMS) {
    // Same hash as the word unigram in features.ts.
    let h = fnv(t);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    s.add((h >>> 0) & mask);
  }
  return s;
}

/**
 * Files used to MEASURE the model but never to train it. workplace-sexism comes from a GPL-3.0
 * repository; a model fitted on it would arguably be a derived work under that licence, which the
 * extension's licence cannot honour. It stays in every evaluation.
 */
export const EVALUATION_ONLY_FILES = new Set(['workplace-sexism.jsonl']);

/** Fit on the training rows, leaving out calibration fold `excludeFold` (-1: fit on all). */
export function train(all: LabelledRow[], o: TrainOptions, excludeFold = -1): TrainedModel {
  const cfg: FeatureConfig = { hashBits: o.hashBits, charMin: o.charMin, charMax: o.charMax, identityMitigation: o.identityMitigation };
  const perFile = new Map<string, number>();
  const fit = all.filter((r) => {
    if (r.split !== 'train' || r.fold === excludeFold) return false;
    if (EVALUATION_ONLY_FILES.has(r.file)) return false;
    if (!o.includeIdentityBenign && r.kind === 'identity-benign') return false;
    const c = perFile.get(r.file) ?? 0;
    if (c >= o.limitPerFile) return false;
    perFile.set(r.file, c + 1);
    return true;
  });
  const t0 = Date.now();
  const X = buildMatrix(fit, cfg);
  o.log(`  features: ${fit.length} rows, ${X.feat.length} non-zeros (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  // Row weights: each file gets FILE_WEIGHT share, spread over its rows; mean weight 1.
  // Row weights per head: each file gets its share, spread over its rows; mean weight 1.
  const rowWeights = (fw: Record<string, number>, dflt: number): Float64Array => {
    const totalW = [...perFile.keys()].reduce((s, f) => s + (fw[f] ?? dflt), 0);
    const w = new Float64Array(fit.length);
    fit.forEach((r, i) => {
      w[i] = ((fw[r.file] ?? dflt) / totalW) * (fit.length / (perFile.get(r.file) as number));
    });
    return w;
  };
  const shared = rowWeights(o.fileWeights, 0.3);
  const rowWH = HEADS.map((name) => {
    const hw = o.headFileWeights[name];
    return hw ? rowWeights(hw, 0) : shared;
  });
  // Positive-class weight per head: (negative/positive ratio)^exponent (weighted), at least 1.
  const posW = HEADS.map((_, h) => {
    let pos = 0;
    let neg = 0;
    const rw = rowWH[h] as Float64Array;
    fit.forEach((r, i) => {
      if (r.y[h] === 1) pos += rw[i] as number;
      else if (r.y[h] === 0) neg += rw[i] as number;
    });
    return pos > 0 ? Math.max(1, Math.pow(neg / pos, POS_WEIGHT_EXPONENT[h] as number)) : 1;
  });
  // Domain intercepts (offensive head): index of each row's file.
  const fileIds = [...perFile.keys()].map((f) => (DEPLOYMENT_DOMAIN.has(f) ? DOMAIN_REFERENCE_FILE : f)).filter((f, i, a) => a.indexOf(f) === i);
  const fileIdx = new Int32Array(fit.length);
  fit.forEach((r, i) => {
    fileIdx[i] = fileIds.indexOf(DEPLOYMENT_DOMAIN.has(r.file) ? DOMAIN_REFERENCE_FILE : r.file);
  });
  const domBias = new Float64Array(fileIds.length);
  const domBiasN = new Float64Array(fileIds.length);
  o.log(`  positive weights: ${HEADS.map((h, i) => `${h} ${(posW[i] as number).toFixed(2)}`).join(', ')}`);
  const size = 1 << cfg.hashBits;
  const H = HEADS.length;
  const z = HEADS.map(() => new Float64Array(size));
  const nAcc = HEADS.map(() => new Float64Array(size));
  const bias = new Float64Array(H);
  const biasN = new Float64Array(H);
  const clamp = new Uint8Array(size);
  if (o.identityMitigation) for (const b of identityBuckets(cfg)) clamp[b] = 1;
  const { alpha, beta, l2 } = o;
  let l1 = o.l1;
  const weightOf = (zz: number, nn: number, b: number): number => {
    if (zz <= l1 && zz >= -l1) return 0;
    const w = -(zz - (zz > 0 ? l1 : -l1)) / ((beta + Math.sqrt(nn)) / alpha + l2);
    return clamp[b] === 1 && w > 0 ? 0 : w;
  };
  const rand = mulberry32(o.seed);
  const order = new Int32Array(fit.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const wTmp = new Float64Array(4096);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const te = Date.now();
    shuffleInPlace(order, rand);
    let loss = 0;
    let lossN = 0;
    for (let k = 0; k < order.length; k++) {
      const r = order[k] as number;
      const row = fit[r] as LabelledRow;
      const s = X.rowStart[r] as number;
      const e = X.rowStart[r + 1] as number;
      for (let h = 0; h < H; h++) {
        const y = row.y[h] as number;
        if (y < 0) continue;
        const rowW = rowWH[h] as Float64Array;
        if ((rowW[r] as number) === 0) continue;
        const dom = h === 0 && o.domainBias;
        l1 = o.l1 * (L1_FACTOR[h] as number);
        const zh = z[h] as Float64Array;
        const nh = nAcc[h] as Float64Array;
        let m = dom ? (domBias[fileIdx[r] as number] as number) : (bias[h] as number);
        for (let q = s; q < e; q++) {
          const b = X.feat[q] as number;
          const w = weightOf(zh[b] as number, nh[b] as number, b);
          wTmp[q - s] = w;
          m += w * (X.val[q] as number);
        }
        const p = 1 / (1 + Math.exp(-m));
        const rw = (rowW[r] as number) * (y === 1 ? (posW[h] as number) : 1);
        if (h === 0) {
          loss += -rw * (y === 1 ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12)));
          lossN += rw;
        }
        const g = (p - y) * rw;
        for (let q = s; q < e; q++) {
          const b = X.feat[q] as number;
          const gi = g * (X.val[q] as number);
          const nOld = nh[b] as number;
          const nNew = nOld + gi * gi;
          const sigma = (Math.sqrt(nNew) - Math.sqrt(nOld)) / alpha;
          zh[b] = (zh[b] as number) + gi - sigma * (wTmp[q - s] as number);
          nh[b] = nNew;
        }
        // Bias: plain Adagrad, no regularisation.
        if (dom) {
          const d = fileIdx[r] as number;
          domBiasN[d] = (domBiasN[d] as number) + g * g;
          domBias[d] = (domBias[d] as number) - (0.05 * g) / Math.sqrt((domBiasN[d] as number) + 1e-8);
        } else {
          biasN[h] = (biasN[h] as number) + g * g;
          bias[h] = (bias[h] as number) - (0.05 * g) / Math.sqrt((biasN[h] as number) + 1e-8);
        }
      }
    }
    o.log(`  epoch ${epoch + 1}/${o.epochs}: weighted log-loss (offensive) ${(loss / lossN).toFixed(4)} (${((Date.now() - te) / 1000).toFixed(1)} s)`);
  }
  // Final weights, int8-quantised per head. Scale from the 99.95th percentile of |w| (a few
  // outliers clip at +-127 rather than crushing every other weight to zero).
  if (o.domainBias) {
    const ref = fileIds.indexOf(DOMAIN_REFERENCE_FILE);
    bias[0] = ref >= 0 ? (domBias[ref] as number) : 0;
    o.log(`  domain intercepts (offensive): ${fileIds.map((f, i) => `${f} ${(domBias[i] as number).toFixed(2)}`).join(', ')}`);
  }
  const weights = new Int8Array(H * size);
  const heads: Array<{ scale: number; bias: number }> = [];
  for (let h = 0; h < H; h++) {
    l1 = o.l1 * (L1_FACTOR[h] as number);
    const w = new Float64Array(size);
    const abs: number[] = [];
    for (let b = 0; b < size; b++) {
      const v = weightOf((z[h] as Float64Array)[b] as number, (nAcc[h] as Float64Array)[b] as number, b);
      w[b] = v;
      if (v !== 0) abs.push(Math.abs(v));
    }
    abs.sort((a, b) => a - b);
    const ref = abs.length > 0 ? (abs[Math.min(abs.length - 1, Math.floor(abs.length * 0.9995))] as number) : 1;
    const scale = Math.fround(ref / 127 || 1e-6);
    let nz = 0;
    for (let b = 0; b < size; b++) {
      const q = Math.max(-127, Math.min(127, Math.round((w[b] as number) / scale)));
      weights[h * size + b] = q;
      if (q !== 0) nz++;
    }
    heads.push({ scale, bias: Math.fround(bias[h] as number) });
    o.log(`  head ${HEADS[h]}: ${abs.length} non-zero weights before quantisation, ${nz} after; bias ${(bias[h] as number).toFixed(3)}`);
  }
  const bytes = encodeModel({
    featureVersion: FEATURE_VERSION,
    hashBits: cfg.hashBits,
    charMin: cfg.charMin,
    charMax: cfg.charMax,
    identityMitigation: cfg.identityMitigation,
    heads,
    weights,
  });
  return { bytes, model: loadModel(bytes), cfg };
}

// ---------------------------------------------------------------------------------------------
// Thresholds, on CALIBRATION rows only

export const BENIGN_FILES = new Set(['benign-tweets.jsonl']);

interface Scored {
  row: LabelledRow;
  p: [number, number, number];
}

function scoreRows(model: Model, rows: LabelledRow[]): Scored[] {
  return rows.map((row) => {
    const s = score(model, row.text);
    return { row, p: [s.offensive, s.hate, s.threat] };
  });
}

function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Macro-F1 (mean of the F1 of the "flag" and the "ok" class). */
export function macroF1(tp: number, fp: number, fn: number, tn: number): number {
  return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
}

/** Per head: the largest benign false-positive rate allowed when choosing its threshold. */
const BENIGN_FPR_BUDGET: [number, number, number] = [0.012, 0.004, 0.002];

export function chooseThresholds(cal: Scored[], log: (s: string) => void): ModelThresholds {
  const benign = cal.filter((s) => BENIGN_FILES.has(s.row.file) || (s.row.file === EXTRA_NAME && s.row.label === 'ok'));
  const olid = cal.filter((s) => s.row.file === 'olid-train.jsonl');
  const out: number[] = [];
  for (let h = 0; h < HEADS.length; h++) {
    const labelled = h === 0 ? olid : cal.filter((s) => s.row.y[h] !== -1);
    let best = { t: 0.99, obj: -1, fpr: 0 };
    for (let t = 0.05; t <= 0.99; t += 0.005) {
      const thr = Math.round(t * 1000) / 1000;
      const fp = benign.filter((s) => (s.p[h] as number) >= thr).length;
      const fpr = fp / Math.max(1, benign.length);
      if (fpr > (BENIGN_FPR_BUDGET[h] as number)) continue;
      let tp = 0;
      let fpl = 0;
      let fn = 0;
      let tn = 0;
      for (const s of labelled) {
        const yes = (s.p[h] as number) >= thr;
        const y = h === 0 ? s.row.label === 'flag' : s.row.y[h] === 1;
        if (yes && y) tp++;
        else if (yes) fpl++;
        else if (y) fn++;
        else tn++;
      }
      // offensive: macro-F1 on OLID calibration rows; hate/threat: F1 of the positive class.
      const obj = h === 0 ? macroF1(tp, fpl, fn, tn) : f1(tp, fpl, fn);
      if (obj > best.obj) best = { t: thr, obj, fpr };
    }
    log(`  threshold ${HEADS[h]}: ${best.t} (calibration ${h === 0 ? 'OLID macro-F1' : 'F1'} ${best.obj.toFixed(3)}, benign FPR ${(best.fpr * 100).toFixed(2)}% of ${benign.length})`);
    out.push(best.t);
  }
  return { offensive: out[0] as number, hate: out[1] as number, threat: out[2] as number };
}

/** Largest benign false-positive rate (out-of-fold) allowed for the COMBINED decision of rules and model. */
export const COMBINED_BENIGN_FPR_BUDGET = 0.02;

/** What the rules say about a row, as combineFindings sees it. */
export interface RuleView {
  /** A rule finding the model cannot silence (warning/serious, or a category outside MILD_GATED_CATEGORIES). */
  strong: boolean;
  /** Only mild (advice) tone findings, shown when the model agrees. */
  mild: boolean;
}

export function ruleView(text: string): RuleView {
  const f = check(text);
  const strong = f.some((x) => x.severity !== 'advice' || !MILD_GATED_CATEGORIES.has(x.category));
  return { strong, mild: !strong && f.length > 0 };
}

/** The shipped combined decision (flagged(combineFindings(...)) with mildNeedsModel on), from scores and the rule view. */
export function combinedFlag(p: readonly number[], r: RuleView, c: Pick<CombineSettings, 'offensive' | 'hate' | 'threat' | 'agreement'>): boolean {
  const [off, hate, threat] = p as [number, number, number];
  return r.strong || off >= c.offensive || hate >= c.hate || threat >= c.threat || (r.mild && off >= c.agreement);
}

/**
 * The offensive threshold and the agreement threshold, jointly: the best OLID macro-F1 of the
 * COMBINED decision on out-of-fold rows, with the combined benign false-positive rate at or
 * below COMBINED_BENIGN_FPR_BUDGET and the model's own offensive benign rate within its budget.
 * The hate and threat thresholds are kept as chosen by chooseThresholds.
 */
export function chooseCombination(cal: Scored[], thr: ModelThresholds, log: (s: string) => void): CombineSettings {
  const benign = cal.filter((s) => BENIGN_FILES.has(s.row.file) || (s.row.file === EXTRA_NAME && s.row.label === 'ok'));
  const olid = cal.filter((s) => s.row.file === 'olid-train.jsonl');
  const views = new Map<Scored, RuleView>();
  for (const s of [...benign, ...olid]) views.set(s, ruleView(s.row.text));
  let best = { t: thr.offensive, g: thr.offensive, obj: -1, fpr: 0, rec: 0 };
  for (let ti = 5; ti <= 99; ti++) {
    const t = ti / 100;
    const ownFpr = benign.filter((s) => s.p[0] >= t).length / Math.max(1, benign.length);
    if (ownFpr > (BENIGN_FPR_BUDGET[0] as number)) continue;
    for (let gi = 5; gi <= ti; gi++) {
      const c = { ...thr, offensive: t, agreement: gi / 100 };
      const fpr = benign.filter((s) => combinedFlag(s.p, views.get(s) as RuleView, c)).length / Math.max(1, benign.length);
      if (fpr > COMBINED_BENIGN_FPR_BUDGET) continue;
      let tp = 0;
      let fp = 0;
      let fn = 0;
      let tn = 0;
      for (const s of olid) {
        const yes = combinedFlag(s.p, views.get(s) as RuleView, c);
        const y = s.row.label === 'flag';
        if (yes && y) tp++;
        else if (yes) fp++;
        else if (y) fn++;
        else tn++;
      }
      const obj = macroF1(tp, fp, fn, tn);
      if (obj > best.obj) best = { t, g: c.agreement, obj, fpr, rec: tp / Math.max(1, tp + fn) };
    }
  }
  log(`  combined (rules + model, mild rule findings need the model): offensive ${best.t}, agreement ${best.g} (out-of-fold OLID macro-F1 ${best.obj.toFixed(3)}, recall ${(100 * best.rec).toFixed(1)}%, benign FPR ${(best.fpr * 100).toFixed(2)}% of ${benign.length})`);
  return { ...thr, offensive: best.t, agreement: best.g, mildNeedsModel: true };
}

/** Calibration-row figures per file (for the training report; never validation rows). */
function calibrationReport(cal: Scored[], thr: ModelThresholds): Record<string, unknown> {
  const byFile = new Map<string, Scored[]>();
  for (const s of cal) {
    const list = byFile.get(s.row.file);
    if (list) list.push(s);
    else byFile.set(s.row.file, [s]);
  }
  const out: Record<string, unknown> = {};
  for (const [file, rows] of [...byFile.entries()].sort()) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    for (const s of rows) {
      const yes = s.p[0] >= thr.offensive || s.p[1] >= thr.hate || s.p[2] >= thr.threat;
      const y = s.row.label === 'flag';
      if (yes && y) tp++;
      else if (yes) fp++;
      else if (y) fn++;
      else tn++;
    }
    out[file] = {
      rows: rows.length,
      recallFlag: tp + fn > 0 ? +(tp / (tp + fn)).toFixed(4) : null,
      fprOk: fp + tn > 0 ? +(fp / (fp + tn)).toFixed(4) : null,
      macroF1: +macroF1(tp, fp, fn, tn).toFixed(4),
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// CLI

export const SHIPPED_MODEL = join(root, 'public/model/tone-model.bin');
export const THRESHOLDS_FILE = join(root, 'src/model/thresholds.json');
export const REPORT_FILE = join(root, 'src/model/training-report.json');
export const BASELINE_DIR = join(tmpdir(), 'think-twice-model');
export const BASELINE_MODEL = join(BASELINE_DIR, 'tone-model-baseline.bin');
export const BASELINE_THRESHOLDS = join(BASELINE_DIR, 'thresholds-baseline.json');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function trainAndCalibrate(all: LabelledRow[], o: TrainOptions): { trained: TrainedModel; thresholds: ModelThresholds & { agreement: number }; calibration: Record<string, unknown> } {
  const oof: Scored[] = [];
  for (let k = 0; k < FOLDS; k++) {
    o.log(`  calibration fold ${k + 1}/${FOLDS}: fitting on the other folds`);
    const m = train(all, { ...o, log: () => {} }, k);
    const rows = all.filter((r) => r.split === 'train' && r.fold === k && !EVALUATION_ONLY_FILES.has(r.file) && (o.includeIdentityBenign || r.kind !== 'identity-benign'));
    oof.push(...scoreRows(m.model, rows));
  }
  const perHead = chooseThresholds(oof, o.log);
  const combine = chooseCombination(oof, perHead, o.log);
  const thresholds = { offensive: combine.offensive, hate: combine.hate, threat: combine.threat, agreement: combine.agreement };
  o.log('  final model: fitting on all training rows');
  const trained = train(all, o, -1);
  return { trained, thresholds, calibration: calibrationReport(oof, thresholds) };
}

function main(): void {
  const t0 = Date.now();
  const quiet = process.argv.includes('--quiet');
  const o: TrainOptions = {
    ...DEFAULT_TRAIN,
    epochs: Number(arg('--epochs') ?? DEFAULT_TRAIN.epochs),
    hashBits: Number(arg('--bits') ?? DEFAULT_TRAIN.hashBits),
    limitPerFile: Number(arg('--limit') ?? Infinity),
    log: quiet ? () => {} : (s) => console.log(s),
  };
  const out = resolve(arg('--out') ?? SHIPPED_MODEL);
  const thrOut = resolve(arg('--thresholds-out') ?? THRESHOLDS_FILE);
  const reportOut = resolve(arg('--report-out') ?? REPORT_FILE);
  const all = loadLabelledRows();
  const counts = { train: 0, val: 0 };
  for (const r of all) counts[r.split]++;
  console.log(`Rows: ${all.length} (training ${counts.train} in ${FOLDS} calibration folds, validation ${counts.val} - validation rows are not used here)`);
  console.log('Training the shipped model (identity mitigation on):');
  const main = trainAndCalibrate(all, o);
  const gz = gzipSync(main.trained.bytes, { level: 9 }).length;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, main.trained.bytes);
  writeFileSync(thrOut, JSON.stringify(main.thresholds, null, 2) + '\n');
  console.log(`Wrote ${out}: ${main.trained.bytes.length} bytes raw, ${gz} bytes gzip (${(gz / 1024).toFixed(1)} KB; budget 300 KB)`);
  console.log(`Wrote ${thrOut}: ${JSON.stringify(main.thresholds)}`);
  const report = {
    note: 'Generated by npm run train. Figures here are OUT-OF-FOLD scores of TRAINING rows (used to choose thresholds); validation figures come from scripts/eval-model.ts.',
    options: { ...o, log: undefined, limitPerFile: Number.isFinite(o.limitPerFile) ? o.limitPerFile : null },
    featureConfig: main.trained.cfg,
    rows: counts,
    benignFprBudget: Object.fromEntries(HEADS.map((h, i) => [h, BENIGN_FPR_BUDGET[i]])),
    combinedBenignFprBudget: COMBINED_BENIGN_FPR_BUDGET,
    thresholds: main.thresholds,
    modelBytes: main.trained.bytes.length,
    modelGzipBytes: gz,
    calibration: main.calibration,
  };
  writeFileSync(reportOut, JSON.stringify(report, null, 2) + '\n');
  if (!process.argv.includes('--no-baseline')) {
    console.log('Training the baseline for the bias report (no identity mitigation, no identity-benign examples):');
    const base = trainAndCalibrate(all, { ...o, identityMitigation: false, includeIdentityBenign: false });
    mkdirSync(BASELINE_DIR, { recursive: true });
    writeFileSync(BASELINE_MODEL, base.trained.bytes);
    writeFileSync(BASELINE_THRESHOLDS, JSON.stringify(base.thresholds, null, 2) + '\n');
    console.log(`Wrote ${BASELINE_MODEL} (not shipped; read by npm run eval-model's bias table)`);
  }
  console.log(`Done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
