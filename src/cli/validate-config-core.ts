/**
 * The admin configuration validator's logic: no file system, no process, so it is unit-tested.
 * src/cli/validate-config.ts reads the file and prints what this returns.
 *
 * It accepts the settings in every shape an admin is likely to hold them in:
 *   - the bare settings object (what the options page, `check --settings` and Intune scripts use),
 *   - a Chrome / Chromium / Edge policy file: {"3rdparty": {"extensions": {"<id>": {...}}}},
 *   - a Firefox policies.json: {"policies": {"3rdparty": {"Extensions": {"<gecko id>": {...}}}}},
 *   - the Google Admin console's "Policy for extensions" JSON, where each value is wrapped as
 *     {"Value": ...} (the same format Chrome's policy templates document for extension policy).
 * and validates it with the extension's own `validateLayer(raw, 'managed')`: the same schema and
 * the same messages staff and admins see in the popup and the options page.
 *
 * In a Chrome/Edge policy file or a Firefox policies.json it also checks the entries that install
 * Think Twice (install-entries.ts). A file with only those entries (the second file docs/admin.md
 * suggests on Linux) is read as that browser's policy file with no settings in it.
 */
import { validateLayer } from '../settings/resolve';
import { hasOwn, ownValue, setOwn, isPlainObject } from '../input/own';
import { settingsSchema } from '../settings/schema';
import { CATEGORY_IDS } from '../policy/ids';
import { checkChromeInstall, checkFirefoxInstall, INSTALL_ENTRY_KEYS, INSTALL_POLICY_KEYS, type InstallCheck } from './install-entries';

/** The development build's Chrome extension ID (from manifest.json's public "key"). */
export const DEV_EXTENSION_ID = 'jacnbhbbamomihbhgpadfhgdohiggeob';
/** The Firefox add-on ID (browser_specific_settings.gecko.id in the Firefox build). */
export const GECKO_ID = 'think-twice@schools.example';

export type ConfigFormat = 'settings' | 'chrome' | 'firefox' | 'google-admin';

export const FORMAT_NAMES: Record<ConfigFormat, string> = {
  settings: 'settings object',
  chrome: 'Chrome/Chromium/Edge policy file',
  firefox: 'Firefox policies.json',
  'google-admin': 'Google Admin console "Policy for extensions" JSON',
};

export interface ConfigProblem {
  path: string;
  message: string;
  /** Set on problems in the entries that install Think Twice (paths from the top of the file), not in its settings. */
  area?: 'install';
}

export interface ValidateOptions {
  /** The extension ID (Chrome) or add-on ID (Firefox) to pick in a policy file. */
  id?: string;
  /**
   * Every rule id the checker knows, with its category (from src/checker/rules). When absent,
   * rule ids in categories.*.disabledRules are not checked and a note says so.
   */
  rules?: ReadonlyMap<string, string> | null;
}

export interface ValidateResult {
  /** 0 valid, 1 problems found, 2 the file could not be read, parsed or understood. */
  exitCode: 0 | 1 | 2;
  format?: ConfigFormat;
  /** The ID the settings were found under, for policy files. */
  extensionId?: string;
  problems: ConfigProblem[];
  /** Worth a look but not wrong (an install entry for another extension's ID): they leave the exit status 0. */
  warnings: ConfigProblem[];
  /** Informational lines (which entry was picked, checks skipped). */
  notes: string[];
  /** Dotted paths of the settings that are valid and would apply (and be locked). */
  applied: string[];
  /** Set when exitCode is 2. */
  fatal?: string;
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** Parses JSON, or says in plain English where and why it is not JSON. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // Windows editors write a BOM
  if (body.trim() === '') return { ok: false, message: 'The file is empty: expected a JSON object of settings.' };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    const m = /position (\d+)/.exec(raw);
    const token = /^Unexpected token '(.)'/.exec(raw);
    const offset = m ? Number(m[1]) : token ? firstOutsideStrings(body, token[1]!) : body.length;
    const { line, column } = lineColumn(body, offset);
    // V8's own wording, without its position part (we give line and column instead).
    let why = raw
      .replace(/\s*in JSON at position \d+(\s*\(line \d+ column \d+\))?/, '')
      .replace(/, ".*" is not valid JSON$/s, '')
      .trim();
    if (/^Unexpected end/.test(why) || offset >= body.trimEnd().length) why = 'the file ends too soon (a missing } or ], or a cut-off file)';
    const prev = body.slice(0, offset).trimEnd();
    if (/^Expected (double-quoted property name|property name)/.test(why) && /,$/.test(prev)) why += ' (JSON allows no comma before a closing } or ])';
    else if (body[offset] === '/') why += ' (JSON allows no comments)';
    else if (body[offset] === "'") why += ' (JSON needs "double quotes" around text)';
    return { ok: false, message: `Not valid JSON at line ${line} column ${column}: ${why || 'unexpected input'}.` };
  }
}

