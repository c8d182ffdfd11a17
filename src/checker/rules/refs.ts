/**
 * Shared references several categories need: "a pupil", "my Year 9s", "our school", "Mr Smith".
 * Patterns run on the normalised (lower-case) text; each is linear (alternations of literals,
 * bounded repeats only). Results are memoised per text on the Doc.
 */
import type { Doc, Range } from '../doc';
import { regexOf } from '../doc';
import { requireGate } from './rule';
import { anchored, gateWords, words, wordRe, lazy, type Declared } from './rule';
import { PLACE_NAMES, TITLES } from '../data/names';

/** Words one of which any pupil reference contains (a gate for rules that need one). */
export const PUPIL_GATE = gateWords([
  'pupil pupils student students class form tutor tutees tutee set kids kid children child boy boys girl girls lad lads lass reception nursery',
  'sixth formers little ones babies lot team choir netball football rugby year years yr group #year #class',
]);

/** True when the text may hold a pupil reference (words, or an admin-supplied pupil name). */
export function mayHavePupil(doc: Doc): boolean {
  return doc.hasAny(PUPIL_GATE) || !!doc.ctx.pupilNames?.length;
}

/** Words one of which any school reference contains. */
export const SCHOOL_GATE = gateWords([
  'school academy work job workplace trust slt smt leadership head headteacher headmaster headmistress principal deputy governors',
  'management ceo exec executive manager hod department bursar office',
]);

export function mayHaveSchool(doc: Doc): boolean {
  return doc.hasAny(SCHOOL_GATE) || !!doc.ctx.schoolNames?.length;
}

/** Pupils as a group or one pupil: "pupils", "my class", "Year 6", "Y10s", "a boy in my form". */
const PUPIL_REF_LIST = [
  'pupil',
  'pupils',
  'student',
  'students',
  'ex pupil',
  'ex-pupil',
  'ex pupils',
  'ex-pupils',
  'former pupil',
  'former pupils',
  'my class',
  'my form',
  'my tutor group',
  'my tutees',
  'my tutee',
  'my set',
  'our class',
  'this class',
  'the class',
  'my kids',
  'the kids',
  'our kids',
  'these kids',
  'those kids',
  'my pupils',
  'our pupils',
  'the children',
  'our children',
  'my children in class',
  'reception',
  'nursery class',
  'sixth formers',
  'sixth form',
  'year group',
  'my little ones',
  'little ones',
  'my babies',
  'this kid',
  'that kid',
  'one kid',
  'a kid',
  'this child',
  'that child',
  'a child',
  'one child',
  'the child',
  'this boy',
  'that boy',
  'a boy',
  'one boy',
  'the boy',
  'this girl',
  'that girl',
  'a girl',
  'one girl',
  'the girl',
  'this lad',
  'a lad',
  'my lot',
  'our netball team',
  'our football team',
  'our rugby team',
  'our choir',
  'our school choir',
];
const PUPIL_REF = anchored(
  wordRe(
    () =>
      '(?:' +
      words(PUPIL_REF_LIST) +
      "|(?:year|yr|y) ?(?:[1-9]|1[0-3])(?:s|'s)?|(?:years?|yrs?) (?:[1-9]|1[0-3]) (?:and|&) (?:[1-9]|1[0-3])|class (?:[1-9]|1[0-3]|[a-z]{2,12})\\b(?=.{0,40}(?:pupil|kid|child|photo|pic|video))" +
      ')',
  ),
  [...PUPIL_REF_LIST, 'year', 'years', 'yr', 'yrs', 'y', 'class'],
);

export function pupilRefs(doc: Doc): Range[] {
  const own = doc.findShared('pupilRef', PUPIL_REF);
  const names = pupilNameRefs(doc);
  if (!names.length) return own;
  return [...own, ...names].sort((a, b) => a.from - b.from);
}

/** Admin-supplied pupil names found in the text. */
export function pupilNameRefs(doc: Doc): Range[] {
  const list = doc.ctx.pupilNames;
  if (!list?.length) return [];
  return doc.findPhrases(list, 'pupilNames').filter((r) => nameCaseOk(doc, r));
}

