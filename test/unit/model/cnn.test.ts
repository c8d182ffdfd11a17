import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  loadCnn,
  tryLoadCnn,
  scoreCnn,
  scoreCnnSteps,
  scoreCnnChunked,
  cnnTokenIds,
  cnnFlags,
  CnnLoadError,
  CNN_HEADS,
  DEFAULT_CNN_THRESHOLDS,
  MAX_SYNC_TOKENS,
  type CnnModel,
} from '../../../src/model/cnn';
import { tokenize } from '../../../src/model/features';
import { fnvBytes } from '../../../src/model/cnn-format';

const bytes = new Uint8Array(readFileSync(join(__dirname, '../../../public/model/school-model.bin')));
const model: CnnModel = loadCnn(bytes);
const parity = JSON.parse(readFileSync(join(__dirname, 'cnn-parity.json'), 'utf8')) as {
  heads: string[];
  cases: Array<{ text: string; ids: number[]; probs: number[] }>;
};

function codeOf(input: unknown): string {
  try {
    loadCnn(input as Uint8Array);
    return 'loaded';
  } catch (e) {
    expect(e).toBeInstanceOf(CnnLoadError);
    expect((e as Error).message.length).toBeGreaterThan(10);
    return (e as CnnLoadError).code;
  }
}

/** The file with its header JSON replaced (and the checksum and length fixed up). */
function withHeader(edit: (h: Record<string, unknown>) => void): Uint8Array {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const j = dv.getUint32(8, true);
  const h = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + j))) as Record<string, unknown>;
  edit(h);
  const hb = new TextEncoder().encode(JSON.stringify(h));
  const rest = bytes.subarray(12 + j, bytes.length - 4);
  const out = new Uint8Array(12 + hb.length + rest.length + 4);
  out.set(bytes.subarray(0, 8));
  new DataView(out.buffer).setUint32(8, hb.length, true);
  out.set(hb, 12);
  out.set(rest, 12 + hb.length);
  new DataView(out.buffer).setUint32(out.length - 4, fnvBytes(out, out.length - 4), true);
  return out;
}

describe('loadCnn', () => {
  it('loads the shipped model, within the 2 MB budget', () => {
    expect(model.heads).toEqual(CNN_HEADS);
    expect(model.byteLength).toBe(bytes.length);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    for (const h of CNN_HEADS) expect(model.thresholds[h]).toBe(DEFAULT_CNN_THRESHOLDS[h]);
  });

  it('rejects bad bytes with a typed, clear error', () => {
    expect(codeOf('not bytes')).toBe('not-bytes');
    expect(codeOf(new Uint8Array(0))).toBe('too-short');
    expect(codeOf(new TextEncoder().encode('<html>404 Not Found</html> and more padding'))).toBe('bad-magic');
    expect(codeOf(bytes.subarray(0, 5000))).toBe('bad-length');
    const damaged = bytes.slice();
    damaged[damaged.length - 100] = ((damaged[damaged.length - 100] as number) + 1) & 0xff;
    expect(codeOf(damaged)).toBe('bad-checksum');
    const v2 = bytes.slice();
    v2[4] = 99;
    expect(codeOf(v2)).toBe('bad-version');
    const tv = bytes.slice();
    tv[6] = 99;
    expect(codeOf(tv)).toBe('bad-tokenizer-version');
    const badJson = bytes.slice();
    badJson[12] = 0x7b + 1; // not "{"
    expect(['bad-header', 'bad-length']).toContain(codeOf(badJson));
    expect(codeOf(withHeader((h) => (h.heads = ['offensive'])))).toBe('bad-header');
    expect(codeOf(withHeader((h) => (h.dims = 0)))).toBe('bad-header');
    expect(codeOf(withHeader((h) => (h.tensors = (h.tensors as Array<{ name: string }>).filter((t) => t.name !== 'fc.bias'))))).toBe('bad-header');
    expect(codeOf(withHeader(() => {}))).toBe('loaded');
    // Any truncation or single-byte change is caught, never a different exception.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), (pos, delta) => {
        const b = bytes.slice();
        b[pos] = ((b[pos] as number) + delta) & 0xff;
        expect(codeOf(b)).not.toBe('loaded');
      }),
      { numRuns: 30 },
    );
    const r = tryLoadCnn(new Uint8Array(3));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('too-short');
    const ok = tryLoadCnn(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(ok.ok).toBe(true);
  });
});