/** Offset of the first `ch` outside double-quoted strings (for V8 messages that give no position). */
function firstOutsideStrings(text: string, ch: string): number {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === ch) return i;
  }
  return text.length;
}

type Extracted =
  | { ok: true; format: ConfigFormat; settings: unknown; extensionId?: string; notes: string[]; problems: ConfigProblem[] }
  | { ok: false; message: string };

/** Top-level keys of Firefox's policies that install add-ons. */
const FIREFOX_INSTALL_KEYS = ['ExtensionSettings', 'Extensions'];

function pickEntry(
  entries: Record<string, unknown>,
  where: string,
  preferred: string[],
  requested?: string,
): { ok: true; id: string; notes: string[] } | { ok: false; message: string } {
  const ids = Object.keys(entries);
  // Own keys only: with `in`, "--id toString" (or constructor, __proto__) would pick what every object inherits.
  if (requested) {
    if (hasOwn(entries, requested)) return { ok: true, id: requested, notes: [] };
    return { ok: false, message: `${where} has no entry for "${requested}" (found: ${ids.join(', ') || 'none'}).` };
  }
  for (const id of preferred) if (hasOwn(entries, id)) return { ok: true, id, notes: [] };
  if (ids.length === 1) return { ok: true, id: ids[0]!, notes: [`Using the only entry in ${where}, "${ids[0]}".`] };
  if (ids.length === 0) return { ok: false, message: `${where} is empty: put the Think Twice settings under the extension's ID.` };
  return {
    ok: false,
    message: `${where} has ${ids.length} entries (${ids.join(', ')}) and none is Think Twice's development ID: say which with --id <extension id>.`,
  };
}

const NO_SETTINGS = (where: string) =>
  `This file holds no Think Twice settings (no "${where}"): fine if they are in another policy file, which can be checked on its own.`;
const SCHEMA_KEYS = new Set(Object.keys(settingsSchema.shape));

