/**
 * The people part's machinery: per-post slots for one pupil and one colleague (so pronouns,
 * year and form agree inside a post), and a runner for a template family.
 */
import { chance, decorate, fill, many, pick, type Label, type Lexicon, type Rng, type SynthRow } from '../lib';
import { BASE, BOYS, GIRLS, SUBJECTS, SURNAMES, STAFF_F, STAFF_FIRST, STAFF_M, TITLES, cap, formCode, register, yearLabel } from './lex';

const KEEP_CAPS = new Set([
  ...BOYS,
  ...GIRLS,
  ...STAFF_FIRST,
  ...TITLES,
  'I',
  "I'm",
  "I've",
  "I'd",
  "I'll",
  'Ofsted',
  'Year',
  'Reception',
  'SLT',
  'SEN',
  'PE',
  'Snapchat',
  'WhatsApp',
  'Instagram',
  'Insta',
  'TikTok',
  'Facebook',
  'LinkedIn',
  'Teams',
  'DM',
  'PTA',
  'EHCP',
  'ADHD',
  'DSL',
  'CPD',
  'INSET',
  'PSHE',
  'RE',
  'DofE',
  'GCSE',
  'SATs',
  'Keeping',
  'Lord',
  'Jacqueline',
  'Wonder',
  'An',
  'Of',
]);

const ENDS_CLOSED = /([.!?…)\]"']|\p{Extended_Pictographic}\uFE0F?|x{1,2})$/u;

/** Repairs what slot filling can produce: "Oak class class", "so so", "sixth forms". */
function tidy(t: string): string {
  return t
    .replace(/\bclass class\b/gi, 'class')
    .replace(/\b(\w+)( \1\b)+/gi, '$1')
    .replace(/\bsixth forms\b/gi, 'sixth formers');
}

