/** The Scunthorpe traps of a school (everyday words with a blocked word inside) and the labelled school examples. */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checker';

const TRAPS = [
  'Scunthorpe',
  'Penistone',
  'Cockermouth',
  'Middlesex',
  'Spotted Dick',
  'Moby Dick',
  'Dick Whittington',
  'sex education',
  'cum laude',
  'a great tit in the school garden',
  'assassin in a history lesson',
  'killed it at sports day',
  'this maths test was brutal',
  'The kids loved it',
  'What a class!',
  'So proud of our Year 6 at the county finals!',
  'SCUNTHORPE UNITED',
  'Spotted dick, Moby-Dick and Dick Whittington walk into a bar',
  'Our sex education lessons',
  'magna cum laude',
  'Great tits and blue tits at the feeder',
  'The assassin was caught',
  'You killed it at sports day!',
  'The kids in my class were brilliant',
];

describe('school traps are never flagged', () => {
  it.each(TRAPS)('%s', (t) => {
    expect(check(t)).toEqual([]);
  });
});

interface Row {
  text: string;
  label: 'flag' | 'ok';
  category: string | null;
}
const rows: Row[] = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../corpus/school-examples.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

describe('school examples (test/corpus/school-examples.jsonl)', () => {
  it('has at least 15 "flag" examples per checked category and many benign posts', () => {
    const by = new Map<string, number>();
    for (const r of rows) if (r.label === 'flag') by.set(r.category ?? '', (by.get(r.category ?? '') ?? 0) + 1);
    for (const c of [
      'confidential',
      'bullying',
      'discrimination',
      'disrepute',
      'reputation',
      'offensive',
      'defamation',
      'copyright',
      'unlawful',
      'pupil-contact',
      'consent',
      'safeguarding',
    ]) {
      expect(by.get(c) ?? 0, c).toBeGreaterThanOrEqual(15);
    }
    expect(rows.filter((r) => r.label === 'ok').length).toBeGreaterThanOrEqual(60);
  });
  it.each(rows.filter((r) => r.label === 'flag').map((r) => [r.category, r.text] as const))('[%s] flags %j', (cat, text) => {
    expect(check(text).map((f) => f.category)).toContain(cat);
  });
  it.each(rows.filter((r) => r.label === 'ok').map((r) => r.text))('does not flag %j', (text) => {
    expect(check(text)).toEqual([]);
  });
});
