/**
 * Reads the labelled development corpus (../shared/corpus/dev, see its README) and splits it.
 *
 * The split is fixed and documented: a row is a VALIDATION row when the FNV-1a hash of its
 * text, modulo 5, is 0 (about 20% of each file); every other row is a TRAINING row. Hashing
 * the text (not the line number) keeps the split stable if files are re-ordered and puts exact
 * duplicates on the same side. Tune and train on training rows; report validation rows.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusRow {
  text: string;
  label: 'flag' | 'ok';
  kind?: string | null;
  [k: string]: unknown;
}

const here = dirname(fileURLToPath(import.meta.url));

/** ../shared/corpus from the project root, or $THINK_TWICE_CORPUS. */
export function corpusDir(): string {
  const fromEnv = process.env.THINK_TWICE_CORPUS;
  if (fromEnv) return resolve(fromEnv);
  return resolve(here, '../../../shared/corpus');
}

export function devFiles(): string[] {
  const dir = join(corpusDir(), 'dev');
  if (!existsSync(dir)) throw new Error(`The development corpus is not at ${dir} (set THINK_TWICE_CORPUS).`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
}

export function readJsonl(path: string): CorpusRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusRow);
}

export function readDevFile(name: string): CorpusRow[] {
  return readJsonl(join(corpusDir(), 'dev', name));
}

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function isValidationRow(text: string): boolean {
  return fnv1a(text) % 5 === 0;
}