/** Finds the Think Twice settings inside whichever file shape this is. */
export function extractSettings(raw: unknown, opts: ValidateOptions = {}): Extracted {
  if (!isPlainObject(raw)) {
    const what = Array.isArray(raw) ? 'a list' : raw === null ? 'null' : `a ${typeof raw}`;
    return { ok: false, message: `The file holds ${what}; expected a JSON object (the settings, or a Chrome or Firefox policy file).` };
  }

  // Firefox: {"policies": {"3rdparty": {"Extensions": {...}}}}
  if (hasOwn(raw, 'policies')) {
    const policies = raw.policies;
    const third = isPlainObject(policies) ? ownValue(policies, '3rdparty') : undefined;
    const exts = isPlainObject(third) ? ownValue(third, 'Extensions') : undefined;
    if (!isPlainObject(exts)) {
      const lower = isPlainObject(third) && hasOwn(third, 'extensions');
      // A policies.json that only installs Think Twice (its settings in another file) is still Firefox's.
      if (isPlainObject(policies) && !hasOwn(policies, '3rdparty') && FIREFOX_INSTALL_KEYS.some((k) => hasOwn(policies, k)))
        return { ok: true, format: 'firefox', settings: {}, notes: [NO_SETTINGS('policies.3rdparty.Extensions')], problems: [] };
      return {
        ok: false,
        message: lower
          ? 'This looks like a Firefox policies.json, but "policies.3rdparty" has "extensions": Firefox needs "Extensions" with a capital E.'
          : 'This looks like a Firefox policies.json, but it has no "policies.3rdparty.Extensions" object holding the Think Twice settings.',
      };
    }
    const pick = pickEntry(exts, 'policies.3rdparty.Extensions', [GECKO_ID], opts.id);
    if (!pick.ok) return pick;
    return { ok: true, format: 'firefox', settings: ownValue(exts, pick.id), extensionId: pick.id, notes: pick.notes, problems: [] };
  }

  // Chrome / Chromium / Edge on Linux (and the same shape as a .json template): {"3rdparty": {"extensions": {...}}}
  if (hasOwn(raw, '3rdparty')) {
    const third = raw['3rdparty'];
    const exts = isPlainObject(third) ? ownValue(third, 'extensions') : undefined;
    if (!isPlainObject(exts)) {
      const upper = isPlainObject(third) && hasOwn(third, 'Extensions');
      return {
        ok: false,
        message: upper
          ? 'This looks like a Chrome policy file, but "3rdparty" has "Extensions": Chrome needs "extensions" in lower case ("Extensions" is Firefox\'s spelling, inside "policies").'
          : 'This looks like a Chrome policy file, but it has no "3rdparty.extensions" object holding the Think Twice settings.',
      };
    }
    const pick = pickEntry(exts, '3rdparty.extensions', [DEV_EXTENSION_ID], opts.id);
    if (!pick.ok) return pick;
    return { ok: true, format: 'chrome', settings: ownValue(exts, pick.id), extensionId: pick.id, notes: pick.notes, problems: [] };
  }

  // Google Admin console / Chrome policy templates: {"schoolName": {"Value": "..."}, ...}
  const wrapped = (v: unknown): v is { Value: unknown } => isPlainObject(v) && hasOwn(v, 'Value');
  const keys = Object.keys(raw);
  if (keys.length > 0 && keys.some((k) => wrapped(raw[k]))) {
    const settings: Record<string, unknown> = {};
    const problems: ConfigProblem[] = [];
    for (const k of keys) {
      const v = raw[k];
      if (wrapped(v)) {
        const extra = Object.keys(v).filter((x) => x !== 'Value');
        if (extra.length) problems.push({ path: k, message: `has ${extra.map((x) => `"${x}"`).join(', ')} beside "Value": only {"Value": ...} is understood` });
        // setOwn: `settings["__proto__"] = ...` would replace the object's prototype, hiding the key from validation.
        setOwn(settings, k, v.Value);
      } else {
        problems.push({ path: k, message: 'is not wrapped as {"Value": ...}: in this format every setting must be' });
      }
    }
    return { ok: true, format: 'google-admin', settings, notes: [], problems };
  }

  // A Chrome/Edge policy file that only installs (no "3rdparty"): read as one, not as settings,
  // unless it also holds settings (then the install keys are reported as misplaced).
  if (INSTALL_POLICY_KEYS.some((k) => hasOwn(raw, k)) && !keys.some((k) => SCHEMA_KEYS.has(k)))
    return { ok: true, format: 'chrome', settings: {}, notes: [NO_SETTINGS('3rdparty.extensions')], problems: [] };

  return { ok: true, format: 'settings', settings: raw, notes: [], problems: [] };
}

/** Edit distance, for "did you mean" on misspelt keys. */
function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

function suggest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** Keys allowed at each object path of the settings, for suggestions. */
function knownKeysAt(path: string[]): readonly string[] {
  if (path.length === 0) return SETTINGS_KEYS;
  if (path.length === 1 && path[0] === 'categories') return CATEGORY_IDS;
  if (path.length === 2 && path[0] === 'categories') return CATEGORY_KEYS;
  if (path.length === 1 && path[0] === 'safeguardingLead') return LEAD_KEYS;
  return [];
}
// Mirrors src/settings/schema.ts for suggestions only; validation itself is the schema's.
const SETTINGS_KEYS = [
  'schoolName',
  'trustName',
  'schoolAliases',
  'officialAccounts',
  'policyUrl',
  'policyPack',
  'pupilNames',
  'categories',
  'safeguardingLead',
  'timetable',
  'freePeriods',
  'staffMayChangeSettings',
  'showIndicator',
];
const CATEGORY_KEYS = ['enabled', 'action', 'severity', 'extraTerms', 'disabledRules'];
const LEAD_KEYS = ['name', 'role', 'email', 'phone', 'reportUrl'];

/**
 * Tidies one message from validateLayer for a terminal: the timetable's meaning checks repeat
 * their own path at the start of the message ("weeks.0.days.monday.1: 'P2' ..."), which reads
 * twice once the full path is in front.
 */
