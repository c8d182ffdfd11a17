/**
 * Regenerates the settings reference in docs/admin.md (between the settings-reference markers)
 * from the settings schema, through describeFields(), and the list of rule ids from the rule
 * registry and each rule file's DOCS. Nothing about a setting or a rule is written twice:
 * change src/settings/schema.ts, run `npx tsx scripts/gen-admin-docs.ts`, commit both. A unit
 * test (test/unit/admin/admin-docs.test.ts) fails when the section is stale.
 *
 *   npx tsx scripts/gen-admin-docs.ts          rewrite the section
 *   npx tsx scripts/gen-admin-docs.ts --check  exit 1 when it is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { describeFields, type FieldInfo } from '../src/settings/fields';
import { timetableSchema, periodSchema, termSchema, closureSchema, overrideSchema, freePeriodSchema } from '../src/schedule/schema';
import { policyPackSchema, clauseSchema, packCategorySchema } from '../src/policy/pack';
import { RULES } from '../src/checker/rules';
import { BUILTIN_CLAUSES } from '../src/policy/builtin-clauses';
import { docsOf } from '../src/checker/rules/docs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ADMIN_DOC = join(ROOT, 'docs/admin.md');
export const START = '<!-- settings-reference:start -->';
export const END = '<!-- settings-reference:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();

function typeOf(f: FieldInfo): string {
  switch (f.kind) {
    case 'text':
      return 'text';
    case 'boolean':
      return '`true` / `false`';
    case 'list':
      return 'list of text';
    case 'choice':
      return 'one of ' + (f.options ?? []).map((o) => `\`${o}\``).join(', ');
    case 'group':
      return 'object';
    default:
      return DATA_TYPES[f.key] ?? 'object or list';
  }
}

/** Fields the form cannot edit directly ('data'): what an admin writes, pointing at the tables below. */
const DATA_TYPES: Record<string, string> = {
  policyPack: 'object (see policyPack below)',
  timetable: 'object (see timetable below)',
  freePeriods: 'list of free periods (below)',
  weekCycle: 'number: `1` or `2`',
  weeks: 'list of 1 or 2 weeks, each `{"days": {"monday": [periods], ...}}` (periods below)',
  terms: 'list of terms (below)',
  closures: 'list of days without lessons (below)',
  overrides: 'list of one-off days (below)',
  periods: 'list of periods (below)',
  prompt: 'object (below)',
  clauses: 'list of clauses (below)',
  categories: 'list of policy categories (below)',
};

const who = (f: FieldInfo) => (f.scope === 'admin' ? 'school only' : 'school, or staff if the school leaves it');

/** Groups whose children are all groups of the same shape (the 14 categories) are shown once. */
function sameShape(children: FieldInfo[]): boolean {
  if (children.length < 3 || !children.every((c) => c.kind === 'group')) return false;
  const sig = (c: FieldInfo) => JSON.stringify((c.children ?? []).map((k) => [k.key, k.kind, k.title, k.options]));
  return children.every((c) => sig(c) === sig(children[0]!));
}

function rows(fields: FieldInfo[], withWho: boolean, out: string[] = [], pathOverride?: (f: FieldInfo) => string): string[] {
  for (const f of fields) {
    const path = pathOverride ? pathOverride(f) : f.path;
    if (f.kind === 'group' && f.children) {
      if (sameShape(f.children)) {
        const ids = f.children.map((c) => `\`${c.key}\``).join(', ');
        out.push(`| \`${path}.<id>\` | object | ${withWho ? `${who(f)} | ` : ''}${cell(f.description)} \`<id>\` is one of: ${ids}. |`);
        const first = f.children[0]!;
        rows(first.children ?? [], withWho, out, (c) => `${path}.<id>.${c.key}`);
      } else {
        rows(f.children, withWho, out, pathOverride ? (c) => `${path}.${c.key}` : undefined);
      }
      continue;
    }
    out.push(`| \`${path}\` | ${typeOf(f)} | ${withWho ? `${who(f)} | ` : ''}**${cell(f.title)}.** ${cell(f.description)} |`);
  }
  return out;
}

