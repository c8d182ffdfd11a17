/**
 * Shared by the property tests of settings, policy packs and validate-config: hostile input as it
 * reaches the extension from managed policy, storage.local or a policy file (all JSON-shaped, so
 * "__proto__" arrives as an ordinary own key, exactly as JSON.parse makes it).
 */
import fc from 'fast-check';

/** Names every object inherits from Object.prototype (and `prototype`, which functions have). */
export const BUILTIN_KEYS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'prototype', 'isPrototypeOf'] as const;

/** A few more inherited names, for the properties. */
export const MORE_BUILTIN_KEYS = [...BUILTIN_KEYS, 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__'] as const;

export const builtinKey = fc.constantFrom(...MORE_BUILTIN_KEYS);

/** Stores `value` under `key` as an own property, as JSON.parse does (plain `obj[key] =` would change the prototype for "__proto__"). */
export function withKey<T extends object>(obj: T, key: string, value: unknown): T {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  return obj;
}

/** Deep copy of JSON-shaped data; "__proto__" keys stay own keys. */
export function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** The object at a dotted path of own keys and array indices ("categories.offensive", "clauses.3"). */
export function objectAt(root: unknown, path: string): Record<string, unknown> {
  let cur: unknown = root;
  for (const part of path ? path.split('.') : []) {
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, part)) throw new Error(`test fixture has no ${path}`);
    cur = (cur as Record<string, unknown>)[part];
  }
  if (typeof cur !== 'object' || cur === null || Array.isArray(cur)) throw new Error(`test fixture: ${path} is not an object`);
  return cur as Record<string, unknown>;
}

/** Sets the value at a dotted path (the last part may be an array index). */
export function setAtPath(root: unknown, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop()!;
  const parent = parts.length ? objectOrArrayAt(root, parts.join('.')) : root;
  withKey(parent as object, last, value);
}

function objectOrArrayAt(root: unknown, path: string): object {
  let cur: unknown = root;
  for (const part of path.split('.')) cur = (cur as Record<string, unknown>)[part];
  return cur as object;
}

/** `levels` objects, each the only value of the next, built in a loop (the test itself must not recurse). */
export function nested(levels: number, key = 'a', leaf: unknown = 'x'): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < levels; i++) v = withKey({}, key, v);
  return v;
}

/** The JSON text of `levels` nested objects, built without JSON.stringify's recursion. */
export function nestedText(levels: number, key = 'a', leaf = '"x"'): string {
  return `{"${key}":`.repeat(levels) + leaf + '}'.repeat(levels);
}

/**
 * Arbitrary JSON-like values whose keys are often inherited names or real setting names, so they
 * reach the lookups that matter; with null-prototype objects and object-looking strings too.
 */
export function hostileValue(knownKeys: readonly string[]): fc.Arbitrary<unknown> {
  return fc.anything({
    key: fc.oneof(builtinKey, fc.constantFrom(...knownKeys), fc.string({ maxLength: 12 })),
    maxDepth: 4,
    maxKeys: 6,
    withNullPrototype: true,
    withObjectString: true,
    withBoxedValues: true,
  });
}

type Descriptors = Map<string | symbol, PropertyDescriptor | undefined>;
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Boolean.prototype] as const;
const snapshot = (p: object): Descriptors => new Map(Reflect.ownKeys(p).map((k) => [k, Object.getOwnPropertyDescriptor(p, k)]));
const ORIGINAL = PROTOTYPES.map(snapshot);
const ORIGINAL_PARENTS = PROTOTYPES.map((p) => Object.getPrototypeOf(p));

/** Names of whatever was added to, changed on or removed from the built-in prototypes since this module loaded; [] when clean. */
export function prototypeChanges(): string[] {
  const out: string[] = [];
  PROTOTYPES.forEach((p, i) => {
    const was = ORIGINAL[i]!;
    const keys = Reflect.ownKeys(p);
    for (const k of keys) {
      const a = was.get(k);
      const b = Object.getOwnPropertyDescriptor(p, k);
      if (!a || !b || a.value !== b.value || a.get !== b.get || a.set !== b.set) out.push(`${p.constructor.name}.prototype.${String(k)}`);
    }
    for (const k of was.keys()) if (!keys.includes(k)) out.push(`${p.constructor.name}.prototype.${String(k)} (removed)`);
    if (Object.getPrototypeOf(p) !== ORIGINAL_PARENTS[i]) out.push(`${p.constructor.name}.prototype's own prototype`);
  });
  return out;
}
