/**
 * Checks posts from standard input against the policy, one result per line.
 *
 *   npm run --silent check -- [--settings FILE]
 *
 * Input: one post per line, either a JSON object {"text": "...", "mediaAttached"?: true} or plain text.
 * Output: one JSON line per input line: {"flagged": true|false, "findings": [...]}; a line that starts
 * like JSON but does not parse gives {"flagged": false, "findings": [], "error": "..."} instead. Empty
 * lines are skipped. Lines of any length are handled (the checker looks at the first 1,000,000 characters).
 *
 * --settings FILE: the school's settings, as an admin deploys them (the bare settings object, or a
 * Chrome, Firefox or Google Admin policy file; see docs/admin.md), resolved by the same schema as the
 * extension (readSettings() below). Problems are printed to stderr and the rest still applies.
 */
import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';
import { check, flagged } from '../checker';
import type { CheckContext } from '../checker/types';
import { parseJson, extractSettings } from './validate-config-core';
import { resolveSettings, describeProblem } from '../settings/resolve';
import { toCheckContext } from '../settings/check-context';
import { activePack } from '../policy/active';

/**
 * Reads an admin settings file (bare settings, or a Chrome/Firefox/Google Admin policy file) and
 * resolves it exactly as the extension resolves managed policy: bad values fall back, with a
 * warning on stderr, and the rest applies.
 */
export function readSettings(path: string, warn: (msg: string) => void = (m) => process.stderr.write(m + '\n')): CheckContext {
  const parsed = parseJson(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  const extracted = extractSettings(parsed.value);
  if (!extracted.ok) throw new Error(extracted.message);
  const resolved = resolveSettings(extracted.settings, {});
  for (const p of resolved.problems) warn(describeProblem(p));
  return toCheckContext(resolved.settings, activePack(resolved.settings));
}

function parseArgs(argv: string[]): { settings?: string } {
  const out: { settings?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--settings') out.settings = argv[++i];
    else if (a.startsWith('--settings=')) out.settings = a.slice('--settings='.length);
    else if (a === '--help' || a === '-h') {
      process.stdout.write('Usage: npm run --silent check -- [--settings FILE] < posts.jsonl\n');
      process.exit(0);
    } else {
      process.stderr.write(`Unknown argument: ${a}\n`);
      process.exit(2);
    }
  }
  return out;
}

/** One input line -> one output object. Never throws. */
export function checkLine(line: string, base: CheckContext): Record<string, unknown> {
  let text: string;
  let ctx = base;
  const trimmed = line.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      const obj: unknown = JSON.parse(line);
      if (!obj || typeof obj !== 'object' || typeof (obj as { text?: unknown }).text !== 'string') {
        return { flagged: false, findings: [], error: 'expected an object with a "text" string' };
      }
      text = (obj as { text: string }).text;
      if ((obj as { mediaAttached?: unknown }).mediaAttached === true) ctx = { ...base, mediaAttached: true };
    } catch (e) {
      return { flagged: false, findings: [], error: `malformed JSON: ${(e as Error).message}` };
    }
  } else text = line;
  const findings = check(text, ctx);
  return { flagged: flagged(findings), findings };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let ctx: CheckContext = {};
  if (args.settings) {
    try {
      ctx = readSettings(args.settings);
    } catch (e) {
      process.stderr.write(`Could not read settings from ${args.settings}: ${(e as Error).message}\n`);
      process.exit(2);
    }
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    let out: Record<string, unknown>;
    try {
      out = checkLine(line, ctx);
    } catch (e) {
      out = { flagged: false, findings: [], error: `internal error: ${(e as Error).message}` };
    }
    if (!process.stdout.write(JSON.stringify(out) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
}

void main();