function table(title: string, intro: string, fields: FieldInfo[], withWho = false): string {
  const head = withWho
    ? '| Setting | Type | Who may set it | What it does |\n| --- | --- | --- | --- |'
    : '| Field | Type | What it does |\n| --- | --- | --- |';
  return [`### ${title}`, '', intro, '', head, ...rows(fields, withWho), ''].join('\n');
}

const fieldsOf = (schema: z.ZodType, prefix: string) => describeFields(schema as unknown as z.ZodObject, prefix);

/** The rule ids an admin can put in `categories.<id>.disabledRules`, from the rule registry. */
function rulesTable(): string {
  const lines = [
    '### Rules',
    '',
    'The word rules, by id, for `categories.<id>.disabledRules` (for example `{"categories": {"offensive": {"disabledRules": ["offensive/profanity"]}}}`). The clause is the model policy\'s; a replacement `policyPack` maps categories to its own clauses. Severity is the default: `categories.<id>.severity` raises or lowers a whole category.',
    '',
    '| Rule id | Clause | Severity | What it looks for |',
    '| --- | --- | --- | --- |',
  ];
  for (const r of RULES) lines.push(`| \`${r.id}\` | ${BUILTIN_CLAUSES[r.category]} | ${r.severity} | ${cell(docsOf(r).description)} |`);
  return [...lines, ''].join('\n');
}

/** The generated reference section (without the markers). */
export function renderReference(): string {
  const parts = [
    '',
    '<!-- Generated by scripts/gen-admin-docs.ts from src/settings/schema.ts: do not edit by hand. -->',
    '',
    table(
      'All settings',
      'Dotted paths show nesting: `categories.<id>.action` is `{"categories": {"offensive": {"action": "reason"}}}`. Every setting is optional; leave out what you do not want to set (and so lock).',
      describeFields(),
      true,
    ),
    rulesTable(),
    table('timetable', 'The `timetable` object (all times HH:MM, 24-hour, in `timeZone`; dates YYYY-MM-DD).', fieldsOf(timetableSchema, 'timetable')),
    table(
      'A period',
      "Each entry of `timetable.weeks[n].days.<weekday>` and of a one-off day's `periods`, in time order, not overlapping.",
      fieldsOf(periodSchema, ''),
    ),
    table('A term', 'Each entry of `timetable.terms`.', fieldsOf(termSchema, '')),
    table('A day without lessons', 'Each entry of `timetable.closures`.', fieldsOf(closureSchema, '')),
    table('A one-off day', 'Each entry of `timetable.overrides`.', fieldsOf(overrideSchema, '')),
    table('A free period', 'Each entry of `freePeriods` (usually set by staff themselves).', fieldsOf(freePeriodSchema, '')),
    table(
      'policyPack',
      'A whole replacement policy. Every category id must appear once, and every clause a category names must be in `clauses`.',
      fieldsOf(policyPackSchema, 'policyPack'),
    ),
    table('A clause', 'Each entry of `policyPack.clauses`.', fieldsOf(clauseSchema, '')),
    table('A policy category', 'Each entry of `policyPack.categories`.', fieldsOf(packCategorySchema, '')),
  ];
  return parts.join('\n');
}

/** The document with its reference section replaced. */
export function withReference(doc: string): string {
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`docs/admin.md needs the markers ${START} and ${END}.`);
  return doc.slice(0, a + START.length) + '\n' + renderReference() + '\n' + doc.slice(b);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const doc = readFileSync(ADMIN_DOC, 'utf8');
  const next = withReference(doc);
  if (process.argv.includes('--check')) {
    if (next !== doc) {
      console.error('docs/admin.md: the settings reference is stale; run `npx tsx scripts/gen-admin-docs.ts`.');
      process.exitCode = 1;
    } else console.log('docs/admin.md: the settings reference is up to date.');
  } else if (next !== doc) {
    writeFileSync(ADMIN_DOC, next);
    console.log('docs/admin.md: settings reference regenerated.');
  } else console.log('docs/admin.md: already up to date.');
}