/**
 * Names that are also everyday words ("Will", "Grace", "May") are taken as names only when written
 * with a capital letter; other names match in any case (staff often type them in lower case).
 */
const EVERYDAY_NAMES = new Set(
  'will may grace hope joy faith mark bill rose summer april june august amber autumn holly ivy jack max miles rob sky star dawn eve frank gene hunter iris jade lily page pat patience penny ruby sandy skye storm sunny taylor victor violet chase river rain faith honor honour hazel sage willow robin crystal destiny harmony heath hugh jordan lane lee leigh'.split(
    ' ',
  ),
);

function nameCaseOk(doc: Doc, r: Range & { phrase?: string }): boolean {
  const phrase = (r as { phrase?: string }).phrase ?? '';
  if (!EVERYDAY_NAMES.has(phrase.trim().toLowerCase())) return true;
  const sp = doc.span(r);
  const first = doc.original.charAt(sp.start);
  return first !== first.toLowerCase();
}

/** The school or trust: its names from settings, and generic references. */
const SCHOOL_REF_LIST = [
  'my school',
  'our school',
  'this school',
  'the school',
  'my academy',
  'our academy',
  'this academy',
  'my work',
  'my job',
  'my workplace',
  'where i work',
  'the trust',
  'our trust',
  'my trust',
  'the academy trust',
  'slt',
  'smt',
  'senior leadership',
  'senior leadership team',
  'leadership team',
  'the head',
  'our head',
  'my head',
  'the headteacher',
  'our headteacher',
  'my headteacher',
  'the head teacher',
  'our head teacher',
  'the headmaster',
  'the headmistress',
  'our headmaster',
  'the principal',
  'our principal',
  'the deputy head',
  'our deputy head',
  'the deputy',
  'our deputy',
  'the governors',
  'our governors',
  'the management',
  'our management',
  'the ceo',
  'our ceo',
  'the exec head',
  'our exec head',
  'our executive head',
  'the executive head',
  'my line manager',
  'my hod',
  'our hod',
  'head of department',
  'head of year',
  'the department',
  'our department',
  'my department',
  'the bursar',
  'our bursar',
  'the school office',
];
const SCHOOL_REF = anchored(wordRe(words(SCHOOL_REF_LIST)), SCHOOL_REF_LIST);

export function schoolRefs(doc: Doc): Range[] {
  const own = doc.findShared('schoolRef', SCHOOL_REF);
  const names = doc.ctx.schoolNames?.length ? doc.findPhrases(doc.ctx.schoolNames, 'schoolNames') : [];
  if (!names.length) return own;
  return [...own, ...names].sort((a, b) => a.from - b.from);
}

/** Colleagues and parents. */
const ADULT_REF_LIST = [
  'my colleague',
  'my colleagues',
  'a colleague',
  'one colleague',
  'colleagues',
  'my coworker',
  'my co-worker',
  'my coworkers',
  'my co-workers',
  'the staff',
  'the staffroom',
  'staff room',
  'our staff',
  'the teachers',
  'some teachers',
  'the other teachers',
  'the ta',
  'my ta',
  'our ta',
  'the tas',
  'the senco',
  'our senco',
  'the parents',
  'parents',
  'a parent',
  'one parent',
  'this parent',
  'that parent',
  'some parents',
  'the mum',
  'the dad',
  'this mum',
  'this dad',
  'one mum',
  'one dad',
  'a mum',
  'a dad',
  'mums',
  'dads',
  'the mums',
  'the dads',
  'their parents',
  'his mum',
  'her mum',
  'his dad',
  'her dad',
  'the nqt',
  'the ect',
  'the supply teacher',
  'the cover teacher',
  'the caretaker',
  'the receptionist',
  'the cleaner',
  'the dinner ladies',
  'the governor',
  'a governor',
];
const ADULT_REF = anchored(wordRe(words(ADULT_REF_LIST)), ADULT_REF_LIST);

export function adultRefs(doc: Doc): Range[] {
  return doc.findShared('adultRef', ADULT_REF);
}

