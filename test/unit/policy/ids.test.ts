/** The category ids are a contract kept in src/policy/ids.ts; the built-in pack and its metadata list exactly them, in order. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../../../src/policy/builtin';
import { CATEGORY_IDS } from '../../../src/policy/ids';

const meta = JSON.parse(readFileSync(resolve(__dirname, '../../../src/policy/builtin-meta.json'), 'utf8')) as { categories: { id: string }[] };

describe('category ids', () => {
  it('the built-in pack lists every category id once, in the order of CATEGORY_IDS', () => {
    expect(BUILTIN_PACK.categories.map((c) => c.id)).toEqual([...CATEGORY_IDS]);
  });

  it('builtin-meta.json, which the pack is made from, lists the same', () => {
    expect(meta.categories.map((c) => c.id)).toEqual([...CATEGORY_IDS]);
  });

  it('src/policy/ids.ts names no clause (the pack says which clauses a category falls under)', () => {
    const source = readFileSync(resolve(__dirname, '../../../src/policy/ids.ts'), 'utf8');
    expect(source.match(/\b\d+\.\d+\b/g) ?? []).toEqual([]);
  });
});
