/**
 * A benchmark (not a test): npm run bench
 *
 * Prints, in one run:
 * - throughput (texts/s and MB/s) over every text of the dev corpus, for the full assessment as it
 *   ships (rules + learned model + default settings: assess()), for the checker alone and, on the same
 *   texts in the same process, for `obscenity` alone (RegExpMatcher with its English dataset and
 *   recommended transformers, hasMatch) and `@2toad/profanity` alone (exists) - and the ratios, with
 *   the targets (the full assessment >= 10x obscenity; the checker >= 5x);
 * - p50/p99 latency of check() for a 280-character post and for a 63,206-character post;
 * - the size the checker adds to the content script: src/checker/index.ts bundled with esbuild,
 *   minified, then gzipped with node:zlib;
 * - first use (bench-first-use.ts): module start of the engine chunk, the first check cold and
 *   prepared (its longest single piece of work), the model's load at once and in steps, each from
 *   fresh processes and beside its target (12 ms here: 50 ms on a laptop four times slower).
 * Times use process.hrtime.bigint() after a warm-up. Throughput: one untimed pass each, then the fastest
 * of five timed passes per contender, taken in turns (this machine is shared and noisy).
 */
import { gzipSync } from 'node:zlib';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { profanity } from '@2toad/profanity';
import { readFileSync } from 'node:fs';
import { check } from '../src/checker';
import * as assessModule from '../src/assess';
import { assess, MODEL_PATH } from '../src/assess';
import { measureFirstUse, printFirstUse } from './bench-first-use';
import { loadAssessModel } from '../src/assess/model';
import { resolveCliSettings } from '../src/cli/check';
import { devFiles, readDevFile } from './lib/corpus';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

function ns(): bigint {
  return process.hrtime.bigint();
}

interface Throughput {
  name: string;
  tps: number;
  mbs: number;
  secs: number;
}

/** One timed pass over every text. */
function pass(texts: string[], fn: (t: string) => unknown): number {
  const t0 = ns();
  let sink = 0;
  for (const t of texts) if (fn(t)) sink++;
  const secs = Number(ns() - t0) / 1e9;
  if (sink < 0) console.log(sink);
  return secs;
}

/**
 * Throughput of each contender: one untimed pass over every text to warm up (JIT, lazily compiled
 * regexes, caches), then ROUNDS timed passes taken in turns (a, b, a, b, ...) so that a burst of load
 * from another process on this shared machine hits both alike; each reports its fastest pass.
 */
const ROUNDS = 5;
function throughputs(texts: string[], bytes: number, contenders: Array<[string, (t: string) => unknown]>): Throughput[] {
  for (const [, fn] of contenders) pass(texts, fn);
  const best = contenders.map(() => Infinity);
  for (let r = 0; r < ROUNDS; r++)
    contenders.forEach(([, fn], i) => {
      best[i] = Math.min(best[i]!, pass(texts, fn));
    });
  return contenders.map(([name], i) => ({ name, tps: texts.length / best[i]!, mbs: bytes / 1e6 / best[i]!, secs: best[i]! }));
}

function percentiles(samples: number[]): { p50: number; p99: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

function latency(text: string, runs: number): { p50: number; p99: number } {
  for (let i = 0; i < Math.min(50, runs); i++) check(text);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = ns();
    check(text);
    samples.push(Number(ns() - t0) / 1e6);
  }
  return percentiles(samples);
}

/** A realistic post of exactly `len` characters, built from varied school sentences. */
function post(len: number, seed: string): string {
  const parts = [
    'What a brilliant day at sports day with Year 6, the relay was amazing! ',
    'Reminder that parents evening is on Thursday from 4pm in the sports hall. ',
    'Honestly, SLT have no idea how much marking we do every single week. ',
    'Shout out to the PTA for the cake sale, we raised £412 for the library. ',
    'Can anyone recommend a good book for a reluctant reader in Year 4? ',
    'Our science club made volcanoes and the kids loved every minute of it. ',
    'Absolutely shattered after the trip, but so proud of everyone involved. ',
    'Does anyone have the new scheme of work for KS3 history to share? ',
  ];
  let out = seed;
  let i = 0;
  while (out.length < len) out += parts[i++ % parts.length];
  return out.slice(0, len);
}