/**
 * An identifiable person: a title and name ("Mr Smith", "Mrs. O'Neil"), an @mention, or a colleague
 * by role. Names by capital letter are checked on the original text (the normalised text is lower-case).
 */
const TITLED = anchored(/(?<![a-z0-9])(?:mr|mrs|ms|miss|mx|dr|sir|madam|mister)\.? [a-z][a-z'-]{1,20}(?![a-z0-9])/g, [
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'sir',
  'madam',
  'mister',
]);
const MENTION = /(?<![a-z0-9_@])@[a-z0-9_]{2,30}/g;
const ROLE_LIST = [
  'our head',
  'the head',
  'my head',
  'the headteacher',
  'our headteacher',
  'the head teacher',
  'the deputy',
  'our deputy',
  'the deputy head',
  'our deputy head',
  'my colleague',
  'a colleague',
  'my hod',
  'our hod',
  'my line manager',
  'the senco',
  'our senco',
  'the caretaker',
  'the bursar',
  'the ceo',
  'our ceo',
  'the principal',
  'our principal',
  'the chair of governors',
  'the pe teacher',
  'the maths teacher',
  'the science teacher',
  'the english teacher',
  'the art teacher',
  'the music teacher',
  'the supply teacher',
  'the ta',
  'my ta',
];
const ROLE = anchored(wordRe(words(ROLE_LIST)), ROLE_LIST);

export function personRefs(doc: Doc): Range[] {
  const a = doc.findShared('titled', TITLED);
  const b = doc.findShared('mention', MENTION);
  const c = doc.findShared('role', ROLE);
  const d = pupilNameRefs(doc);
  return [...a, ...b, ...c, ...d].sort((x, y) => x.from - y.from);
}

/** Capitalised given-name-plus-surname pairs in the original ("Sarah Jones"), not at a sentence start only. */
const FULL_NAME = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{1,20} \p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20})?(?![\p{L}\p{N}])/gu;

/** Full names in the original text, mapped back to normalised ranges (approximately: by search). */
export function fullNameSpans(doc: Doc): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = new RegExp(FULL_NAME.source, FULL_NAME.flags);
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(doc.original)) !== null && n++ < 500) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * UK place names and titles of books, films, shows and pantomimes in which a swear word or insult
 * names no one ("Bell End", "Lord of the Flies"; see data/names.ts). Rules drop matches inside them.
 */
const PLACE_LIST = PLACE_NAMES.split('|');
const TITLE_LIST = TITLES.split('|');
const PLACE_RE = anchored(wordRe(words(PLACE_LIST)), PLACE_LIST);
const TITLE_RE = anchored(wordRe(words(TITLE_LIST)), TITLE_LIST);
const PLACE_WINDOW = lazy(() => new RegExp(regexOf(PLACE_RE).source, 'g'));
const TITLE_WINDOW = lazy(() => new RegExp(regexOf(TITLE_RE).source, 'g'));

export function knownNames(doc: Doc): Range[] {
  return [...doc.findShared('places', PLACE_RE), ...doc.findShared('titles', TITLE_RE)];
}

/** Titles of books, films and shows named in the text. */
export function titleRefs(doc: Doc): Range[] {
  return doc.findShared('titles', TITLE_RE);
}

/** True when `r` lies inside a place name or a title. */
export function insideKnownName(doc: Doc, r: Range): boolean {
  if (!doc.mayMatch(PLACE_RE) && !doc.mayMatch(TITLE_RE)) return false;
  // Only the few words around the match are searched (names are short), not the whole text.
  const from = Math.max(0, r.from - 48);
  const w = doc.text.slice(from, Math.min(doc.text.length, r.to + 48));
  for (const p of [PLACE_WINDOW, TITLE_WINDOW]) {
    const re = regexOf(p);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(w)) !== null) if (from + m.index <= r.from && r.to <= from + m.index + m[0].length) return true;
  }
  return false;
}

/**
 * True when `r` lies inside a quotation ('...' or "...") in a text that names a book, film or show:
 * a line quoted from a set text ("we read the witches' 'fair is foul' aloud") is the author's, not the poster's.
 */
