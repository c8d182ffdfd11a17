/**
 * Clause 5.2: content that "is confidential to the school/trust or its staff": personal data of
 * pupils, parents or staff, documents marked confidential, and sensitive details (safeguarding, SEN,
 * exclusions, medical) next to a pupil reference. Identifiers (phones, emails, UPNs, NI numbers) are
 * matched on the normalised text, whose digits and punctuation are kept as written.
 */
import type { Doc, Range } from '../doc';
import { requireGate } from '../doc';
import { anchored, gateWords, hitsOf, nearOf, words, wordRe, type Rule, type RuleHit, type RuleDocs } from './rule';
import { pupilNameRefs, pupilRefs } from './refs';

export const pupilName: Rule = {
  id: 'confidential/pupil-name',
  category: 'confidential',
  defaultClause: '5.2',
  severity: 'warning',
  reason: 'This names a pupil; pupils\u2019 names are personal data and should not be shared without consent.',
  gate: (doc) => !!doc.ctx.pupilNames?.length,
  run: (doc) => {
    const r = pupilNameRefs(doc);
    // "Chloe-Anne": a hyphen joins a longer name, so "Anne" alone is not this pupil.
    const kept = r.filter((x) => doc.text[x.from - 1] !== '-' && doc.text[x.to] !== '-');
    return kept.length ? [{ ranges: kept }] : [];
  },
};

/** UK phone numbers: mobiles 07xxx / +44 7xxx and landlines 01/02/03, with spaces, dots or dashes. */
const PHONE = /(?<![0-9+])(?:(?:\+|00)44 ?\(?0?\)? ?|0)(?:7\d{3}|1\d{2,4}|2\d|3\d{2})[ .-]?\d{3,4}[ .-]?\d{3,4}(?![0-9])/g;

/** a-z 0-9 . - (a domain's characters). */
function isDomainCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

/** A domain's characters and _ % + (an address's local part). */
function isLocalPartCode(c: number): boolean {
  return isDomainCode(c) || c === 95 || c === 37 || c === 43;
}

/** Email addresses, found by '@' and checked either side (no backtracking over long runs). */
function findEmails(doc: Doc): Range[] {
  const t = doc.text;
  const out: Range[] = [];
  let at = t.indexOf('@');
  let n = 0;
  while (at !== -1 && n++ < 2000) {
    let a = at;
    while (a > 0 && at - a < 64 && isLocalPartCode(t.charCodeAt(a - 1))) a--;
    let b = at + 1;
    while (b < t.length && b - at < 255 && isDomainCode(t.charCodeAt(b))) b++;
    while (b > at + 1 && t[b - 1] === '.') b--;
    const domain = t.slice(at + 1, b);
    if (at - a >= 1 && /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}$/.test(domain)) out.push({ from: a, to: b });
    at = t.indexOf('@', at + 1);
  }
  return out;
}

/** House number, up to three words, and a street type. The words may not be little words ("13 is getting close"). */
const STREET_WORD = "(?!(?:at|in|on|is|are|was|were|of|to|for|and|or|from|by|with|the|a|an|has|have|it|its|this|that|my|your|our|his|her|their|getting|min|mins|minutes|hours|days|weeks|years|miles|km|k|pm|am|people|times|more|less|per|x|sq|ft|feet|foot|metres|meters|acres?)\\b)[a-z][a-z'-]{1,20}";
const ADDRESS = new RegExp(`(?<![a-z0-9/.:-])(?:flat \\d{1,4}[a-z]?,? )?\\d{1,4}[a-z]?,? (?:${STREET_WORD} ){1,3}(?:road|rd|street|st|avenue|ave|lane|close|drive|crescent|grove|gardens|court|place|terrace|mews|square|way)(?![a-z])`, 'g');
anchored(ADDRESS, ['road', 'rd', 'street', 'st', 'avenue', 'ave', 'lane', 'close', 'drive', 'crescent', 'grove', 'gardens', 'court', 'place', 'terrace', 'mews', 'square', 'way']);

