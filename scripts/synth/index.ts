/**
 * Synthetic training posts for the school categories (issue: judgement that generalises).
 *
 *   npx tsx scripts/synth/index.ts [--out FILE] [--seed N] [--stats]
 *
 * Each part is a generator module that owns its categories; this file only gathers them, removes
 * duplicates across parts and writes JSON Lines. The method is documented in README.md beside this
 * file. None of these posts is copied from the measuring set (../shared/corpus/eval).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng, type SynthRow } from './lib';
import { generate as generatePupilsAndColleagues } from './part-people';
import { generate as generateToneAndConduct } from './part-conduct';
import { generate as generateVoices } from './part-voices';

export const DEFAULT_SEED = 20261204;

export const PARTS: ReadonlyArray<{ name: string; generate: (r: () => number) => SynthRow[] }> = [
  { name: 'people', generate: generatePupilsAndColleagues },
  { name: 'conduct', generate: generateToneAndConduct },
  { name: 'voices', generate: generateVoices },
];

/** Every synthetic post, deterministic for a seed. */
export function synthesise(seed = DEFAULT_SEED): SynthRow[] {
  const seen = new Set<string>();
  const out: SynthRow[] = [];
  PARTS.forEach((part, i) => {
    for (const row of part.generate(rng(seed + i * 7919))) {
      const key = row.text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(row);
    }
  });
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const here = dirname(fileURLToPath(import.meta.url));
  let out = resolve(here, '../../build/synth/school-train.jsonl');
  let seed = DEFAULT_SEED;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') out = resolve(args[++i] ?? out);
    else if (args[i] === '--seed') seed = Number(args[++i]);
  }
  const rows = synthesise(seed);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const counts = new Map<string, [number, number]>();
  for (const r of rows) {
    const k = r.label === 'flag' ? r.category : r.trap ? 'ok (trap)' : 'ok';
    const c = counts.get(k) ?? [0, 0];
    c[0]++;
    counts.set(k, c);
  }
  process.stdout.write(`${rows.length} posts -> ${out}\n`);
  for (const [k, [n]] of [...counts].sort()) process.stdout.write(`  ${k.padEnd(16)} ${n}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