function tidy(p: ConfigProblem, format: ConfigFormat): ConfigProblem {
  const misplaced = misplacedInstallKey(p, format);
  if (misplaced) return misplaced;
  const parts = p.path.split('.');
  for (let i = 0; i < parts.length; i++) {
    const tail = parts.slice(i).join('.') + ': ';
    if (p.message.startsWith(tail)) return { path: p.path, message: p.message.slice(tail.length) };
  }
  if (p.message === 'is not a Think Twice setting (check the spelling)') {
    const segs = p.path.split('.');
    const key = segs[segs.length - 1]!;
    const parent = segs.slice(0, -1);
    if (parent.length === 1 && parent[0] === 'categories') {
      const s = suggest(key, CATEGORY_IDS);
      return { path: p.path, message: `${p.message}${s ? `; did you mean "${s}"?` : ''} The categories are: ${CATEGORY_IDS.join(', ')}.` };
    }
    const s = suggest(key, knownKeysAt(parent));
    if (s) return { path: p.path, message: `${p.message}; did you mean "${s}"?` };
  }
  return p;
}

/**
 * An install policy (or one of its fields) put among Think Twice's settings: the browser never
 * reads it there, so say where it belongs instead of only "not a setting".
 */
function misplacedInstallKey(p: ConfigProblem, format: ConfigFormat): ConfigProblem | null {
  if (p.message !== 'is not a Think Twice setting (check the spelling)' || p.path.includes('.')) return null;
  if ((INSTALL_POLICY_KEYS as readonly string[]).includes(p.path)) {
    const where: Record<ConfigFormat, string> = {
      settings: "it belongs in the browser's policy file (see docs/admin.md), not in the settings",
      chrome: 'move it to the top of the policy file, beside "3rdparty"',
      firefox: 'move it into "policies", beside "3rdparty"',
      'google-admin':
        'the Google Admin console installs Think Twice from the app\'s own page (Installation policy: Force install), so leave it out of "Policy for extensions"',
    };
    return { path: p.path, message: `is a browser policy that installs extensions, not a Think Twice setting: ${where[format]}` };
  }
  if ((INSTALL_ENTRY_KEYS as readonly string[]).includes(p.path)) {
    const where =
      format === 'google-admin'
        ? 'the Google Admin console sets installation on the app\'s own page (Installation policy), so leave it out of "Policy for extensions"'
        : format === 'firefox'
          ? 'it belongs in Think Twice\'s entry of "policies.ExtensionSettings"'
          : 'it belongs in Think Twice\'s entry of the browser\'s "ExtensionSettings" policy';
    return { path: p.path, message: `is part of an install entry, not a Think Twice setting: ${where}` };
  }
  return null;
}

/** Checks the file's text end to end. Never throws. */
export function validateConfigText(text: string, opts: ValidateOptions = {}): ValidateResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { exitCode: 2, problems: [], warnings: [], notes: [], applied: [], fatal: parsed.message };
  return validateConfig(parsed.value, opts);
}

/** Checks an already-parsed file. Never throws. */
export function validateConfig(raw: unknown, opts: ValidateOptions = {}): ValidateResult {
  const found = extractSettings(raw, opts);
  if (!found.ok) return { exitCode: 2, problems: [], warnings: [], notes: [], applied: [], fatal: found.message };
  const notes = [...found.notes];
  const { values, paths, problems: layerProblems } = validateLayer(found.settings, 'managed');
  const problems: ConfigProblem[] = [...found.problems, ...layerProblems.map((p) => tidy({ path: p.path, message: p.message }, found.format))];

  // Rule ids: the schema only knows they are short strings; the checker knows which exist.
  const categories = isPlainObject(values.categories) ? values.categories : {};
  const ruleIdsSet = Object.values(categories).some((c) => isPlainObject(c) && Array.isArray(c.disabledRules) && c.disabledRules.length > 0);
  if (opts.rules) {
    for (const [cat, c] of Object.entries(categories)) {
      if (!isPlainObject(c) || !Array.isArray(c.disabledRules)) continue;
      const ofCat = [...opts.rules].filter(([, rc]) => rc === cat).map(([id]) => id);
      c.disabledRules.forEach((id, i) => {
        const path = `categories.${cat}.disabledRules.${i}`;
        const owner = opts.rules!.get(String(id));
        if (owner === undefined) {
          const s = suggest(String(id), [...opts.rules!.keys()]);
          const known = ofCat.length ? `this category's rules are: ${ofCat.join(', ')}` : 'this category has no text rules';
          problems.push({ path, message: `"${id}" is not a rule id${s ? ` (did you mean "${s}"?)` : ''}; ${known}` });
        } else if (owner !== cat) {
          problems.push({ path, message: `"${id}" is a rule of the "${owner}" category: list it under categories.${owner}.disabledRules` });
        }
      });
    }
  } else if (ruleIdsSet) {
    notes.push("Rule ids in categories.*.disabledRules were not checked: the checker's rule list is not available in this copy.");
  }

  const install = checkInstall(raw, found.format, found.extensionId, opts.id);
  problems.push(...install.problems.map((p) => ({ ...p, area: 'install' as const })));
  notes.push(...install.notes);

  return {
    exitCode: problems.length ? 1 : 0,
    format: found.format,
    extensionId: found.extensionId,
    problems,
    warnings: install.warnings,
    notes,
    applied: paths.sort(),
  };
}

