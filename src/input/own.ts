/**
 * Key lookups for objects that come from input: managed policy, the staff layer in
 * storage.local, a policy pack, a policy file given to validate-config.
 *
 * `table[key]` also finds what every object inherits from Object.prototype (`constructor`,
 * `toString`, `hasOwnProperty`, ... and `__proto__`), so a key with one of those names "exists"
 * in every table. And `obj[key] = value` with the key `__proto__` replaces obj's prototype
 * instead of storing a value (JSON.parse, by contrast, makes `"__proto__"` an ordinary own key).
 * So a key read from input is looked up with Object.hasOwn and stored with defineProperty.
 */
import { z } from 'zod';

/** Does `obj` itself (not its prototype chain) have `key`? */
export function hasOwn(obj: object, key: PropertyKey): boolean {
  return Object.hasOwn(obj, key);
}

/** obj's own value for `key`, or undefined: never an inherited one. */
export function ownValue(obj: object, key: PropertyKey): unknown {
  return Object.hasOwn(obj, key) ? (obj as Record<PropertyKey, unknown>)[key] : undefined;
}

/** Stores `value` as obj's own property `key`, even when the key is "__proto__" (never a prototype change). */
export function setOwn(obj: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Strips .default() and .optional() wrappers. */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s._zod.def.innerType as z.ZodType;
    else return s;
  }
}

/** Whether a schema has objects anywhere inside it (string lists need no walk). */
function holdsObjects(schema: z.ZodType): boolean {
  const s = unwrapSchema(schema);
  if (s instanceof z.ZodObject) return true;
  if (s instanceof z.ZodArray) return holdsObjects(s._zod.def.element as z.ZodType);
  return false;
}

/**
 * The paths of keys in `value` that `schema` does not know. zod drops unknown keys silently; this
 * names them so they can be reported. It walks only where the schema goes, so its depth is the
 * schema's (a handful of levels) however deeply the input nests.
 */
export function unknownKeyPaths(schema: z.ZodType, value: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const visit = (s: z.ZodType, v: unknown, path: (string | number)[]): void => {
    const inner = unwrapSchema(s);
    if (inner instanceof z.ZodObject) {
      if (!isPlainObject(v)) return;
      const shape = inner.shape as Record<string, z.ZodType>;
      for (const key of Object.keys(v)) {
        if (hasOwn(shape, key)) visit(shape[key]!, v[key], [...path, key]);
        else out.push([...path, key]);
      }
    } else if (inner instanceof z.ZodArray) {
      const element = inner._zod.def.element as z.ZodType;
      if (!Array.isArray(v) || !holdsObjects(element)) return;
      for (let i = 0; i < v.length; i++) visit(element, v[i], [...path, i]);
    }
  };
  visit(schema, value, []);
  return out;
}