/** UK postcodes. */
const POSTCODE = /(?<![a-z0-9])[a-z]{1,2}\d[a-z0-9]? ?\d[abd-hjlnp-uw-z]{2}(?![a-z0-9])/g;
/** "#ld": a word that starts with a letter and has a digit, as postcodes and UPNs start (see Doc.gates). */
const LETTER_DIGIT = gateWords(['#ld']);
requireGate(POSTCODE, LETTER_DIGIT);
/** "#digit": the text has a digit; phone numbers, house numbers, dates and NI numbers all need one. */
const DIGIT = gateWords(['#digit']);
requireGate(PHONE, DIGIT);
requireGate(ADDRESS, DIGIT);
/** Words that tie a place to a person: where someone lives, or who they are. */
const LIVES_WORDS = ['lives', 'living', 'lived', 'live at', 'his house', 'her house', 'their house', 'his home', 'her home', 'staying at', 'moved to', 'moving to', 'pupil', 'student', 'child', 'mum', 'dad', 'parents'];
/** Near a postcode, these make it a person's (titles too: "Mrs Khan, SW1A 1AA"). */
const PERSON_NEAR = wordRe(words([...LIVES_WORDS, 'his address', 'her address', 'their address', 'home address', 'address is', 'family home', 'mr', 'mrs', 'ms', 'miss']));

/**
 * A street address is a public venue's, not a person's, when the post reads as an event or venue
 * notice ("Summer fair at Oakfield Primary, 12 Church Lane, all welcome") and says nothing about
 * where someone lives. An address in a post with a home or person word anywhere ("lives at", "her house",
 * "the family", "pupil") still counts.
 */
const VENUE = wordRe(
  words([
    'school', 'primary', 'academy', 'college', 'hall', 'centre', 'center', 'church', 'chapel', 'theatre', 'theater', 'studio', 'club', 'pub',
    'inn', 'hotel', 'library', 'museum', 'gallery', 'park', 'stadium', 'leisure', 'cafe', 'café', 'restaurant', 'shop', 'store', 'market',
    'legion', 'venue', 'tickets', 'doors open', 'all welcome', 'everyone welcome', 'free entry', 'entry is free', 'fair', 'fete', 'fête',
    'concert', 'quiz', 'open day', 'open evening', 'event', 'festival', 'exhibition', 'workshop', 'course', 'sale', 'join us', 'come along',
  ]),
);
const HOME = wordRe(words([...LIVES_WORDS, 'address', 'their home', 'family', 'families', 'moved into', 'pupils', 'kid']));

const DATE = '(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2}|\\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6},? (?:19|20)\\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6} \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d{2})';
const DOB_WORDS = ['dob', 'd.o.b', 'date of birth', 'born on', 'birth date', 'birthdate'];
const DOB = new RegExp(`(?<![a-z])(?:dob|d\\.o\\.b\\.?|date of birth|born on|birth date|birthdate)(?: is| was| =|:)?[:\\s-]{0,3}${DATE}`, 'g');
requireGate(anchored(DOB, DOB_WORDS), DIGIT);

/** Unique Pupil Number: a check letter and 12 digits (the last may be a letter for a temporary UPN). */
const UPN = /(?<![a-z0-9])[a-z]\d{11}[0-9a-z](?![a-z0-9])/g;
requireGate(UPN, LETTER_DIGIT);
const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** DfE check letter: sum of each of characters 2-13 times its position (2-13), mod 23. */
export function upnCheckLetterOk(upn: string): boolean {
  const u = upn.toUpperCase();
  if (!/^[A-Z]\d{11}[0-9A-Z]$/.test(u)) return false;
  let sum = 0;
  for (let i = 1; i < 13; i++) {
    const c = u[i]!;
    // A temporary UPN's last character is a letter, valued by its place in the check-letter table.
    const v = /\d/.test(c) ? Number(c) : UPN_LETTERS.indexOf(c);
    if (v < 0) return false;
    sum += v * (i + 1);
  }
  return UPN_LETTERS[sum % 23] === u[0];
}

/** National Insurance numbers (HMRC's rules on the prefix letters). */
const NINO = /(?<![a-z0-9])(?!bg|gb|kn|nk|nt|tn|zz)[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z] ?\d{2} ?\d{2} ?\d{2} ?[a-d](?![a-z0-9])/g;
requireGate(NINO, DIGIT);

const PERSONAL_DATA_GATE = gateWords(['#digit #at']);