/**
 * The install entries of a Chrome/Edge or Firefox policy file. The settings object and the Google
 * Admin console's JSON carry none: the console installs from the app's own page.
 */
function checkInstall(raw: unknown, format: ConfigFormat, settingsId: string | undefined, requested: string | undefined): InstallCheck {
  const none: InstallCheck = { problems: [], warnings: [], notes: [] };
  if (!isPlainObject(raw)) return none;
  const ids = (own: string) => [...new Set([own, requested, settingsId].filter((id): id is string => typeof id === 'string' && id !== ''))];
  if (format === 'chrome')
    return checkChromeInstall(raw, { browser: 'chrome', ids: ids(DEV_EXTENSION_ID), settingsId, exampleId: DEV_EXTENSION_ID, unlisted: DEV_EXTENSION_ID });
  if (format === 'firefox') {
    const policies = ownValue(raw, 'policies');
    if (!isPlainObject(policies)) return none;
    return checkFirefoxInstall(policies, { browser: 'firefox', ids: ids(GECKO_ID), settingsId, exampleId: GECKO_ID });
  }
  return none;
}

/** The lines the command prints for a result: one per problem, notes, then a summary. */
export function formatResult(result: ValidateResult, fileLabel: string): { stdout: string[]; stderr: string[] } {
  if (result.exitCode === 2) return { stdout: [], stderr: [`${fileLabel}: ${result.fatal}`] };
  const stdout: string[] = [];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  for (const p of result.problems) stdout.push(`${p.path}: ${p.message}`);
  for (const w of result.warnings) stdout.push(`Warning: ${w.path}: ${w.message}`);
  const where = `${FORMAT_NAMES[result.format!]}${result.extensionId ? `, entry "${result.extensionId}"` : ''}`;
  const notes = result.notes.map((n) => `Note: ${n}`);
  const warned = result.warnings.length ? ` ${plural(result.warnings.length, 'warning')} above to look at.` : '';
  stdout.push(...notes);
  if (result.exitCode === 0) {
    stdout.push(
      `OK: ${fileLabel} is a valid Think Twice configuration (${where}; ${plural(result.applied.length, 'setting')} set, each locked for staff).${warned}`,
    );
  } else {
    const n = result.problems.length;
    const install = result.problems.filter((p) => p.area === 'install').length;
    const settings = n - install;
    const others = `the other ${plural(result.applied.length, 'setting')} still ${result.applied.length === 1 ? 'applies' : 'apply'}`;
    const settingsPart = `On staff machines each of these settings falls back to its default and is reported as "Your school's configuration has a problem"; ${others}.`;
    const installPart = `Until the install entries are right, the browser may not install Think Twice at all.`;
    stdout.push(
      install === 0
        ? `${plural(n, 'problem')} in ${fileLabel} (${where}). ${settingsPart}${warned}`
        : settings === 0
          ? `${plural(n, 'problem')} in ${fileLabel} (${where}), all in the entries that install Think Twice. ${installPart} ${result.applied.length === 1 ? 'The 1 setting set is valid' : `The ${result.applied.length} settings set are valid`}.${warned}`
          : `${plural(n, 'problem')} in ${fileLabel} (${where}): ${settings} in the settings, ${install} in the entries that install Think Twice. ${installPart} On staff machines each setting with a problem falls back to its default and is reported as "Your school's configuration has a problem"; ${others}.${warned}`,
    );
  }
  return { stdout, stderr: [] };
}
