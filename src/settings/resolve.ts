/**
 * Settings layering: defaults < the staff member's own choices < the admin's managed policy.
 *
 * Values are validated FIELD BY FIELD, walking into plain objects, so one bad admin value
 * falls back to its default (or to the staff member's value) and is reported, while the rest
 * still apply. Anything the admin sets is locked: staff values for it are ignored. Pure: no
 * browser API, so it is unit-tested in Node and reused by the admin validator.
 */
import { z } from 'zod';
import { settingsSchema, DEFAULT_SETTINGS, type Settings } from './schema';
import { formatPath } from '../policy/pack';
import { friendlyError } from '../input/friendly-error';
import { describeFields, type FieldInfo } from './fields';
import { hasOwn, setOwn, isPlainObject, unwrapSchema, unknownKeyPaths } from '../input/own';

export interface SettingsProblem {
  source: 'managed' | 'staff';
  /** Dotted path, e.g. "categories.offensive.action". */
  path: string;
  message: string;
}

export interface ResolvedSettings {
  settings: Settings;
  /** Dotted paths the admin has set; the UI shows them read-only, "set by your school". */
  locked: string[];
  /** Whether the staff member may change anything at all. */
  staffMayChange: boolean;
  problems: SettingsProblem[];
}

type AnySchema = z.ZodType;

/** A plain object we can validate key by key (no cross-field refinements to lose). */
function walkable(schema: AnySchema): z.ZodObject | null {
  const s = unwrapSchema(schema);
  if (s instanceof z.ZodObject && !(s._zod.def.checks && s._zod.def.checks.length > 0)) return s;
  return null;
}

/**
 * Validates one layer against the schema. Returns only the valid values (a partial tree),
 * the dotted paths of the leaves it set, and a problem for each invalid or unknown value.
 */
export function validateLayer(
  raw: unknown,
  source: SettingsProblem['source'],
  schema: z.ZodObject = settingsSchema,
): {
  values: Record<string, unknown>;
  paths: string[];
  problems: SettingsProblem[];
} {
  const values: Record<string, unknown> = {};
  const paths: string[] = [];
  const problems: SettingsProblem[] = [];
  if (raw === undefined || raw === null) return { values, paths, problems };
  if (!isPlainObject(raw)) {
    problems.push({ source, path: '(settings)', message: 'must be an object of settings' });
    return { values, paths, problems };
  }
  walk(schema, raw, [], values);
  return { values, paths, problems };

  function unknown(path: string[]): void {
    problems.push({ source, path: path.join('.'), message: 'is not a Think Twice setting (check the spelling)' });
  }

  function walk(obj: z.ZodObject, input: Record<string, unknown>, prefix: string[], out: Record<string, unknown>): void {
    const shape = obj.shape as Record<string, AnySchema>;
    for (const [key, value] of Object.entries(input)) {
      const path = [...prefix, key];
      // Own keys only: `shape[key]` alone would find Object.prototype's `constructor`, `toString`,
      // `__proto__` and the like for a key of that name, and treat it as a setting.
      if (!hasOwn(shape, key)) {
        unknown(path);
        continue;
      }
      const field = shape[key]!;
      if (value === undefined) continue;
      const inner = walkable(field);
      if (inner && isPlainObject(value)) {
        const sub: Record<string, unknown> = {};
        walk(inner, value, path, sub);
        if (Object.keys(sub).length > 0) setOwn(out, key, sub);
        continue;
      }
      // zod drops keys it does not know inside a value it parses whole (the policy pack, the
      // timetable): name them here, as for every other unknown key; the value still applies.
      for (const rest of unknownKeyPaths(field, value)) unknown([...path, ...rest.map(String)]);
      const result = unwrapSchema(field).safeParse(value, { error: friendlyError });
      if (result.success) {
        setOwn(out, key, result.data);
        paths.push(path.join('.'));
      } else {
        for (const issue of result.error.issues) {
          // Some schemas (the timetable) already start their messages with the inner path: say it once.
          const inner = formatPath(issue.path);
          const message = inner && issue.message.startsWith(inner + ': ') ? issue.message.slice(inner.length + 2) : issue.message;
          problems.push({ source, path: formatPath([...path, ...issue.path]), message });
        }
      }
    }
  }
}

// Both read and write own properties only (see ./own): a key named "constructor" must not merge
// into Object, and one named "__proto__" must be stored as a key, never become a prototype.
function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(base)) setOwn(out, k, v);
  for (const [k, v] of Object.entries(over)) {
    const b = hasOwn(out, k) ? out[k] : undefined;
    setOwn(out, k, isPlainObject(b) && isPlainObject(v) ? deepMerge(b, v) : v);
  }
  return out;
}

function omitPaths(tree: Record<string, unknown>, locked: (path: string) => boolean, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (locked(path)) continue;
    setOwn(out, k, isPlainObject(v) ? omitPaths(v, locked, path) : v);
  }
  return out;
}

/** Is `path` locked, given the locked leaf paths? A path is locked if it or an ancestor was set by the admin. */
export function isLocked(resolved: Pick<ResolvedSettings, 'locked' | 'staffMayChange'>, path: string): boolean {
  if (!resolved.staffMayChange) return true;
  return resolved.locked.some((l) => l === path || path.startsWith(l + '.'));
}

/** Dotted paths of fields only the school may set (scope 'admin'); staff values for them are ignored. */
let adminOnly: Set<string> | null = null;
function adminOnlyPaths(): Set<string> {
  if (adminOnly) return adminOnly;
  const out = new Set<string>();
  const walk = (fields: FieldInfo[]) => {
    for (const f of fields) {
      if (f.kind === 'group' && f.children) walk(f.children);
      else if (f.scope === 'admin') out.add(f.path);
    }
  };
  walk(describeFields());
  adminOnly = out;
  return out;
}

export function resolveSettings(managedRaw: unknown, staffRaw: unknown): ResolvedSettings {
  try {
    const managed = validateLayer(managedRaw, 'managed');
    const staff = validateLayer(staffRaw, 'staff');
    const staffMayChange = managed.values.staffMayChangeSettings !== false;
    const lockedSet = new Set(managed.paths);
    const adminPaths = adminOnlyPaths();
    const staffValues = staffMayChange
      ? omitPaths(staff.values, (p) => adminPaths.has(p) || lockedSet.has(p) || [...lockedSet].some((l) => p.startsWith(l + '.')))
      : {};
    const merged = deepMerge(deepMerge(DEFAULT_SETTINGS as unknown as Record<string, unknown>, staffValues), managed.values);
    // Every value was validated on its own; the whole tree is parsed once more so the types are exact.
    const parsed = settingsSchema.safeParse(merged, { error: friendlyError });
    const settings = parsed.success ? parsed.data : DEFAULT_SETTINGS;
    const problems = [...managed.problems, ...staff.problems];
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ source: 'managed', path: formatPath(issue.path), message: issue.message });
    }
    return { settings, locked: [...lockedSet].sort(), staffMayChange, problems };
  } catch (err) {
    // Fail safe: never let a settings bug take the extension down.
    return {
      settings: DEFAULT_SETTINGS,
      locked: [],
      staffMayChange: true,
      problems: [{ source: 'managed', path: '(settings)', message: `could not be read (${String(err)})` }],
    };
  }
}

/** The sentence admins and staff see for a managed-policy problem. */
export function describeProblem(p: SettingsProblem): string {
  return p.source === 'managed'
    ? `Your school's configuration has a problem: ${p.path}: ${p.message}`
    : `One of your saved settings could not be used and was reset: ${p.path}: ${p.message}`;
}
