import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPack } from '../../../scripts/import-policy';
import { validatePack } from '../../../src/policy/pack';

const root = resolve(__dirname, '../../..');
const read = (p: string) => readFileSync(resolve(root, p), 'utf8');

describe('the built-in policy pack', () => {
  it('is what scripts/import-policy.ts makes of the policy text and builtin-meta.json (run `npm run import-policy` if this fails)', () => {
    const made = buildPack(read('src/policy/source/social-media-policy.txt'), JSON.parse(read('src/policy/builtin-meta.json')) as Record<string, unknown>);
    expect(JSON.parse(read('src/policy/builtin-pack.json'))).toEqual(made);
  });

  it('is a valid pack with nothing in it the format does not know', () => {
    const result = validatePack(JSON.parse(read('src/policy/builtin-pack.json')));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.ignored).toEqual([]);
  });
});