export const personalData: Rule = {
  id: 'confidential/personal-data',
  category: 'confidential',
  defaultClause: '5.2',
  severity: 'serious',
  reason: 'This contains personal details (such as a phone number, address or ID number) that should stay private.',
  gate: (doc) => doc.hasAny(PERSONAL_DATA_GATE),
  run: (doc) => {
    const ranges: Range[] = [...doc.find(PHONE), ...findEmails(doc), ...doc.find(DOB), ...doc.find(NINO)];
    for (const r of doc.find(UPN)) {
      const s = doc.text.slice(r.from, r.to);
      if (upnCheckLetterOk(s) || /upn[:\s]{1,3}$/.test(doc.text.slice(Math.max(0, r.from - 6), r.from))) ranges.push(r);
    }
    const addresses = doc.find(ADDRESS).filter((r) => !/(?<![a-z])(?:10 downing st|221b? baker st)/.test(doc.text.slice(r.from, r.to)));
    if (addresses.length) {
      // A venue word inside the address itself ("12 Church Lane") says nothing about the venue.
      const venue = doc.find(VENUE).some((v) => !addresses.some((a) => v.from < a.to && a.from < v.to));
      if (!venue || doc.find(HOME).length) ranges.push(...addresses);
    }
    // nearOf finds nothing without a postcode: the person words are only searched when there is one.
    const postcodes = doc.find(POSTCODE);
    const pc = postcodes.length ? nearOf(doc, postcodes, doc.find(PERSON_NEAR), 60, false) : [];
    ranges.push(...(pc[0]?.ranges ?? []));
    return ranges.length ? [{ ranges }] : [];
  },
};

const MARKED_LIST = [
    'confidential', 'strictly confidential', 'internal only', 'for internal use only', 'internal use only', 'not for sharing',
    'not to be shared', 'do not share', "don't share this", 'do not forward', 'not for publication', 'staff only', 'for staff only',
    'staff eyes only', 'private and confidential', 'official sensitive', 'official-sensitive', 'embargoed', 'under embargo', 'restricted',
];
const MARKED = wordRe(words(MARKED_LIST));
const MARKED_GATE = gateWords(['confidential internal sharing shared share forward publication staff eyes sensitive embargoed embargo restricted']);

export const marked: Rule = {
  id: 'confidential/marked',
  category: 'confidential',
  defaultClause: '5.2',
  severity: 'warning',
  reason: 'This looks like it is marked as confidential or not for sharing.',
  gate: (doc) => doc.hasAny(MARKED_GATE),
  run: (doc) => hitsOf(doc, MARKED),
};

const SENSITIVE_LIST = [
    'safeguarding', 'safeguarding concern', 'child protection', 'cp concern', 'cp plan', 'child in need', 'cin plan', 'section 47',
    'social services', 'social worker', 'social care', 'looked after', 'in care', 'care order', 'foster care', 'fostered', 'mash referral',
    'referral', 'disclosure', 'disclosed', 'domestic abuse', 'domestic violence', 'neglect', 'self-harm', 'self harm', 'self-harming',
    'self harming', 'self-harms', 'self harms', 'suicidal', 'sen', 'send needs', 'ehcp', 'ehc plan', 'statement of sen', 'adhd', 'autism', 'autistic', 'asd', 'dyslexia',
    'dyslexic', 'learning difficulties', 'learning disability', 'excluded', 'exclusion', 'permanently excluded', 'permanent exclusion',
    'suspended', 'suspension', 'fixed term exclusion', 'fixed-term exclusion', 'isolation', 'managed move', 'pupil referral unit', 'pru',
    'medical', 'medication', 'diabetes', 'diabetic', 'epilepsy', 'epileptic', 'seizure', 'asthma', 'allergy', 'allergic', 'anaphylaxis',
    'epipen', 'cancer', 'leukaemia', 'eating disorder', 'anorexia', 'bulimia', 'depression', 'anxiety', 'camhs', 'mental health',
    'free school meals', 'fsm', 'pupil premium', 'young carer', 'pregnant', 'pregnancy', 'abuse', 'abused', 'police involvement',
    'arrested', 'criminal record', 'youth offending', 'court case', 'custody battle', 'bereavement', 'died', 'passed away',
];
const SENSITIVE = anchored(wordRe(words(SENSITIVE_LIST)), SENSITIVE_LIST);
const SENSITIVE_GATE = gateWords(SENSITIVE_LIST);

/** One pupil (not "pupils" in general): "a boy in Year 8", "one of my Year 10s", "this child", a listed name. */
const ONE_PUPIL = wordRe(
  '(?:' +
    words([
      'a pupil', 'one pupil', 'this pupil', 'that pupil', 'the pupil', 'a student', 'one student', 'this student', 'that student', 'the student',
      'one of my', 'a child', 'this child', 'that child', 'the child', 'a boy', 'this boy', 'that boy', 'the boy', 'a girl', 'this girl',
      'that girl', 'the girl', 'a kid', 'this kid', 'that kid', 'the kid', 'one of our', 'my tutee', 'a lad', 'this lad', 'the lad',
      'his mum', 'her mum', 'his dad', 'her dad', 'his parents', 'her parents', 'his family', 'her family', 'he', 'she', 'him', 'her',
    ]) +
    '|(?:year|yr|y) ?(?:[1-9]|1[0-3]) (?:boy|girl|pupil|student|kid|lad)|(?:boy|girl|pupil|student|kid) in (?:my )?(?:year|yr|y) ?(?:[1-9]|1[0-3]))',
);

