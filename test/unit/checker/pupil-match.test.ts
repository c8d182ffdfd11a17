/**
 * matchPupilNames(): which of the school's pupil names a draft contains, as the checker matches them.
 * Content scripts get only these from the worker, so the check must find with them exactly what it
 * finds with the whole list.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { matchPupilNames, prepareNames } from '../../../src/checker/pupil-match';
import { check } from '../../../src/checker';

const NAMES = ['Chloe', 'Oliver Smith', 'Grace', 'Anne', 'Siobhán', 'Zoë Adebayo-Clarke', 'Will', 'Jo', 'X'];

describe('matchPupilNames', () => {
  it('finds names ignoring case and accents, as the checker does', () => {
    expect(matchPupilNames('Well done Chloé on your certificate', NAMES)).toEqual(['Chloe']);
    expect(matchPupilNames('OLIVER SMITH was brilliant today', NAMES)).toEqual(['Oliver Smith']);
    expect(matchPupilNames('siobhan and zoe adebayo-clarke came first', NAMES)).toEqual(['Siobhán', 'Zoë Adebayo-Clarke']);
  });

  it('matches whole words only', () => {
    expect(matchPupilNames('Chloe-Anne is not on the list', ['Anne'])).toEqual(['Anne']);
    expect(matchPupilNames('Annette and Chloes and Joanna', NAMES)).toEqual([]);
    expect(matchPupilNames('Oliver Smithson', NAMES)).toEqual([]);
  });

  it('returns every name that occurs in any case (the checker decides about everyday words such as "grace")', () => {
    expect(matchPupilNames('Amazing grace was our hymn today, will you sing?', NAMES)).toEqual(['Grace', 'Will']);
  });

  it('returns names as the school wrote them, in its order, and nothing for an empty list, an empty text or a one-letter name', () => {
    expect(matchPupilNames('Jo, Grace and Chloe', NAMES)).toEqual(['Chloe', 'Grace', 'Jo']);
    expect(matchPupilNames('Grace', [])).toEqual([]);
    expect(matchPupilNames('   ', NAMES)).toEqual([]);
    expect(matchPupilNames('X marks the spot', NAMES)).toEqual([]);
    expect(matchPupilNames('Grace', [42, null, 'Grace'] as unknown[])).toEqual(['Grace']);
  });

  it('returns at most `limit` names, so one request cannot read back a large part of the list', () => {
    const many = Array.from({ length: 80 }, (_, i) => `Pupil${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    expect(matchPupilNames(many.join(' '), many)).toHaveLength(50);
    expect(matchPupilNames(many.join(' '), many, 5)).toEqual(many.slice(0, 5));
  });

  it('a prepared list gives the same answers as the raw one', () => {
    const prepared = prepareNames(NAMES);
    for (const t of ['Well done Chloé', 'grace and WILL', 'nobody here']) expect(matchPupilNames(t, prepared)).toEqual(matchPupilNames(t, NAMES));
  });

  it('the checker finds the same with only the matched names as with the whole list, text by text', () => {
    const first =
      'Oliver George Harry Noah Jack Leo Arthur Muhammad Oscar Charlie Olivia Amelia Isla Ava Mia Ivy Lily Grace Willow Freya Chloé Zoë Siobhán Will May Hope Joy Mark Rose Summer Jade Ruby Robin Jordan Lee Max Ben Sam Tom Kai Ali Aisha Fatima Holly-Mae Anne'.split(
        ' ',
      );
    const last = 'Smith Jones Taylor Brown Patel Khan Begum Wright Walker Hughes Singh Clarke'.split(' ');
    const names = [...first, ...first.map((f, i) => `${f} ${last[i % last.length]}`)];
    const prepared = prepareNames(names);
    const corpus = ['school-examples.jsonl', 'policy-review.jsonl'].flatMap((f) =>
      readFileSync(resolve(__dirname, '../../corpus', f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
    const texts = corpus.flatMap((t, i) => [t, `${names[i % names.length]} ${t}`, `${t} with ${names[(i * 7) % names.length]!.toLowerCase()}`]);
    const ctx = { schoolNames: ['Oakfield Academy', 'Oakfield'] };
    let withNames = 0;
    const differ: string[] = [];
    for (const t of texts) {
      const found = matchPupilNames(t, prepared);
      if (found.length) withNames++;
      if (JSON.stringify(check(t, { ...ctx, pupilNames: found })) !== JSON.stringify(check(t, { ...ctx, pupilNames: names }))) differ.push(t);
    }
    expect(differ).toEqual([]);
    expect(texts.length).toBeGreaterThan(900);
    expect(withNames).toBeGreaterThan(texts.length / 2);
  });
});
