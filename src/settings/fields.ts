/**
 * Describes every setting for forms and docs, straight from the zod schema (labels, help text,
 * who may set it, what kind of input it needs). The options page renders this; nothing about a
 * setting is written twice.
 */
import { z } from 'zod';
import { settingsSchema, type Scope } from './schema';

export type FieldKind = 'text' | 'boolean' | 'list' | 'choice' | 'group' | 'data';

export interface FieldInfo {
  path: string;
  key: string;
  title: string;
  description: string;
  scope: Scope;
  kind: FieldKind;
  options?: readonly string[];
  children?: FieldInfo[];
}

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  while (cur instanceof z.ZodDefault || cur instanceof z.ZodOptional) cur = cur._zod.def.innerType as z.ZodType;
  return cur;
}

function metaOf(s: z.ZodType): { title?: string; description?: string; scope?: Scope } {
  // Metadata may sit on the wrapper (.default(...).meta()) or on the inner schema.
  let cur: z.ZodType | undefined = s;
  const found: { title?: string; description?: string; scope?: Scope } = {};
  while (cur) {
    const m = z.globalRegistry.get(cur) as { title?: string; description?: string; scope?: Scope } | undefined;
    if (m) {
      found.title ??= m.title;
      found.description ??= m.description;
      found.scope ??= m.scope;
    }
    cur = cur instanceof z.ZodDefault || cur instanceof z.ZodOptional ? (cur._zod.def.innerType as z.ZodType) : undefined;
  }
  return found;
}

export function describeFields(schema: z.ZodObject = settingsSchema, prefix = '', inherited: Scope = 'both'): FieldInfo[] {
  const out: FieldInfo[] = [];
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const meta = metaOf(field);
    const inner = unwrap(field);
    const scope = meta.scope ?? inherited;
    const base = { path, key, title: meta.title ?? key, description: meta.description ?? '', scope };
    if (inner instanceof z.ZodBoolean) out.push({ ...base, kind: 'boolean' });
    else if (inner instanceof z.ZodString) out.push({ ...base, kind: 'text' });
    else if (inner instanceof z.ZodEnum) out.push({ ...base, kind: 'choice', options: inner.options as string[] });
    else if (inner instanceof z.ZodArray && unwrap(inner._zod.def.element as z.ZodType) instanceof z.ZodString) out.push({ ...base, kind: 'list' });
    else if (inner instanceof z.ZodObject && !inner._zod.def.checks?.length) {
      const children = describeFields(inner, path, scope);
      out.push({ ...base, kind: 'group', children, scope: children.every((c) => c.scope === 'admin') ? 'admin' : scope });
    } else out.push({ ...base, kind: 'data' });
  }
  return out;
}

export function getAt(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

export function setAt(obj: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const parts = path.split('.');
  const out: Record<string, unknown> = { ...obj };
  let cur = out;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) cur[part] = value;
    else {
      const next = cur[part];
      cur[part] = typeof next === 'object' && next !== null && !Array.isArray(next) ? { ...(next as Record<string, unknown>) } : {};
      cur = cur[part] as Record<string, unknown>;
    }
  });
  return out;
}
