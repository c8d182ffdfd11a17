/** The deployment examples that wrap the example school's settings are generated from it, never edited by hand. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SOURCE, exampleWrappers } from '../../../scripts/lib/examples';

const root = resolve(__dirname, '../../..');

describe('examples/', () => {
  it.each(exampleWrappers(root))('%s is up to date with secondary-school.json (npm run gen:examples)', (rel, want) => {
    expect(readFileSync(resolve(root, rel), 'utf8')).toBe(want);
  });

  it('each wrapper holds the settings of secondary-school.json, whole', () => {
    const settings = JSON.parse(readFileSync(resolve(root, EXAMPLE_SOURCE), 'utf8'));
    const [chrome, firefox, google] = exampleWrappers(root).map(([, text]) => JSON.parse(text));
    expect(Object.values(chrome['3rdparty'].extensions)).toEqual([settings]);
    expect(Object.values(firefox.policies['3rdparty'].Extensions)).toEqual([settings]);
    expect(Object.fromEntries(Object.entries(google).map(([k, v]) => [k, (v as { Value: unknown }).Value]))).toEqual(settings);
  });
});