/** Joins two sentences, adding a full stop where the first has no closing punctuation. */
function join(a: string, b: string): string {
  const x = a.trim();
  const y = b.trim();
  if (!y) return x;
  if (!x) return y;
  return ENDS_CLOSED.test(x) || !/^[A-Z#]/.test(y) ? `${x} ${y}` : `${x}. ${y}`;
}

/** Puts an opener before a body: after 'Honestly, ' or 'So ' the body's first word drops its capital unless it is a name. */
function opener(open: string, body: string): string {
  if (!open) return body;
  if (/[.:!?]\s*$/.test(open)) return open + cap(body);
  const first = body.split(/[\s,]/)[0] ?? '';
  if (KEEP_CAPS.has(first) || /^[A-Z0-9]{2,}/.test(first) || /^[0-9]/.test(first)) return open + body;
  return open + body.charAt(0).toLowerCase() + body.slice(1);
}

export type Phase = 'primary' | 'secondary' | 'older' | 'teen' | 'any';

function yearFor(r: Rng, phase: Phase): number {
  if (phase === 'primary') return Math.floor(r() * 7);
  if (phase === 'secondary') return 7 + Math.floor(r() * 7);
  if (phase === 'older') return 3 + Math.floor(r() * 11);
  if (phase === 'teen') return 7 + Math.floor(r() * 6);
  return Math.floor(r() * 14);
}

/** Slots for one pupil: {p} the reference, {pn}/{Pn} a second mention, pronouns, {yr}, {form}, {age}. */
const DESCS = [
  'started in September from Ukraine',
  'plays for the county',
  'sings in the church choir',
  'has a twin in the other class',
  'always wears the red coat',
  'won the cross-country last week',
  'moved here from Glasgow',
  'is the only one in a wheelchair',
  'has the really long plait',
  'runs the eco club',
  'came second in the talent show',
  'has the Staffy that waits at the gate',
  'lives above the chip shop',
  "is the vicar's son",
  'was in the local paper for the fundraiser',
  'is the tallest in the school',
];

export function pupilSlots(r: Rng, phase: Phase = 'any', anon = false): Lexicon {
  const girl = chance(r, 0.5);
  const first = pick(r, girl ? GIRLS : BOYS);
  const sur = pick(r, SURNAMES);
  const y = yearFor(r, phase);
  const form = formCode(r, y);
  const yr = yearLabel(r, y);
  const age = String(y === 0 ? pick(r, ['4', '5']) : y + 4 + (chance(r, 0.5) ? 1 : 0));
  const kid = girl ? pick(r, ['girl', 'girl', 'lass', 'young lady']) : pick(r, ['boy', 'lad', 'lad', 'young man']);
  const kids = girl ? pick(r, ['girls', 'girls', 'lasses']) : pick(r, ['boys', 'lads', 'lads']);
  const group =
    y >= 7
      ? pick(r, ['set', 'class', 'group', 'tutor group', 'form', `${pick(r, SUBJECTS)} set`, `${pick(r, SUBJECTS)} class`])
      : pick(r, ['class', 'class', 'group', 'phonics group', 'reading group', 'maths group']);
  const initials = `${first[0]}${sur[0]}`;
  const forms: Array<[number, string, boolean]> = [
    // [weight, reference, carries a name]
    [10, `${first} in ${form}`, true],
    [8, `${first} (${pick(r, [form, yr, `Y${y || 'R'}`])})`, true],
    [6, `${first} from ${form}`, true],
    [6, `${first} ${sur}`, true],
    [4, `${first} ${sur} in ${yr}`, true],
    [4, pick(r, [`${initials} in ${form}`, `${initials} (${form})`, `${first[0]}.${sur[0]}. in ${form}`, `${first[0]}${sur[0]} from ${form}`]), false],
    [4, `${first} ${sur[0]}. in ${yr}`, true],
    [6, `one of my ${yr} ${kids}`, false],
    [5, `the ${kid} in my ${yr} ${group}`, false],
    [3, `a ${kid} in my ${form} ${y >= 7 ? 'tutor group' : 'class'}`, false],
    [y <= 4 ? 4 : 0, `little ${first} in ${yr}`, true],
    [3, `${first}, ${age}, in my ${yr} class`, true],
    [y >= 7 ? 4 : 1, `${first} in my ${yr} ${group}`, true],
    [3, `my ${form} ${kid} ${first}`, true],
    [3, `${first} (${age})`, true],
    [3, `this ${kid} ${first} in ${yr}`, true],
    [y >= 7 ? 2 : 0, `${sur} in ${form}`, true],
    [3, `the ${kid} in ${yr} who ${pick(r, DESCS)}`, false],
    [2, `${first}, the ${kid} in ${form} who ${pick(r, DESCS)},`, true],
  ];
  if (anon) {
    forms.splice(
      0,
      forms.length,
      [6, `one of my ${yr} ${kids}`, false],
      [5, `the ${kid} in my ${yr} ${group}`, false],
      [3, `a ${kid} in my ${form} ${y >= 7 ? 'tutor group' : 'class'}`, false],
      [3, `a ${kid} in ${yr}`, false],
      [3, `one of our ${yr} ${kids}`, false],
      [2, `a ${yr} ${kid}`, false],
    );
  }
  const total = forms.reduce((s, f) => s + f[0], 0);
  let x = r() * total;
  let ref = forms[0]!;
  for (const f of forms) {
    x -= f[0];
    if (x < 0) {
      ref = f;
      break;
    }
  }
  const pn = ref[2] ? first : `this ${kid}`;
  return {
    p: [ref[1]],
    pn: [pn],
    Pn: [cap(pn)],
    pfirst: [first],
    pfull: [`${first} ${sur}`],
    he: [girl ? 'she' : 'he'],
    He: [girl ? 'She' : 'He'],
    him: [girl ? 'her' : 'him'],
    his: [girl ? 'her' : 'his'],
    His: [girl ? 'Her' : 'His'],
    kid: [kid],
    kids: [kids],
    yr: [yr],
    form: [form],
    age: [age],
    mum: ['mum', 'mum', 'dad', 'mam', 'nan', 'stepdad', "mum's partner", 'carer'],
    parent: ['mum', 'dad', 'mum', 'dad', 'mam', 'nan', 'grandad', 'stepmum', 'stepdad', 'auntie'],
    other: [pick(r, [...BOYS, ...GIRLS])],
    other2: [pick(r, [...BOYS, ...GIRLS])],
    other3: [pick(r, [...BOYS, ...GIRLS])],
  };
}

/** Slots for one identifiable colleague: {c}, {cn}, pronouns {che}/{chim}/{chis}/{Che}. */
export function colleagueSlots(r: Rng): Lexicon {
  let female = chance(r, 0.6);
  const sur = pick(r, SURNAMES);
  const first = pick(r, female ? STAFF_F : STAFF_M);
  const subj = pick(r, SUBJECTS);
  const title = pick(r, TITLES);
  const f = r();
  let ref: string;
  if (f < 0.22) {
    ref = `${title} ${sur}`;
    if (title === 'Mr') female = false;
    else if (title !== 'Dr') female = true;
  } else if (f < 0.36) ref = `${first} in ${subj}`;
  else if (f < 0.46) ref = `${first} ${sur}`;
  else if (f < 0.56) ref = pick(r, [`our head of ${subj}`, `the head of ${subj}`, `my head of department`, `the recently appointed ${subj} lead`]);
  else if (f < 0.62)
    ref = pick(r, [
      'my line manager',
      'our deputy head',
      'the deputy head',
      'our assistant head',
      'the head',
      'our headteacher',
      'the SENCO',
      'our DSL',
      'our business manager',
      'the exams officer',
    ]);
  else if (f < 0.7)
    ref = pick(r, [
      `the new ECT in ${subj}`,
      `the NQT in ${subj}`,
      `our trainee`,
      `the new Year ${1 + Math.floor(r() * 6)} teacher`,
      `the supply teacher covering ${subj}`,
    ]);
  else if (f < 0.78)
    ref = `${first} ${pick(r, ['on reception', 'in the office', 'our TA', 'from the kitchen', 'our caretaker', 'the lunchtime supervisor', 'in the SEN base', 'in finance', 'in IT support', 'the cover supervisor'])}`;
  else if (f < 0.86) ref = `${first} (Y${1 + Math.floor(r() * 6)} teacher)`;
  else if (f < 0.93)
    ref = pick(r, [`the Year ${1 + Math.floor(r() * 6)} teacher next door`, `my teaching partner`, `my job share`, `the teacher across the corridor`]);
  else ref = `${title} ${sur} from ${subj}`;
  const name = /^(Mr|Mrs|Miss|Ms|Dr) /.test(ref) || ref.startsWith(first) ? ref.split(' (')[0]!.replace(/ (in|on|from|our|the) .*/, '') : first;
  return {
    c: [ref],
    cn: [name],
    che: [female ? 'she' : 'he'],
    Che: [female ? 'She' : 'He'],
    chim: [female ? 'her' : 'him'],
    chis: [female ? 'her' : 'his'],
    Chis: [female ? 'Her' : 'His'],
    cfirst: [first],
  };
}

export interface Tpl {
  t: string;
  also?: string[];
  trap?: boolean;
  category?: string;
  label?: Label;
  phase?: Phase;
}

export interface Family {
  source: string;
  n: number;
  label: Label;
  category: string;
  also?: string[];
  trap?: boolean;
  phase?: Phase;
  /** Pupils referred to without a name ("a Y8 girl I teach"). */
  anonPupil?: boolean;
  /** Formal register (LinkedIn, official accounts): no chatty openers, endings or text-speak. */
  formal?: boolean;
  templates: ReadonlyArray<string | Tpl>;
  lex?: Lexicon;
  emoji?: readonly string[];
  hashtags?: readonly string[];
}

/** Runs a family: fills its templates with shared and per-post slots, varies register, drops duplicates. */
export function run(r: Rng, fam: Family): SynthRow[] {
  return many(r, fam.n, (r) => {
    const raw = pick(r, fam.templates);
    const tpl: Tpl = typeof raw === 'string' ? { t: raw } : raw;
    const lex: Lexicon = { ...BASE, ...pupilSlots(r, tpl.phase ?? fam.phase ?? 'any', fam.anonPupil ?? false), ...colleagueSlots(r), ...(fam.lex ?? {}) };
    let body = fill(r, tpl.t, lex);
    if (!fam.formal) {
      if (chance(r, 0.35)) body = opener(fill(r, '{open}', lex), body);
      if (chance(r, 0.3)) body = join(body, fill(r, '{close}', lex));
      if (chance(r, 0.1)) body = chance(r, 0.5) ? join(fill(r, '{filler}', lex), body) : join(body, fill(r, '{filler}', lex));
      body = register(r, body);
    }
    body = cap(
      tidy(body)
        .replace(/\s+([,.!?])/g, '$1')
        .replace(/,+([.!?:;,])/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    if (chance(r, 0.85)) body = body.replace(/([.!?]\s+)(she|he|his|her|there|theres|there's)\b/g, (_, a: string, w: string) => a + cap(w));
    const text = decorate(r, body, { emoji: fam.emoji ?? BASE_EMOJI, hashtags: fam.hashtags ?? BASE_TAGS });
    if (text.length < 12) return null;
    const label = tpl.label ?? fam.label;
    const row: SynthRow = { text, label, category: label === 'ok' ? 'none' : (tpl.category ?? fam.category), source: fam.source };
    const also = tpl.also ?? fam.also;
    if (label === 'flag' && also?.length) row.also = also;
    if (label === 'ok' && (tpl.trap ?? fam.trap)) row.trap = true;
    return row;
  });
}

const BASE_EMOJI = ['😂', '🙄', '😭', '🙏', '💜', '😬', '🤷‍♀️', '🤷‍♂️', '👀', '☕', '😅', '🥲'];
const BASE_TAGS = ['#teacherlife', '#edutwitter', '#ukedchat', '#schoollife', '#teaching', '#TAlife', '#staffroom'];