export function insideQuotedTitle(doc: Doc, r: Range): boolean {
  if (!titleRefs(doc).length) return false;
  const t = doc.text;
  const from = Math.max(0, r.from - 300);
  for (const q of ['"', "'"]) {
    // An opening quote before the match (at a word start) and a closing one after it, within one line.
    const open = t.lastIndexOf(q, r.from);
    if (open < from || (open > 0 && /[a-z0-9]/.test(t[open - 1]!))) continue;
    const close = t.indexOf(q, r.to);
    if (close === -1 || close - r.to > 300 || /\n/.test(t.slice(open, close))) continue;
    return true;
  }
  return false;
}

/**
 * A class, form or year after a name: "in 10X", "from 4M", "in Year 3", "(Y6)", "in Reception". Every
 * match has a digit, or "reception" or "nursery".
 */
const CLASS_AFTER = requireGate(
  /(?<![a-z0-9])(?:(?:in|from|of) (?:(?:year|yr|y) ?(?:[1-9]|1[0-3])(?![0-9])|reception|nursery|(?:[1-9]|1[0-3])(?!st|nd|rd|th|am|pm)[a-z]{1,3}[1-9]?)|\((?:year ?|yr ?|y ?)(?:[1-9]|1[0-3])[a-z]{0,3}\))(?![a-z0-9])/g,
  gateWords(['reception nursery #digit']),
);

/** Capitalised words before a class that are not a pupil's name ("Everyone in 3H", "Results in Year 11"). */
const NOT_NAMES = new Set(
  (
    'everyone everybody someone somebody anyone anybody nobody kids pupils students children boys girls lads staff parents teachers ' +
    'results progress attendance behaviour reading writing maths english science history geography art music pe sport sports football netball ' +
    'rugby cricket lessons lesson trip assembly christmas easter term everyone well all us them those these who what which and but so ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'today tonight tomorrow yesterday phonics sats gcse gcses mocks exams numbers attendance places spaces team class form year group ' +
    'swimming homework spelling spellings computing french spanish german drama dance something nothing everything lots loads most many some half none one two three four five six first last best top new'
  ).split(' '),
);

/**
 * A pupil named with a class, form or year: "Kofi in 8T", "Lily (Y4)", "Priya Das in 7R",
 * "Phoebe from 4M". The name (one or two capitalised words, hyphens allowed) is read from the
 * original text just before the class; the range covers the class (and the name where it can).
 */
/** True when the text may hold a pupil reference or a pupil named with a class (exact, for gates). */
export function mayHaveChild(doc: Doc): boolean {
  return mayHavePupil(doc) || doc.mayMatch(CLASS_AFTER);
}

export function namedPupilRefs(doc: Doc): Range[] {
  const classes = doc.findShared('classAfter', CLASS_AFTER);
  if (!classes.length) return [];
  const out: Range[] = [];
  for (const r of classes) {
    const sp = doc.span(r);
    // A form code is written in capitals ("10X", "4M"); "in 10s", "in 5m" are not forms.
    const code = /^(?:in|from|of) \d+([A-Za-z]+)/i.exec(doc.original.slice(sp.start, sp.end));
    if (code && code[1] !== code[1]!.toUpperCase()) continue;
    const before = doc.original.slice(Math.max(0, sp.start - 45), sp.start);
    const m = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)?(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)?)\s*$/u.exec(before);
    if (!m) continue;
    const first = m[1]!
      .split(/[ -]/)[0]!
      .toLowerCase()
      .replace(/['’]s$/, '');
    if (first.length < 2 || NOT_NAMES.has(first)) continue;
    const back = before.length - (m.index + m[0].indexOf(m[1]!));
    out.push({ from: Math.max(0, r.from - back), to: r.to });
  }
  return out;
}

/** The patterns and gates of these helpers, for the rules that use them to name in their `uses`. */
export const REFS_USES: readonly Declared[] = [PUPIL_GATE, SCHOOL_GATE, PUPIL_REF, SCHOOL_REF, ADULT_REF, TITLED, ROLE, PLACE_RE, TITLE_RE, CLASS_AFTER];
