/**
 * Turns a plain-text policy into a policy pack (src/policy/builtin-pack.json).
 *
 *   npm run import-policy -- [POLICY.txt] [META.json] [OUT.json]
 *
 * Defaults: src/policy/source/social-media-policy.txt (the customer's text, kept in the project), src/policy/builtin-meta.json,
 * src/policy/builtin-pack.json. The text's numbered sections ("5. Acceptable use") and clauses
 * ("5.2 Employees should ...", with the bullet lines that follow) become clauses; the meta file
 * carries what the text does not say (id, version, categories and their plain-English
 * explanations, the prompt's wording). When the school adopts a new policy, run this on its
 * text, adjust the meta file's clause numbers, and commit both, or ship the result to staff
 * machines through the `policyPack` setting without a code change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatePack, anchorFor } from '../src/policy/pack';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ParsedPolicy {
  title: string;
  summary: string;
  note: string;
  clauses: Array<{ number: string; title: string; text: string; anchor: string }>;
}

export function parsePolicyText(raw: string): ParsedPolicy {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/u, '').trim());
  const clauses: ParsedPolicy['clauses'] = [];
  let title = '';
  const preamble: string[] = [];
  const trailing: string[] = [];
  let sectionTitle = '';
  let current: { number: string; title: string; lines: string[] } | null = null;
  let sawSection = false;
  const flush = () => {
    if (current?.lines.join(' ').trim()) {
      clauses.push({ number: current.number, title: current.title, text: current.lines.join('\n').trim(), anchor: anchorFor(current.number) });
    }
    current = null;
  };
  for (const line of lines) {
    if (!line) continue;
    const section = /^(\d+)\.\s+(\S.*)$/.exec(line);
    const clause = /^(\d+\.\d+)\s+(\S.*)$/.exec(line);
    if (section && !/^\d+\.\d/.test(line)) {
      flush();
      sawSection = true;
      sectionTitle = section[2]!.trim();
      current = { number: section[1]!, title: sectionTitle, lines: [] };
    } else if (clause) {
      flush();
      current = { number: clause[1]!, title: sectionTitle, lines: [clause[2]!.trim()] };
    } else if (!sawSection) {
      if (!title) title = line;
      else preamble.push(line);
    } else if (current) {
      current.lines.push(line);
    } else {
      trailing.push(line);
    }
  }
  flush();
  // The last paragraph after the last clause ("Policy will be replaced ...") is a note, not policy text.
  const last = clauses[clauses.length - 1];
  if (last) {
    const parts = last.text.split('\n');
    const tail = parts[parts.length - 1] ?? '';
    if (/^policy will be replaced/i.test(tail)) {
      last.text = parts.slice(0, -1).join('\n').trim();
      trailing.push(tail);
    }
  }
  return { title, summary: preamble.join(' '), note: trailing.join(' '), clauses };
}

/** The pack the policy text and the hand-written metadata make (what builtin-pack.json must hold). */
export function buildPack(policyText: string, meta: Record<string, unknown>): Record<string, unknown> {
  const parsed = parsePolicyText(policyText);
  return { ...meta, title: (meta.title as string) || parsed.title, summary: parsed.summary, note: parsed.note, clauses: parsed.clauses };
}

function main(): void {
  const [
    textPath = resolve(root, 'src/policy/source/social-media-policy.txt'),
    metaPath = resolve(root, 'src/policy/builtin-meta.json'),
    outPath = resolve(root, 'src/policy/builtin-pack.json'),
  ] = process.argv.slice(2);
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, unknown>;
  const pack = buildPack(readFileSync(textPath, 'utf8'), meta);
  const parsed = { clauses: pack.clauses as unknown[] };
  const result = validatePack(pack);
  if (!result.ok) {
    for (const p of result.problems) console.error(`${p.path || '(pack)'}: ${p.message}`);
    process.exit(1);
  }
  // Keys the pack format does not know would be written into the built-in pack and ignored there.
  for (const p of result.ignored) console.warn(`${metaPath}: ${p.path} ${p.message}`);
  writeFileSync(outPath, JSON.stringify(pack, null, 2) + '\n');
  console.log(`Wrote ${outPath}: ${parsed.clauses.length} clauses, ${(meta.categories as unknown[]).length} categories.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
