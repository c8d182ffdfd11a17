/**
 * Long drafts for the long-draft benchmark and tests: varied, ordinary school sentences (seeded, so
 * every run reads the same text), with, optionally, one risky sentence near the end.
 */
import { mulberry32 } from './prng';

const WHO = [
  'Year 3',
  'Our choir',
  'The science club',
  'The PTA',
  'Year 11',
  'The reading group',
  'Our football team',
  'The eco council',
  'Reception',
  'The art club',
  'Year 5',
  'Our debating team',
];
const DID = ['visited', 'planted', 'painted', 'built', 'wrote about', 'sang about', 'read about', 'measured', 'designed', 'sketched', 'tidied', 'cared for'];
const WHAT = [
  'a bird box',
  'the village library',
  'some tomato plants',
  'a model volcano',
  'the river walk',
  'a new mural',
  'poems about autumn',
  'a Roman shield',
  'a weather station',
  'the pond',
  'a bug hotel',
  'the school garden',
];
const WHEN = [
  'this morning.',
  'after lunch.',
  'on Tuesday.',
  'with great care.',
  'and loved it.',
  'for the summer fair.',
  'as a team.',
  'in the hall.',
  'before half term.',
  'in the rain!',
];

/** The risky sentence: its whereabouts finding is the rules' own (serious), whatever the model reads. */
export const RISKY = 'I know where the new girl in Year 7 lives, 14 Elm Road, and she walks home alone.';

/** `n` characters of varied benign sentences; with `risky`, RISKY as a sentence of its own ending about 200 characters before the end. */
export function longDraft(n: number, risky = true, seed = 7): string {
  const rand = mulberry32(seed);
  const pick = (a: readonly string[]) => a[Math.floor(rand() * a.length)]!;
  const sentence = () => `${pick(WHO)} ${pick(DID)} ${pick(WHAT)} ${pick(WHEN)}${rand() < 0.15 ? '\n\n' : ' '}`;
  const head: string[] = [];
  let len = 0;
  const room = risky ? n - 200 - RISKY.length - 1 : n;
  while (len < room) {
    const s = sentence();
    if (len + s.length > room) break;
    head.push(s);
    len += s.length;
  }
  let text = head.join('');
  if (risky) text += RISKY + ' ';
  while (text.length < n) text += sentence();
  return text.slice(0, n);
}
