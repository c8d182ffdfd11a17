/**
 * The tone model's binary file (public/model/tone-model.bin), written by scripts/train.ts and
 * read by loadModel(). Little-endian:
 *
 *   offset size
 *   0      4    magic "TTM1"
 *   4      2    format version (FORMAT_VERSION)
 *   6      2    feature version (features.ts FEATURE_VERSION)
 *   8      1    hashBits (buckets = 2^hashBits, 10..22)
 *   9      1    charMin
 *   10     1    charMax
 *   11     1    flags: bit 0 = identity mitigation
 *   12     1    number of heads (HEADS.length)
 *   13     3    reserved (0)
 *   16     8*H  per head: float32 scale, float32 bias
 *   16+8H  4    uint32 FNV-1a checksum of the weight bytes
 *   20+8H  H*2^hashBits  int8 weights, head-major (head 0 buckets, then head 1, ...)
 *
 * A head's margin is bias + scale * (sum of int8 weights of the text's features) / sqrt(count);
 * its probability is the logistic of the margin.
 */
export const MAGIC = 'TTM1';
export const FORMAT_VERSION = 1;
export const HEADS = ['offensive', 'hate', 'threat'] as const;
export type Head = (typeof HEADS)[number];

export interface HeadParams {
  scale: number;
  bias: number;
}

export interface ModelFileContent {
  featureVersion: number;
  hashBits: number;
  charMin: number;
  charMax: number;
  identityMitigation: boolean;
  heads: HeadParams[];
  /** Head-major int8 weights, heads.length * 2^hashBits. */
  weights: Int8Array;
}

export function headerSize(nHeads: number): number {
  return 20 + 8 * nHeads;
}

export function fnvBytes(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return h >>> 0;
}

export function encodeModel(m: ModelFileContent): Uint8Array {
  const nHeads = m.heads.length;
  const hs = headerSize(nHeads);
  const out = new Uint8Array(hs + m.weights.length);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  dv.setUint16(4, FORMAT_VERSION, true);
  dv.setUint16(6, m.featureVersion, true);
  dv.setUint8(8, m.hashBits);
  dv.setUint8(9, m.charMin);
  dv.setUint8(10, m.charMax);
  dv.setUint8(11, m.identityMitigation ? 1 : 0);
  dv.setUint8(12, nHeads);
  m.heads.forEach((h, i) => {
    dv.setFloat32(16 + 8 * i, h.scale, true);
    dv.setFloat32(20 + 8 * i, h.bias, true);
  });
  const wBytes = new Uint8Array(m.weights.buffer, m.weights.byteOffset, m.weights.length);
  dv.setUint32(16 + 8 * nHeads, fnvBytes(wBytes), true);
  out.set(wBytes, hs);
  return out;
}