async function bundleSize(): Promise<{ min: number; gz: number }> {
  const res = await build({
    entryPoints: [resolve(root, 'src/checker/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = res.outputFiles[0]!.contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

async function main(): Promise<void> {
  const texts: string[] = [];
  for (const f of devFiles()) for (const r of readDevFile(f)) texts.push(r.text);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  console.log(`Corpus: ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB (every file in ../shared/corpus/dev)`);

  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  // The whole assessment as it ships (rules + learned model + default settings), the content script's path.
  const { settings, pack } = resolveCliSettings({});
  const modelBytes = new Uint8Array(readFileSync(resolve(root, 'public', MODEL_PATH)));
  const t0 = ns();
  const loaded = loadAssessModel(modelBytes);
  const loadMs = Number(ns() - t0) / 1e6;
  if (!loaded.ok) throw loaded.error;
  // assess() answers a draft it has just assessed at once (the send check after the typing check);
  // the benchmark forgets that answer before every text, so that it times only work.
  const forget = (assessModule as { forgetLastAssessment?: () => void }).forgetLastAssessment ?? (() => {});
  const whole = (t: string) => assess(t, { settings, pack, model: loaded.model });
  const [full, rules, obs, toad] = throughputs(texts, bytes, [
    ['full assessment', (t) => (forget(), whole(t).flagged)],
    ['checker (all rules)', (t) => check(t).length],
    ['obscenity alone', (t) => matcher.hasMatch(t)],
    ['@2toad/profanity', (t) => profanity.exists(t)],
  ]) as [Throughput, Throughput, Throughput, Throughput];
  const row = (r: typeof full) =>
    `  ${r.name.padEnd(22)} ${Math.round(r.tps).toString().padStart(9)} texts/s  ${r.mbs.toFixed(2).padStart(7)} MB/s  (${r.secs.toFixed(2)} s)`;
  const ratio = (a: Throughput, b: Throughput, target?: number) => {
    const x = a.tps / b.tps;
    return (
      `${x.toFixed(2)}x` + (target === undefined ? '' : `  (target >= ${target}x: ${x >= target ? 'holds' : `misses: ${(target / x).toFixed(1)}x short`})`)
    );
  };
  console.log(`\nThroughput (same texts, same process; one warm-up pass each, then the fastest of ${ROUNDS} passes taken in turns)`);
  for (const r of [full, rules, obs, toad]) console.log(row(r));
  console.log(`  ratio full assessment/obscenity:        ${ratio(full, obs, 10)}`);
  console.log(`  ratio full assessment/@2toad/profanity: ${ratio(full, toad)}`);
  console.log(`  ratio checker/obscenity:                ${ratio(rules, obs, 5)}`);
  console.log(`  ratio checker/@2toad/profanity:         ${ratio(rules, toad)}`);

  const short = post(280, 'Honestly what a day, ');
  const long = post(63_206, 'Long post: ');
  const ls = latency(short, 2000);
  const ll = latency(long, 200);
  console.log('\nLatency of check() (ms)');
  console.log(`  280 chars     p50 ${ls.p50.toFixed(3)}  p99 ${ls.p99.toFixed(3)}  (target p99 <= 1)`);
  console.log(`  63,206 chars  p50 ${ll.p50.toFixed(2)}  p99 ${ll.p99.toFixed(2)}  (target p99 <= 25)`);

  const timed = (text: string, runs: number) => {
    for (let i = 0; i < Math.min(50, runs); i++) forget(), whole(text);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      forget();
      const t1 = ns();
      whole(text);
      samples.push(Number(ns() - t1) / 1e6);
    }
    return percentiles(samples);
  };
  const fs = timed(short, 2000);
  const long60 = post(60_000, 'Long post: ');
  const fl = timed(long60, 50);
  const gz = gzipSync(modelBytes, { level: 9 }).length;
  console.log('\nThe whole assessment as it ships (rules + learned model + default settings; ms)');
  console.log(
    `  model file ${(modelBytes.length / 1048576).toFixed(2)} MB, gzip ${(gz / 1048576).toFixed(2)} MB (target <= 2 MB), loaded lazily in ${loadMs.toFixed(0)} ms`,
  );
  console.log(`  280 chars     p50 ${fs.p50.toFixed(3)}  p99 ${fs.p99.toFixed(3)}  (target p99 <= 5)`);
  console.log(
    `  60,000 chars  p50 ${fl.p50.toFixed(2)}  p99 ${fl.p99.toFixed(2)}  (target: no long task, p99 < 50; the model reads the first 512 words, the rules all of it)`,
  );

  const size = await bundleSize();
  console.log('\nContent-script size added by the checker (src/checker/index.ts, esbuild --minify, gzip -9)');
  console.log(`  minified ${(size.min / 1024).toFixed(1)} KiB, gzip ${(size.gz / 1024).toFixed(1)} KiB`);

  printFirstUse(await measureFirstUse(root));
}

void main();
