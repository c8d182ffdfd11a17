/**
 * Checks posts from standard input against the policy, one result per line, with exactly the
 * assessment staff see in the browser (src/assess: the rules, the learned model and the school's
 * settings, combined the same way).
 *
 *   npm run --silent check -- [--settings FILE] [--rules-only]
 *
 * Input: one post per line, either a JSON object {"text": "...", "mediaAttached"?: true} or plain text.
 * Output: one JSON line per input line:
 *   {"flagged": true|false, "findings": [{category, clause, severity, ruleId, source, reason, spans,
 *    matched, words?}]}
 * `matched` is the text of each span; for the learned model's findings `words` are the words that
 * weighed most. A line that starts like JSON but does not parse gives {"flagged": false, "findings":
 * [], "error": "..."} instead. Empty lines are skipped. Lines of any length are handled (the checker
 * looks at the first 1,000,000 characters).
 *
 * --settings FILE: the school's settings, as an admin deploys them (the bare settings object, or a
 * Chrome, Firefox or Google Admin policy file; see docs/admin.md), resolved by the same schema as the
 * extension. Problems are printed to stderr and the rest still applies. Without it: the defaults, as
 * on a machine with no admin policy.
 * --rules-only: leave the learned model out (as the extension does while the model loads, or when
 * the school switches it off).
 */
import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJson, extractSettings } from './validate-config-core';
import { resolveSettings, describeProblem } from '../settings/resolve';
import { toCheckContext } from '../settings/check-context';
import { activePack } from '../policy/active';
import type { CheckContext, Finding } from '../checker/types';
import type { Settings } from '../settings/schema';
import type { PolicyPack } from '../policy/pack';
import { assess, MODEL_PATH, type AssessModel } from '../assess';
import { loadAssessModel } from '../assess/model';

// Two folders up, both from src/cli/check.ts and from its prebuilt bundle build/cli/check.mjs (what
// `npm run check` runs; scripts/lib/cli-bundle.mjs): the model is read from public/ at run time.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** What a check needs: the school's resolved settings, the pack in force and the model (null: rules only). */
export interface CliContext {
  settings: Settings;
  pack: PolicyPack;
  model: AssessModel | null;
}

/** Resolves admin settings (or none) exactly as the extension resolves managed policy: bad values fall back, with a warning, and the rest applies. */
export function resolveCliSettings(
  raw: unknown,
  warn: (msg: string) => void = (m) => process.stderr.write(m + '\n'),
): { settings: Settings; pack: PolicyPack } {
  const resolved = resolveSettings(raw ?? {}, {});
  for (const p of resolved.problems) warn(describeProblem(p));
  return { settings: resolved.settings, pack: activePack(resolved.settings) };
}

/** Reads an admin settings file (bare settings, or a Chrome/Firefox/Google Admin policy file). Throws with a clear message on a file that cannot be read. */
export function readSettingsFile(path: string, warn?: (msg: string) => void): { settings: Settings; pack: PolicyPack } {
  const parsed = parseJson(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  const extracted = extractSettings(parsed.value);
  if (!extracted.ok) throw new Error(extracted.message);
  return resolveCliSettings(extracted.settings, warn);
}

/** The checker context an admin settings file gives (for tests and tools that call the rules alone). */
export function readSettings(path: string, warn?: (msg: string) => void): CheckContext {
  const { settings, pack } = readSettingsFile(path, warn);
  return toCheckContext(settings, pack);
}

/** The shipped model file from the repository (public/), loaded by the same loader as the content script; null when it cannot be. */
export function loadShippedModel(warn: (msg: string) => void = (m) => process.stderr.write(m + '\n')): AssessModel | null {
  try {
    const loaded = loadAssessModel(new Uint8Array(readFileSync(resolve(root, 'public', MODEL_PATH))));
    if (loaded.ok) return loaded.model;
    warn(`The learned model could not be loaded (${loaded.error.message}); checking with the rules only.`);
  } catch (e) {
    warn(`The learned model could not be read (${(e as Error).message}); checking with the rules only.`);
  }
  return null;
}

/** A finding as the CLI prints it: the finding, the text of its spans, and for the model the words that weighed most. */
export function describeFinding(text: string, f: Finding): Record<string, unknown> {
  const matched = f.spans.map((s) => text.slice(s.start, s.end));
  return { ...f, matched, ...(f.source === 'model' ? { words: matched } : {}) };
}

/** One input line -> one output object. Never throws. */
export function checkLine(line: string, ctx: CliContext): Record<string, unknown> {
  let text: string;
  let mediaAttached = false;
  const trimmed = line.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      const obj: unknown = JSON.parse(line);
      if (!obj || typeof obj !== 'object' || typeof (obj as { text?: unknown }).text !== 'string') {
        return { flagged: false, findings: [], error: 'expected an object with a "text" string' };
      }
      text = (obj as { text: string }).text;
      mediaAttached = (obj as { mediaAttached?: unknown }).mediaAttached === true;
    } catch (e) {
      return { flagged: false, findings: [], error: `malformed JSON: ${(e as Error).message}` };
    }
  } else text = line;
  const a = assess(text, { settings: ctx.settings, pack: ctx.pack, model: ctx.model, mediaAttached });
  return { flagged: a.flagged, findings: a.findings.map((f) => describeFinding(text, f)) };
}

function parseArgs(argv: string[]): { settings?: string; rulesOnly: boolean } {
  const out: { settings?: string; rulesOnly: boolean } = { rulesOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--settings') out.settings = argv[++i];
    else if (a.startsWith('--settings=')) out.settings = a.slice('--settings='.length);
    else if (a === '--rules-only') out.rulesOnly = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write('Usage: npm run --silent check -- [--settings FILE] [--rules-only] < posts.jsonl\n');
      process.exit(0);
    } else {
      process.stderr.write(`Unknown argument: ${a}\n`);
      process.exit(2);
    }
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let base: { settings: Settings; pack: PolicyPack };
  try {
    base = args.settings ? readSettingsFile(args.settings) : resolveCliSettings({});
  } catch (e) {
    process.stderr.write(`Could not read settings from ${args.settings}: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const model = args.rulesOnly || base.settings.toneModel.enabled === false ? null : loadShippedModel();
  const ctx: CliContext = { ...base, model };
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

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