describe('parity with the trainer (test/unit/model/cnn-parity.json, written by npm run train)', () => {
  it('has the heads in the same order and covers ~40 texts', () => {
    expect(parity.heads).toEqual([...CNN_HEADS]);
    expect(parity.cases.length).toBeGreaterThanOrEqual(35);
  });

  it.each(parity.cases.map((c, i) => [i, c] as const))('text %i: identical token ids, every probability within 1e-4', (_, c) => {
    const ids = cnnTokenIds(model, tokenize(c.text)).map((t) => t.id);
    expect(ids).toEqual(c.ids);
    const sync = scoreCnn(model, c.text);
    const chunked = scoreCnnChunked(model, c.text, 64);
    expect(sync.error).toBeUndefined();
    CNN_HEADS.forEach((h, i) => {
      // The synchronous form reads at most MAX_SYNC_TOKENS tokens; the chunked form reads them all, as the trainer does.
      if (!sync.truncated) expect(Math.abs(sync.probs[h] - (c.probs[i] as number))).toBeLessThanOrEqual(1e-4);
      expect(Math.abs(chunked.probs[h] - (c.probs[i] as number))).toBeLessThanOrEqual(1e-4);
    });
  });
});

describe('scoreCnn', () => {
  it('chunked == unchunked on a long text, for any step size', () => {
    const text = Array.from({ length: 25 }, (_, i) => `Line ${i}: Kofi in 8T was brilliant today, the parents are morons, DM me on Snapchat.`).join('\n');
    const whole = scoreCnn(model, text);
    expect(whole.truncated).toBe(false);
    for (const step of [16, 100, 1000, 100000]) {
      const part = scoreCnnChunked(model, text, step);
      for (const h of CNN_HEADS) expect(part.probs[h]).toBeCloseTo(whole.probs[h], 12);
      expect(part.top).toEqual(whole.top);
    }
  });

  it('the chunked scorer does bounded work per step', () => {
    const text = 'word '.repeat(12000);
    const it = scoreCnnSteps(model, text, 1000);
    let steps = 0;
    for (let r = it.next(); !r.done; r = it.next()) steps++;
    expect(steps).toBeGreaterThanOrEqual(12);
  });

  it('caps the synchronous form and says so', () => {
    const r = scoreCnn(model, 'ok '.repeat(MAX_SYNC_TOKENS + 50));
    expect(r.truncated).toBe(true);
    expect(r.tokens).toBe(MAX_SYNC_TOKENS);
  });

  it('never throws, for any string or a non-string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const r = scoreCnn(model, s);
        for (const h of CNN_HEADS) expect(r.probs[h]).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 100 },
    );
    const r = scoreCnn(model, undefined as unknown as string);
    expect(r.tokens).toBe(0);
    expect(r.error).toBeUndefined();
  });

  it('explains with spans of the ORIGINAL text', () => {
    const text = 'Ｓｏｍｅ of the parents at this school are absolute MORONS!!!';
    const r = scoreCnn(model, text);
    for (const h of CNN_HEADS) {
      for (const w of r.top[h]) {
        expect(text.slice(w.start, w.end)).toBe(w.text);
        expect(w.weight).toBeGreaterThan(0);
      }
    }
    expect(r.top.offensive.map((w) => w.text.toLowerCase())).toContain('morons');
    // It reads as a put-down, whichever head carries it (offensive tone or an attack on the school's parents).
    expect(cnnFlags(r).some((h) => h === 'offensive' || h === 'reputation' || h === 'bullying')).toBe(true);
  });
});
