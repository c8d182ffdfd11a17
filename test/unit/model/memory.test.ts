/**
 * The model held in less memory (src/model/cnn.ts): the vocabulary packed as the file's bytes with
 * a hash table of rows, the fc weights kept as int8, each token's projection in a ring of the last
 * few tokens. None of it may change a number: the scores are held, bit for bit, to those of the
 * inference before these changes (cnn-exact.json), and every lookup to what a Map of the decoded
 * words gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnvBytes } from '../../../src/model/cnn-format';
import { CNN_HEADS, loadCnn, loadCnnSteps, scoreCnn, scoreCnnChunked, type CnnModel } from '../../../src/model/cnn';

const bytes = new Uint8Array(readFileSync(join(__dirname, '../../../public/model/school-model.bin')));
const exact = JSON.parse(readFileSync(join(__dirname, 'cnn-exact.json'), 'utf8')) as {
  heads: string[];
  cases: Array<{ text: string; probs: number[]; top: Array<Array<[number, number, number]>> }>;
};

/** Where the vocabulary's bytes lie in a model file, from its header. */
function vocabRange(file: Uint8Array): { start: number; end: number; count: number } {
  const dv = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const j = dv.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(file.subarray(12, 12 + j))) as { vocabBytes: number; vocabSize: number };
  return { start: 12 + j, end: 12 + j + header.vocabBytes, count: header.vocabSize };
}

/** The lookup table as the code before packing built it: the words decoded (a leading byte order mark dropped), one Map entry each, a later row winning. */
function referenceVocab(file: Uint8Array): Map<string, number> {
  const { start, end } = vocabRange(file);
  const words = new TextDecoder('utf-8', { fatal: true }).decode(file.subarray(start, end)).split('\n');
  const map = new Map<string, number>();
  words.forEach((w, i) => {
    map.set(w, i);
  });
  return map;
}

/** The shipped file with some words' bytes replaced (same length each, so nothing moves) and its checksum made good again. */
function withWords(replace: Array<[row: number, word: string]>): Uint8Array {
  const file = bytes.slice();
  const { start, end } = vocabRange(file);
  const starts = [start];
  for (let i = start; i < end; i++) if (file[i] === 0x0a) starts.push(i + 1);
  for (const [row, word] of replace) {
    const b = new TextEncoder().encode(word);
    const from = starts[row] as number;
    const len = (starts[row + 1] ?? end + 1) - 1 - from;
    if (b.length !== len) throw new Error(`row ${row} has ${len} bytes, "${word}" ${b.length}`);
    file.set(b, from);
  }
  new DataView(file.buffer).setUint32(file.length - 4, fnvBytes(file, file.length - 4), true);
  return file;
}

/** Words that are not in the vocabulary, or nearly are: non-ASCII, odd Unicode, lone surrogates, very long. */
function probes(words: readonly string[]): string[] {
  const out = [
    '',
    ' ',
    '\n',
    '\0',
    'é',
    'ß',
    'ﬁ',
    '😤',
    '👩🏽‍🏫',
    '\ud800',
    '\udc00',
    'a\ud83d',
    '\ud83da',
    'a'.repeat(10_000),
    'é'.repeat(5_000),
    '😤'.repeat(3_000),
  ];
  for (const w of words.slice(0, 300)) {
    out.push(w + 'x', 'x' + w, w.slice(0, -1), w.toUpperCase(), w + '\ud800', w + 'é', w.replace(/a/g, 'á'), w + '\0', w + w);
  }
  for (const w of words.slice(-50)) out.push(w + 's', w.slice(1));
  return out;
}

function checkLookups(model: CnnModel, ref: Map<string, number>): void {
  for (const [w, row] of ref) expect(model.vocab.get(w), w).toBe(row);
  for (const p of probes([...ref.keys()])) expect(model.vocab.get(p), JSON.stringify(p.slice(0, 40))).toBe(ref.get(p));
  expect(model.vocab.size).toBe(ref.size);
}

describe('the packed vocabulary', () => {
  it('finds every word of the shipped vocabulary at its row, and nothing the vocabulary does not hold', () => {
    const ref = referenceVocab(bytes);
    expect(ref.size).toBe(24_000);
    checkLookups(loadCnn(bytes), ref);
  });

  it('finds non-ASCII words, takes the later row of a word that is there twice, and drops a leading byte order mark, as the Map did', () => {
    const ref0 = [...referenceVocab(bytes).entries()];
    const rowOfLength = (n: number, after = 0): number => ref0.findIndex(([w], i) => i > after && new TextEncoder().encode(w).length === n);
    const four = rowOfLength(4, 10);
    const four2 = rowOfLength(4, four);
    const four3 = rowOfLength(4, four2);
    const five = rowOfLength(5, 10);
    const three = rowOfLength(3, 10);
    const dup = ref0[rowOfLength(4, four3)]?.[0] as string;
    const first = new TextEncoder().encode(ref0[0]?.[0] as string).length;
    const file = withWords([
      [four, '😤'],
      [four2, 'éé'],
      [four3, dup], // now there twice: the later row must win
      [five, 'café'],
      [three, 'ﬁ'], // U+FB01, three bytes
      [0, '\ufeff' + 'x'.repeat(first - 3)], // a byte order mark at the very start is not part of the word
    ]);
    const ref = referenceVocab(file);
    expect(ref.get('😤')).toBe(four);
    expect(ref.get(dup)).toBeGreaterThan(four3);
    const model = loadCnn(file);
    checkLookups(model, ref);
    // Loaded in steps of a few words each, the same lookups.
    const it = loadCnnSteps(file, { checksumBytes: 64 * 1024, vocabWords: 7 });
    let r = it.next();
    while (!r.done) r = it.next();
    checkLookups(r.value, ref);
  });
});

describe('scores after the memory was cut', () => {
  it('are bit for bit those of the inference before: probabilities and the words that weighed most', () => {
    expect(exact.heads).toEqual([...CNN_HEADS]);
    expect(exact.cases.length).toBeGreaterThanOrEqual(140);
    const model = loadCnn(bytes);
    for (const c of exact.cases) {
      for (const m of [model, loadCnn(bytes)]) {
        const r = scoreCnn(m, c.text);
        expect(r.error).toBeUndefined();
        expect(CNN_HEADS.map((h) => r.probs[h])).toEqual(c.probs);
        expect(CNN_HEADS.map((h) => r.top[h].map((w) => [w.start, w.end, w.weight]))).toEqual(c.top);
      }
    }
  });

  it('are the same in chunks of any size, the ring of projections crossing every chunk edge', () => {
    const model = loadCnn(bytes);
    for (const c of exact.cases.slice(0, 60)) {
      const want = scoreCnn(model, c.text);
      if (want.truncated) continue;
      for (const per of [16, 17, 33]) expect(scoreCnnChunked(model, c.text, per).probs).toEqual(want.probs);
    }
  });
});
