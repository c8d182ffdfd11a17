/**
 * Findings equivalence (a tool, not a test): records check() output for every dev-corpus text, every
 * school example (with and without a sample school context) and every rule example, then compares.
 *
 *   npx tsx scripts/check-equivalence.ts record /tmp/tt/before.jsonl
 *   npx tsx scripts/check-equivalence.ts compare /tmp/tt/before.jsonl [--show N]   (prints the first N differences, default 10)
 *
 * A finding is compared on category, ruleId, severity, spans and reason (and clause).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, RULES, type CheckContext } from '../src/checker';
import { docsOf } from '../src/checker/rules/docs';
import { devFiles, readDevFile, readJsonl } from './lib/corpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const SAMPLE: CheckContext = {
  schoolNames: ['Oakfield Academy', 'Oakfield', 'Northway Trust'],
  pupilNames: ['Jayden Smith', 'Amelia', 'Kowalski', 'Chloé Brown'],
  extraTerms: { confidential: ['ofsted report', 'exclusion'] },
};

function cases(): Array<[string, CheckContext | undefined]> {
  const out: Array<[string, CheckContext | undefined]> = [];
  for (const f of devFiles()) for (const r of readDevFile(f)) out.push([r.text, undefined]);
  const school = join(root, 'test/corpus/school-examples.jsonl');
  if (existsSync(school))
    for (const r of readJsonl(school)) {
      out.push([r.text, undefined]);
      out.push([r.text, SAMPLE]);
    }
  for (const rule of RULES)
    for (const ex of [...docsOf(rule).flag, ...docsOf(rule).ok]) {
      if (typeof ex === 'string') out.push([ex, undefined]);
      else out.push([ex.text, ex.context]);
    }
  return out;
}

function line(text: string, ctx: CheckContext | undefined): string {
  const fs = check(text, ctx).map((f) => ({ c: f.category, r: f.ruleId, s: f.severity, sp: f.spans.map((x) => [x.start, x.end]), re: f.reason, cl: f.clause }));
  return JSON.stringify(fs);
}

const [mode, file] = process.argv.slice(2);
// `compare <file> --show N`: print the first N differences (default 10).
const showAt = process.argv.indexOf('--show');
const show = showAt > 0 && Number.isFinite(Number(process.argv[showAt + 1])) ? Number(process.argv[showAt + 1]) : 10;
if ((mode !== 'record' && mode !== 'compare') || !file) {
  console.error('usage: check-equivalence.ts record|compare <file>');
  process.exit(2);
}
const all = cases();
const lines = all.map(([t, c]) => line(t, c));
if (mode === 'record') {
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`recorded ${lines.length} texts, ${lines.filter((l) => l !== '[]').length} with findings -> ${file}`);
} else {
  const before = readFileSync(file, 'utf8').split('\n');
  let diff = 0;
  for (let i = 0; i < lines.length; i++) {
    if (before[i] !== lines[i]) {
      if (diff < show) console.log(`DIFF #${i}: ${JSON.stringify(all[i]![0].slice(0, 200))}\n  before ${before[i]}\n  after  ${lines[i]}`);
      diff++;
    }
  }
  if (before.length - 1 !== lines.length) console.log(`count differs: before ${before.length - 1}, after ${lines.length}`);
  console.log(
    diff === 0 && before.length - 1 === lines.length
      ? `EQUIVALENT: ${lines.length} texts, identical findings`
      : `NOT EQUIVALENT: ${diff} of ${lines.length} differ`,
  );
  process.exit(diff === 0 ? 0 : 1);
}