export const sensitiveDetail: Rule = {
  id: 'confidential/sensitive-detail',
  category: 'confidential',
  defaultClause: '5.2',
  severity: 'serious',
  reason: 'This seems to share sensitive details about a pupil (such as safeguarding, SEN, exclusion or health), which must stay confidential.',
  gate: (doc) => doc.hasAny(SENSITIVE_GATE),
  run: (doc): RuleHit[] => {
    const sens = doc.find(SENSITIVE);
    if (!sens.length) return [];
    const one = [...doc.find(ONE_PUPIL), ...pupilNameRefs(doc)].sort((a, b) => a.from - b.from);
    if (!one.length) return [];
    // The pupil and the detail in one sentence; "he/she" only with a pupil mentioned in the text.
    const hasPupil = pupilRefs(doc).length > 0 || pupilNameRefs(doc).length > 0;
    const strong = hasPupil ? one : one.filter((r) => !/^(?:he|she|him|her)$/.test(doc.text.slice(r.from, r.to)));
    const pairs = doc.together(strong, sens);
    if (!pairs.length) return [];
    return [{ ranges: pairs.flat() }];
  },
};

export const rules: Rule[] = [pupilName, personalData, marked, sensitiveDetail];

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'confidential/pupil-name': {
    description: "Names from the school's own list of pupils (kept on this device), matched ignoring case and accents.",
    flag: [
      { text: 'Well done Chloé on your certificate', context: { pupilNames: ['Chloe'] } },
      { text: 'OLIVER SMITH was brilliant today', context: { pupilNames: ['Oliver Smith'] } },
      { text: 'Grace read her poem in assembly', context: { pupilNames: ['Grace'] } },
    ],
    ok: [
      { text: 'Amazing grace was our hymn today', context: { pupilNames: ['Grace'] } },
      { text: 'Chloe-Anne is not on the list', context: { pupilNames: ['Anne'] } },
      'Well done Chloe on your certificate',
    ],
  },
  'confidential/personal-data': {
    description: 'Personal data: UK phone numbers, email addresses, street addresses (not in a notice of an event or venue, unless it says who lives there), postcodes next to a person, dates of birth, UPNs, National Insurance numbers.',
    flag: [
      'Call his mum on 07700 900123',
      'Her email is jane.doe@example.co.uk',
      'He lives at 14 Acacia Avenue',
      'The family moved to SW1A 1AA last week',
      'DOB: 12/03/2014',
      'UPN G801200123008',
      'NI number AB 12 34 56 C',
      'Ring the office on +44 20 7946 0018',
      'Anyone know if 14 Holly Close is the right address for the Kowalski family?',
      'Join us at the school fair; Maisie in Year 3 lives at 8 Elm Road so she can walk',
      'Please send the form to 12 Church Lane',
    ],
    ok: [
      'Our fundraiser raised £1,250!',
      'Sports day is on 12/07/2024',
      'Year 10 visited 10 Downing Street',
      'Email the office for details',
      'Room 101 at 3:15pm',
      'See you at 9am on 3rd June 2025',
      'Summer fair this Saturday at Oakfield Primary, 12 Church Lane, 2pm. All welcome!',
      'Quiz night at the Red Lion, 22 Mill Road, doors open 7pm',
      'Our new office is 400 sq ft of light',
    ],
  },
  'confidential/marked': {
    description: 'Text marked "confidential", "internal only", "not for sharing" and the like.',
    flag: ['CONFIDENTIAL: staffing restructure proposals', 'Internal only - draft Ofsted action plan', 'Not for sharing, but here are the mock results'],
    ok: ['Our parents evening was a great success', 'Please share this post about our open day!', 'Confidence is key in public speaking'],
  },
  'confidential/sensitive-detail': {
    description: 'Safeguarding, child-protection, SEN, exclusion or medical details next to a pupil reference.',
    flag: [
      'A boy in Year 8 was permanently excluded today',
      "One of my Year 10s has a child protection plan, so we've got social services in again",
      { text: 'Lily has an EHCP and it still is not enough', context: { pupilNames: ['Lily'] } },
      'This girl in my class self-harms and nobody is listening',
      'A pupil had a seizure in my lesson, first time I have seen epilepsy up close',
    ],
    ok: [
      'Safeguarding training for all staff on the INSET day',
      'Autism awareness week: our pupils made wonderful posters',
      'Mental health awareness week starts Monday',
      'Our SEN department is recruiting a new teaching assistant',
      'The school nurse is running an asthma clinic for staff',
    ],
  },
};
