/**
 * Derives Chrome's `storage.managed_schema` (public/managed_schema.json) from the zod settings
 * schema. Chrome understands a subset of JSON Schema; only type, properties, items, additionalProperties,
 * title and description are kept (see KEEP for why).
 * Runtime validation does the rest: Chrome silently drops values of the wrong type, and the
 * extension re-validates every field anyway (src/settings/resolve.ts).
 */
import { z } from 'zod';
import { settingsSchema } from './schema';

type Json = Record<string, unknown>;

// enum, pattern, minimum and maximum are left out on purpose: Chromium drops a whole top-level
// setting when one value inside it breaks them (measured: categories.offensive.action "zap" lost
// every category setting), silently. Without them the value reaches the extension, which falls
// back for that one field and tells the admin what is wrong. Types are still declared.
const KEEP = new Set(['type', 'title', 'description', 'properties', 'items', 'additionalProperties']);

function toChrome(node: unknown): Json {
  const n = (node ?? {}) as Json;
  const out: Json = {};
  for (const [k, v] of Object.entries(n)) {
    if (!KEEP.has(k)) continue;
    if (k === 'properties') {
      out.properties = Object.fromEntries(Object.entries(v as Json).map(([pk, pv]) => [pk, toChrome(pv)]));
    } else if (k === 'items') {
      out.items = toChrome(v);
    } else if (k === 'additionalProperties') {
      // Chrome reads additionalProperties as a schema; "false" is its default for objects.
      if (typeof v === 'object' && v !== null) out.additionalProperties = toChrome(v);
    } else if (k === 'type' && Array.isArray(v)) {
      throw new Error(`A setting has more than one type (${v.join(', ')}); Chrome's policy schema cannot express that.`);
    } else {
      out[k] = v;
    }
  }
  if (!out.type) throw new Error(`A setting has no simple type for Chrome's policy schema: ${JSON.stringify(n).slice(0, 200)}`);
  return out;
}

export function managedSchema(): Json {
  const json = z.toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'throw' }) as Json;
  const chrome = toChrome(json);
  return { type: 'object', title: chrome.title, description: chrome.description, properties: chrome.properties };
}

export function managedSchemaText(): string {
  return JSON.stringify(managedSchema(), null, 2) + '\n';
}
