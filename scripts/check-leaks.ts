/**
 * Did a rule, an example, a test or a training post borrow a phrase of the measuring set?
 *
 *   npm run --silent check-leaks [-- --n 4]
 *
 * Prints every run of N words (default 4) that a school post of ../shared/corpus/eval shares with a
 * file of the project (src/, scripts/, test/), leaving out runs that ordinary tweets also use (any
 * text of ../shared/corpus/dev), as "file | words | eval row". Exits 1 when there is any: fix the
 * KIND of post the row stands for, in your own words, and never copy the row (see the corpus README).
 * It prints the shared words only, never a whole row.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, devFiles, readDevFile, readJsonl } from './lib/corpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argN = process.argv.indexOf('--n');
const N = argN > 0 ? Number(process.argv[argN + 1]) : 4;
const SELF = fileURLToPath(import.meta.url);

const words = (t: string): string[] =>
  t
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\\[a-z]/g, ' ')
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(' ')
    .filter(Boolean);
function shingles(t: string): Set<string> {
  const w = words(t);
  const out = new Set<string>();
  for (let i = 0; i + N <= w.length; i++) out.add(w.slice(i, i + N).join(' '));
  return out;
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|tsx|json|jsonl|md|py|txt)$/.test(name) && p !== SELF) out.push(p);
  }
  return out;
}

function main(): void {
  const evalRows = readJsonl(join(corpusDir(), 'eval', 'school-posts.jsonl')).map((r) => r.text);
  const evalShingles = new Map<string, number>();
  evalRows.forEach((t, i) => {
    for (const s of shingles(t)) if (!evalShingles.has(s)) evalShingles.set(s, i);
  });
  const ordinary = new Set<string>();
  for (const f of devFiles()) for (const r of readDevFile(f)) for (const s of shingles(r.text)) if (evalShingles.has(s)) ordinary.add(s);
  let count = 0;
  for (const dir of ['src', 'scripts', 'test']) {
    for (const f of files(join(root, dir))) {
      for (const s of shingles(readFileSync(f, 'utf8').replace(/\|/g, ' '))) {
        if (!evalShingles.has(s) || ordinary.has(s)) continue;
        count++;
        process.stdout.write(`${relative(root, f)} | ${s} | eval row ${evalShingles.get(s)}\n`);
      }
    }
  }
  process.stdout.write(`${count} run(s) of ${N} words shared with the measuring set (ordinary phrases that tweets also use left out)\n`);
  process.exitCode = count ? 1 : 0;
}

main();
