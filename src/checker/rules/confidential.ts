/**
 * Clause 5.2: content that "is confidential to the school/trust or its staff": personal data of
 * pupils, parents or staff, documents marked confidential, and sensitive details (safeguarding, SEN,
 * exclusions, medical) next to a pupil reference. Identifiers (phones, emails, UPNs, NI numbers) are
 * matched on the normalised text, whose digits and punctuation are kept as written.
 */
import type { Doc, Range } from '../doc';
import { requireGate, withUses } from './rule';
import { anchored, gateWords, hitsOf, nearOf, words, wordRe, type Rule, type RuleHit, type RuleDocs, lazy } from './rule';
import { mayHaveChild, namedPupilRefs, pupilNameRefs, pupilRefs, REFS_USES } from './refs';

export const pupilName: Rule = {
  id: 'confidential/pupil-name',
  category: 'confidential',
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

/** "#ld": a word that starts with a letter and has a digit, as postcodes and UPNs start (see Doc.gates). */
const LETTER_DIGIT = gateWords(['#ld']);
/** "#digit": the text has a digit; phone numbers, house numbers, dates and NI numbers all need one. */
const DIGIT = gateWords(['#digit']);

/** UK phone numbers: mobiles 07xxx / +44 7xxx and landlines 01/02/03, with spaces, dots or dashes. */
const PHONE = requireGate(/(?<![0-9+])(?:(?:\+|00)44 ?\(?0?\)? ?|0)(?:7\d{3}|1\d{2,4}|2\d|3\d{2})[ .-]?\d{3,4}[ .-]?\d{3,4}(?![0-9])/g, DIGIT);

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
const STREET_WORD =
  "(?!(?:at|in|on|is|are|was|were|of|to|for|and|or|from|by|with|the|a|an|has|have|it|its|this|that|my|your|our|his|her|their|getting|min|mins|minutes|hours|days|weeks|years|miles|km|k|pm|am|people|times|more|less|per|x|sq|ft|feet|foot|metres|meters|acres?)\\b)[a-z][a-z'-]{1,20}";
const ADDRESS = requireGate(
  anchored(
    lazy(
      () =>
        new RegExp(
          `(?<![a-z0-9/.:-])(?:flat \\d{1,4}[a-z]?,? )?\\d{1,4}[a-z]?,? (?:${STREET_WORD} ){1,3}(?:road|rd|street|st|avenue|ave|lane|close|drive|crescent|grove|gardens|court|place|terrace|mews|square|way)(?![a-z])`,
          'g',
        ),
    ),
    [
      'road',
      'rd',
      'street',
      'st',
      'avenue',
      'ave',
      'lane',
      'close',
      'drive',
      'crescent',
      'grove',
      'gardens',
      'court',
      'place',
      'terrace',
      'mews',
      'square',
      'way',
    ],
  ),
  DIGIT,
);

/** UK postcodes. */
const POSTCODE = requireGate(/(?<![a-z0-9])[a-z]{1,2}\d[a-z0-9]? ?\d[abd-hjlnp-uw-z]{2}(?![a-z0-9])/g, LETTER_DIGIT);
/** Words that tie a place to a person: where someone lives, or who they are. */
const LIVES_WORDS = [
  'lives',
  'living',
  'lived',
  'live at',
  'his house',
  'her house',
  'their house',
  'his home',
  'her home',
  'staying at',
  'moved to',
  'moving to',
  'pupil',
  'student',
  'child',
  'mum',
  'dad',
  'parents',
];
/** Near a postcode, these make it a person's (titles too: "Mrs Khan, SW1A 1AA"). */
const PERSON_NEAR = wordRe(
  words([...LIVES_WORDS, 'his address', 'her address', 'their address', 'home address', 'address is', 'family home', 'mr', 'mrs', 'ms', 'miss']),
);

/**
 * A street address is a public venue's, not a person's, when the post reads as an event or venue
 * notice ("Summer fair at Oakfield Primary, 12 Church Lane, all welcome") and says nothing about
 * where someone lives. An address in a post with a home or person word anywhere ("lives at", "her house",
 * "the family", "pupil") still counts.
 */
const VENUE = wordRe(
  words([
    'school',
    'primary',
    'academy',
    'college',
    'hall',
    'centre',
    'center',
    'church',
    'chapel',
    'theatre',
    'theater',
    'studio',
    'club',
    'pub',
    'inn',
    'hotel',
    'library',
    'museum',
    'gallery',
    'park',
    'stadium',
    'leisure',
    'cafe',
    'café',
    'restaurant',
    'shop',
    'store',
    'market',
    'legion',
    'venue',
    'tickets',
    'doors open',
    'all welcome',
    'everyone welcome',
    'free entry',
    'entry is free',
    'fair',
    'fete',
    'fête',
    'concert',
    'quiz',
    'open day',
    'open evening',
    'event',
    'festival',
    'exhibition',
    'workshop',
    'course',
    'sale',
    'join us',
    'come along',
  ]),
);
const HOME = wordRe(words([...LIVES_WORDS, 'address', 'their home', 'family', 'families', 'moved into', 'pupils', 'kid']));

const DATE =
  '(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2}|\\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6},? (?:19|20)\\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6} \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d{2})';
const DOB_WORDS = ['dob', 'd.o.b', 'date of birth', 'born on', 'birth date', 'birthdate'];
const DOB = requireGate(
  anchored(
    lazy(() => new RegExp(`(?<![a-z])(?:dob|d\\.o\\.b\\.?|date of birth|born on|birth date|birthdate)(?: is| was| =|:)?[:\\s-]{0,3}${DATE}`, 'g')),
    DOB_WORDS,
  ),
  DIGIT,
);

/** Unique Pupil Number: a check letter and 12 digits (the last may be a letter for a temporary UPN). */
const UPN = requireGate(/(?<![a-z0-9])[a-z]\d{11}[0-9a-z](?![a-z0-9])/g, LETTER_DIGIT);
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
const NINO = requireGate(/(?<![a-z0-9])(?!bg|gb|kn|nk|nt|tn|zz)[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z] ?\d{2} ?\d{2} ?\d{2} ?[a-d](?![a-z0-9])/g, DIGIT);

const PERSONAL_DATA_GATE = gateWords(['#digit #at']);

export const personalData: Rule = {
  id: 'confidential/personal-data',
  category: 'confidential',
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
  'confidential',
  'strictly confidential',
  'internal only',
  'for internal use only',
  'internal use only',
  'not for sharing',
  'not to be shared',
  'do not share',
  "don't share this",
  'do not forward',
  'not for publication',
  'staff only',
  'for staff only',
  'staff eyes only',
  'private and confidential',
  'official sensitive',
  'official-sensitive',
  'embargoed',
  'under embargo',
  'restricted',
];
const MARKED = wordRe(words(MARKED_LIST));
const MARKED_GATE = gateWords(['confidential internal sharing shared share forward publication staff eyes sensitive embargoed embargo restricted']);

export const marked: Rule = {
  id: 'confidential/marked',
  category: 'confidential',
  severity: 'warning',
  reason: 'This looks like it is marked as confidential or not for sharing.',
  gate: (doc) => doc.hasAny(MARKED_GATE),
  run: (doc) => hitsOf(doc, MARKED),
};

/**
 * Sensitive details about a child, by kind (the kind goes into the reason, so staff see what it is).
 * Each string lists phrases separated by "|" (compact in the content script).
 */
const DETAIL_KINDS: ReadonlyArray<readonly [string, string]> = [
  [
    'special educational needs or a diagnosis',
    'sen|send needs|sen support|send support|sen register|k code|ehcp|ehcps|ehc plan|ehc needs assessment|statement of sen|adhd|autism|autistic|asd|asc|dyslexia|dyslexic|dyspraxia|dyspraxic|dyscalculia|' +
      "tourette's|tourettes|tourette|learning difficulties|learning difficulty|learning disability|global developmental delay|developmental delay|speech and language|salt referral|ed psych|" +
      "educational psychologist|cerebral palsy|down syndrome|down's syndrome|downs syndrome|selective mutism|sensory processing|pda|hearing impaired|visually impaired|" +
      'one to one support|1:1 support|not toilet trained|toilet training|wet himself|wet herself|soiled himself|soiled herself|pull ups|nappies|nappy|reading age',
  ],
  [
    'medical details',
    'medical|medical needs|medication|medicine|diabetes|diabetic|insulin|epilepsy|epileptic|seizure|seizures|tonic clonic|asthma|inhaler|allergy|allergies|allergic|anaphylaxis|epipen|' +
      'cancer|leukaemia|chemo|chemotherapy|tumour|cystic fibrosis|sickle cell|heart condition|health care plan|healthcare plan|ihcp|hospital|hospitalised|ambulance|a&e|diagnosis|diagnosed|surgery|concussion',
  ],
  [
    'mental health details',
    'eating disorder|anorexia|anorexic|bulimia|depression|depressed|anxiety|panic attack|panic attacks|camhs|mental health|self-harm|self harm|self-harming|self harming|self-harms|self harms|' +
      'suicidal|suicide|overdose|ocd|counselling|school refuser|ebsa',
  ],
  [
    'a safeguarding or child-protection matter',
    'safeguarding|safeguarding concern|child protection|cp concern|cp plan|child in need|cin plan|section 47|social services|social care|mash referral|referral|disclosure|disclosed|' +
      'domestic abuse|domestic violence|neglect|neglected|abuse|abused|bruise|bruises|bruising|marks on her|marks on his|cpoms|myconcern|the dsl|our dsl|logged it|passed it on|reported it|police involvement|lado',
  ],
  [
    'an exclusion or suspension',
    'excluded|exclusion|permanently excluded|permanent exclusion|suspended|suspension|fixed term|fixed-term|fixed term exclusion|fixed-term exclusion|fte|internal exclusion|isolation|' +
      'managed move|pupil referral unit|pru|alternative provision|expelled',
  ],
  [
    'free school meals or pupil premium status',
    'free school meals|fsm|pupil premium|pp child|pp pupil|disadvantaged|food bank|foodbank|uniform grant|hardship fund',
  ],
  [
    'looked-after or care status',
    'looked after|looked-after|lac|cla|in care|care order|foster care|foster carer|foster carers|foster family|foster home|foster placement|fostered|adopted|adoption|kinship care|special guardianship|' +
      "children's home|care home placement|social worker|previously looked after",
  ],
  [
    'family circumstances',
    'prison|in jail|jail|behind bars|locked up|divorce|divorcing|divorced|separated|split up|custody|custody battle|court case|new boyfriend|new partner|walked out|' +
      'passed away|died|bereavement|bereaved|funeral|terminally ill|homeless|temporary accommodation|evicted|bailiffs|alcoholic|addict|addiction|drugs|arrested|criminal record|' +
      'youth offending|young carer|pregnant|pregnancy|immigration|deported|asylum',
  ],
];
/** Only with a named pupil: a behaviour incident or a grade is a record about that child. */
const NAMED_KINDS: ReadonlyArray<readonly [string, string]> = [
  [
    'a behaviour incident',
    'bitten|biting|punched|punching|kicked|headbutted|spat at|swore at|threw a chair|launched a chair|thrown a chair|fire alarm|fighting|detention|detentions|on report|' +
      'behaviour report|behaviour log|sent home|sent out|stole|stealing|caught vaping|vaping|caught smoking|restrained|restraint|assaulted|attacked|vandalised|absconded|ran off site|red card',
  ],
  [
    'grades or attainment',
    'predicted grade|predicted grades|grades|mock results|mock grade|mock grades|sats results|sats score|working below|working towards|below expected|below age related|' +
      "bottom set|failed|scrape|scraped|can't read|cannot read|can't write|lowest mark|lowest score|reading age|spelling age|resit|resits",
  ],
];
const kindsMap = (list: ReadonlyArray<readonly [string, string]>) => {
  const m = new Map<string, string>();
  for (const [kind, phrases] of list) for (const p of phrases.split('|')) m.set(p, kind);
  return m;
};
const DETAIL_KIND = kindsMap(DETAIL_KINDS);
const NAMED_KIND = kindsMap(NAMED_KINDS);
const SENSITIVE_LIST = [...DETAIL_KIND.keys()];
const NAMED_LIST = [...NAMED_KIND.keys()];
const SENSITIVE = anchored(wordRe(words(SENSITIVE_LIST)), SENSITIVE_LIST);
const NAMED_DETAIL = anchored(wordRe(words(NAMED_LIST)), NAMED_LIST);

/** One pupil (not "pupils" in general): "a boy in Year 8", "a Y10 boy I teach", "this child", a listed name. */
const PRONOUN = /(?<![a-z0-9])(?:he|she|him|her)(?![a-z0-9])/g;
const ONE_PUPIL = anchored(
  wordRe(
    () =>
      '(?:' +
      words([
        'a pupil',
        'one pupil',
        'this pupil',
        'that pupil',
        'the pupil',
        'a student',
        'one student',
        'this student',
        'that student',
        'the student',
        'one of my',
        'a child',
        'this child',
        'that child',
        'the child',
        'a boy',
        'this boy',
        'that boy',
        'the boy',
        'a girl',
        'this girl',
        'that girl',
        'the girl',
        'a kid',
        'this kid',
        'that kid',
        'the kid',
        'one of our',
        'my tutee',
        'a lad',
        'this lad',
        'the lad',
        'his mum',
        'her mum',
        'his dad',
        'her dad',
        'his parents',
        'her parents',
        'his family',
        'her family',
        'the twins',
        'a former pupil',
        'an ex-pupil',
        'an ex pupil',
        'our only',
      ]) +
      '|(?:(?:a|the|one|this|that|our|my) )?(?:year|yr|y) ?(?:[1-9]|1[0-3]) (?:boy|girl|pupil|student|kid|lad|lass|child)' +
      '|(?:boy|girl|pupil|student|kid|lad|lass|child|one) in (?:my |our )?(?:(?:year|yr|y) ?(?:[1-9]|1[0-3])|class|form|tutor group|set)' +
      ')',
  ),
  [
    'pupil',
    'student',
    'one',
    'child',
    'boy',
    'girl',
    'kid',
    'tutee',
    'lad',
    'mum',
    'dad',
    'parents',
    'family',
    'twins',
    'former',
    'pupil',
    'ex',
    'only',
    'year',
    'yr',
    'y',
    'lass',
  ],
);

/** Pairs of a pupil reference and a detail at most `max` characters apart (either order, across sentences). */
function closePairs(a: Range[], b: Range[], max: number): Array<[Range, Range]> {
  const out: Array<[Range, Range]> = [];
  for (const y of b) {
    const x = a.find((r) => (r.to <= y.from ? y.from - r.to : r.from - y.to) <= max);
    if (x) out.push([x, y]);
    if (out.length >= 50) break;
  }
  return out;
}

const reasonFor = (kind: string) => `This seems to share ${kind} about a pupil who could be identified, which must stay confidential.`;

export const sensitiveDetail: Rule = {
  id: 'confidential/sensitive-detail',
  category: 'confidential',
  severity: 'serious',
  reason: 'This seems to share sensitive details about a pupil (such as safeguarding, SEN, exclusion or health), which must stay confidential.',
  // Exact: a detail, and a specific pupil or any pupil word (a pronoun counts only with one).
  gate: (doc) => (doc.mayMatch(SENSITIVE) || doc.mayMatch(NAMED_DETAIL)) && (doc.mayMatch(ONE_PUPIL) || mayHaveChild(doc) || !!doc.ctx.pupilNames?.length),
  run: (doc): RuleHit[] => {
    // The pupil first (cheaper than the details); "he/she" counts only with a pupil mentioned in the text.
    const named = [...namedPupilRefs(doc), ...pupilNameRefs(doc)].sort((a, b) => a.from - b.from);
    const strong = [...named, ...doc.find(ONE_PUPIL)].sort((a, b) => a.from - b.from);
    const hasPupil = named.length > 0 || pupilRefs(doc).length > 0;
    if (!strong.length && !hasPupil) return [];
    const sens = doc.find(SENSITIVE).filter((r) => notCampaign(doc, r));
    const namedDetail = named.length ? doc.find(NAMED_DETAIL) : [];
    if (!sens.length && !namedDetail.length) return [];
    const pairs: Array<[Range, Range]> = [
      // A named or specific pupil and a detail within a few sentences; a pronoun only in the same sentence.
      ...closePairs(strong, sens, 160),
      ...(hasPupil && sens.length ? doc.together(doc.find(PRONOUN), sens) : []),
      ...closePairs(named, namedDetail, 160),
    ];
    if (!pairs.length) return [];
    const t = (r: Range) => doc.text.slice(r.from, r.to).replace(/\s+/g, ' ');
    const [, d] = pairs[0]!;
    const kind = DETAIL_KIND.get(t(d)) ?? NAMED_KIND.get(t(d));
    return [{ ranges: pairs.flat(), reason: kind ? reasonFor(kind) : undefined }];
  },
};

/** A detail inside a fundraiser or awareness campaign ("Cancer Research", "raised £200 for the hospital") is no one's record. */
const CAMPAIGN =
  /(?<![a-z])(?:for|raise|raising|raised|support|supporting|sponsored|sponsor|donate|donating|donated)(?: the| a| our| local)? $|^ (?:research|awareness|uk|charity|trust|ward|fundrais[a-z]*|appeal|day|week|month|walk|run|unit|radio|volunteers?)(?![a-z])/;
function notCampaign(doc: Doc, r: Range): boolean {
  const t = doc.text;
  return !CAMPAIGN.test(t.slice(Math.max(0, r.from - 20), r.from)) && !CAMPAIGN.test(t.slice(r.to, r.to + 16));
}

/** A colleague who could be identified: a title and name, or a role in this school ("our deputy head", "a couple of the support staff"). */
const COLLEAGUE_ROLE_LIST = [
  'nqt',
  'nqts',
  'ect',
  'ects',
  'ta',
  'tas',
  'hlta',
  'lsa',
  'senco',
  'deputy head',
  'deputy',
  'assistant head',
  'head',
  'headteacher',
  'head teacher',
  'site manager',
  'caretaker',
  'business manager',
  'bursar',
  'receptionist',
  'office manager',
  'teaching assistant',
  'teaching assistants',
  'cover supervisor',
  'supply teacher',
  'trainee',
  'trainee teacher',
  'colleague',
  'colleagues',
  'line manager',
  'hod',
  'head of year',
  'dsl',
  'cleaner',
  'dinner lady',
  'lunchtime supervisor',
  'pe teacher',
  'maths teacher',
  'science teacher',
  'english teacher',
  'art teacher',
  'music teacher',
  'history teacher',
  'geography teacher',
  'drama teacher',
  're teacher',
  'computing teacher',
  'french teacher',
  'year 1 teacher',
  'reception teacher',
];
const COLLEAGUE = anchored(
  wordRe(
    () =>
      `(?:(?:our|the|my|a|one of (?:our|the|my)|two of (?:our|the|my)|some of (?:our|the|my)) (?:new |lovely |old |former |poor |dear |beloved )?(?:${words(COLLEAGUE_ROLE_LIST)}|head of [a-z]{2,12})|a colleague in (?:the |our )?[a-z]{2,12} (?:dept|department|team))`,
  ),
  COLLEAGUE_ROLE_LIST,
);
/** A title and a name ("Mrs Hollis", "Miss Khan's"). */
const TITLE_NAME = anchored(/(?<![a-z0-9])(?:mr|mrs|ms|miss|mx|dr)\.? [a-z][a-z'-]{1,20}(?![a-z0-9])/g, ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);

const STAFF_KINDS: ReadonlyArray<readonly [string, string]> = [
  [
    'health details',
    'chemo|chemotherapy|cancer|tumour|diagnosis|diagnosed|surgery|operation|hospital|in hospital|sick note|breakdown|nervous breakdown|mental health|depression|anxiety|' +
      'miscarriage|ivf|fertility|menopause|rehab|terminal|terminally ill|hysterectomy|mastectomy|heart attack|stroke|scan results',
  ],
  ['a pregnancy', 'pregnant|pregnancy|weeks pregnant|expecting a baby|baby bump|having a baby'],
  [
    'a capability or disciplinary matter',
    'capability|capability plan|capability procedure|support plan|disciplinary|disciplinary hearing|suspended|suspension|pending an investigation|under investigation|being investigated|' +
      'gross misconduct|misconduct|dismissed|sacked|fired|written warning|final warning|grievance|tribunal|allegation against|allegations against|lado|performance management|failed her appraisal|failed his appraisal',
  ],
  ['pay details', 'salary|salaries|pay scale|pay grade|pay rise|pay band|earns|earning|tlr|tlr1|tlr2|tlr3|m1|m2|m3|m4|m5|m6|ups1|ups2|ups3|upper pay scale'],
  ['a DBS check', 'dbs|enhanced dbs|dbs check|dbs checks|dbs renewal|dbs renewals|barred|barring|criminal record|police caution|conviction|convicted'],
  [
    'sickness absence',
    'off sick|sick leave|sickness absence|signed off|signed off sick|off with stress|stress leave|long-term sick|long term sick|absence record|bradford factor',
  ],
];
const STAFF_KIND = kindsMap(STAFF_KINDS);
const STAFF_LIST = [...STAFF_KIND.keys()];
const STAFF_DETAIL = anchored(wordRe(words(STAFF_LIST)), STAFF_LIST);
/** Money a person is paid: "on £58k", "£42,000 a year". */
const PAY = requireGate(
  /(?<![a-z0-9])(?:on|earns?|earning|paid|gets?) £\d[\d,.]*k?(?![0-9])|£\d{2,3}(?:,\d{3}|k)(?: a year| per year| pa| salary)(?![a-z])/g,
  DIGIT,
);

export const colleagueDetail: Rule = {
  id: 'confidential/colleague-detail',
  category: 'confidential',
  severity: 'serious',
  reason: 'This seems to share private details about a colleague who could be identified, which is confidential to them and the school.',
  gate: (doc) => (doc.mayMatch(STAFF_DETAIL) || doc.mayMatch(PAY)) && (doc.mayMatch(COLLEAGUE) || doc.mayMatch(TITLE_NAME)),
  run: (doc): RuleHit[] => {
    const details = [...doc.find(STAFF_DETAIL).filter((r) => notCampaign(doc, r)), ...doc.find(PAY)].sort((a, b) => a.from - b.from);
    if (!details.length) return [];
    const who = [...doc.find(COLLEAGUE), ...doc.find(TITLE_NAME)].sort((a, b) => a.from - b.from);
    const pairs = closePairs(who, details, 160);
    if (!pairs.length) return [];
    const d = doc.text.slice(pairs[0]![1].from, pairs[0]![1].to).replace(/\s+/g, ' ');
    const kind = STAFF_KIND.get(d) ?? (d.includes('£') ? 'pay details' : undefined);
    return [
      {
        ranges: pairs.flat(),
        reason: kind ? `This seems to share ${kind} about a colleague who could be identified, which is confidential to them and the school.` : undefined,
      },
    ];
  },
};

/** School business that is not public yet, by kind. */
const INTERNAL_KINDS: ReadonlyArray<readonly [string, string]> = [
  [
    'an Ofsted inspection',
    'ofsted|the call|inspection|inspectors|hmi|section 5|section 8|ofsted grade|ofsted report|ofsted outcome|ofsted judgement|inadequate|requires improvement',
  ],
  [
    'a merger or academisation',
    'merger|merging|merge with|academisation|academy order|academy conversion|converting to an academy|joining the trust|join the trust|taken over|takeover|rebrokered|rebrokering|federation|federating|school closure|closing the school',
  ],
  [
    'redundancies or a restructure',
    'redundancies|redundancy|made redundant|restructure|restructuring|cutting|job cuts|staffing cuts|losing staff|losing posts|consultation',
  ],
  ["the school's budget", 'deficit|budget|overspent|overspend|in the red|funding cut|funding cuts|bankrupt'],
  [
    'exam papers or results before release',
    'exam paper|exam papers|mock results|grade boundaries|mark scheme|gcse results|a level results|a-level results|sats results|league table|league tables|progress 8|results',
  ],
  [
    'a decision not yet announced',
    'new policy|behaviour policy|timetable|audit|head is leaving|head is going|head is retiring|headteacher is leaving|resigning|resigned|resignation',
  ],
];
const INTERNAL_KIND = kindsMap(INTERNAL_KINDS);
const INTERNAL_LIST = [...INTERNAL_KIND.keys()];
const INTERNAL = anchored(wordRe(words(INTERNAL_LIST)), INTERNAL_LIST);
const NOT_PUBLIC_LIST = (
  "haven't been told|have not been told|not been told|hasn't been told|none of them know|nobody knows yet|no one knows yet|don't know yet|doesn't know yet|have no idea|has no idea|" +
  "absolutely no idea|not been announced|hasn't been announced|haven't announced|not announced yet|before it's announced|before it is announced|official announcement|not official yet|" +
  "not public|not yet public|isn't public|not been published|hasn't been published|not published|unpublished|keep it zipped|keep it quiet|keep it to yourselves|keep this quiet|" +
  "keep schtum|mum's the word|between us|sneak peek|not signed off|not been signed off|not finalised|" +
  "not been shared|haven't told|hasn't told|haven't told parents|parents don't know|staff don't know|can't say much|can't say more|cannot say more|not allowed to say|" +
  "don't tell anyone|strictly between|off the record|before results day|before it's released|before it is released|before release|ahead of publication|not supposed to know|not meant to know|" +
  'not been told yet|not even shared|before the official|nobody has been told|no one has been told'
).split('|');
const NOT_PUBLIC = anchored(wordRe(words(NOT_PUBLIC_LIST)), NOT_PUBLIC_LIST);

export const internalMatters: Rule = {
  id: 'confidential/internal-matters',
  category: 'confidential',
  severity: 'warning',
  reason: 'This seems to share school business that has not been made public yet, which is confidential to the school.',
  gate: (doc) => doc.mayMatch(NOT_PUBLIC) && doc.mayMatch(INTERNAL),
  run: (doc): RuleHit[] => {
    const marks = doc.find(NOT_PUBLIC);
    if (!marks.length) return [];
    const pairs = closePairs(marks, doc.find(INTERNAL), 250);
    if (!pairs.length) return [];
    const kind = INTERNAL_KIND.get(doc.text.slice(pairs[0]![1].from, pairs[0]![1].to).replace(/\s+/g, ' '));
    return [{ ranges: pairs.flat(), reason: kind ? `This seems to share ${kind} before it is public, which is confidential to the school.` : undefined }];
  },
};

/** A record of pupils' data (an SEN register, a medical list) photographed, screenshotted or posted. */
const RECORD = anchored(
  /(?<![a-z])(?:sen|send|medical|medication|allergy|allergies|safeguarding|cp|cpoms|behaviour|attendance|pupil premium|fsm|ehcp|tracking|emergency contact|exclusions?)(?: and (?:allergy|allergies|medication|medical|dietary|contact|behaviour))? (?:list|lists|register|registers|log|logs|record|records|file|files|spreadsheet|tracker|sheet|details|data)(?![a-z])/g,
  ['list', 'lists', 'register', 'registers', 'log', 'logs', 'record', 'records', 'file', 'files', 'spreadsheet', 'tracker', 'sheet', 'details', 'data'],
);
const SHARED = wordRe(
  words([
    'screenshot',
    'screenshotted',
    'screen shot',
    'snapped',
    'photo of',
    'pic of',
    'picture of',
    'popping it here',
    'posting it',
    'posted it',
    "here's",
    'here is',
    'attached',
    'uploaded',
    'copy of',
    'sharing it',
    'see it',
    'see them',
    'on my phone',
  ]),
);

export const pupilRecords: Rule = {
  id: 'confidential/pupil-records',
  category: 'confidential',
  severity: 'serious',
  reason: 'This seems to share a record of pupils\u2019 personal details (such as an SEN register or medical list), which must stay confidential.',
  gate: (doc) => doc.mayMatch(RECORD),
  run: (doc) => {
    const rec = doc.find(RECORD);
    return rec.length ? (closePairs(rec, doc.find(SHARED), 120).length ? [{ ranges: closePairs(rec, doc.find(SHARED), 120).flat() }] : []) : [];
  },
};

// The patterns and gates the rules use, for the engine's tables (see Rule.uses).
export const rules: Rule[] = withUses(
  [pupilName, personalData, marked, sensitiveDetail, colleagueDetail, internalMatters, pupilRecords],
  [
    LETTER_DIGIT,
    DIGIT,
    PHONE,
    ADDRESS,
    POSTCODE,
    DOB,
    UPN,
    NINO,
    PERSONAL_DATA_GATE,
    MARKED_GATE,
    SENSITIVE,
    NAMED_DETAIL,
    ONE_PUPIL,
    COLLEAGUE,
    TITLE_NAME,
    STAFF_DETAIL,
    PAY,
    INTERNAL,
    NOT_PUBLIC,
    RECORD,
    ...REFS_USES,
  ],
);

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
    description:
      'Personal data: UK phone numbers, email addresses, street addresses (not in a notice of an event or venue, unless it says who lives there), postcodes next to a person, dates of birth, UPNs, National Insurance numbers.',
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
    description:
      'A pupil who could be identified (named with a class, form or year, "a boy in Year 8", "a Y10 boy I teach", a listed name) next to a sensitive detail: SEN or a diagnosis, medical or mental health, safeguarding, exclusion, free school meals or pupil premium, care status, family circumstances; with a named pupil also behaviour incidents and grades. The reason says what kind of detail it is.',
    flag: [
      'A boy in Year 8 was permanently excluded today',
      'A Y11 boy in my tutor group is under child protection now, social worker visiting again Thursday',
      { text: 'Lily has an EHCP and it still is not enough', context: { pupilNames: ['Lily'] } },
      'This girl in my class self-harms and nobody is listening',
      'A pupil had a seizure in my lesson, first time I have seen epilepsy up close',
      'Freddie in 8T has finally been diagnosed with dyspraxia, so pleased for his family',
      'Massive well done to Aisha (Y5) for her attendance even with her dad in prison',
      'Tommy Briggs in Year 9 is on a fixed-term exclusion again',
      'Our Noor in 3K is pupil premium but you would never guess',
      'Rocco from 6P punched a dinner lady this lunchtime',
      'Predicted grades are in and Ellis in Year 11 is going to fail maths',
      'A Y4 boy in my class lives with foster carers now after everything at home',
      'A girl in my Year 3 class says her mum and dad are getting divorced',
    ],
    ok: [
      'Safeguarding training for all staff on the INSET day',
      'Autism awareness week: our pupils made wonderful posters',
      'Mental health awareness week starts Monday',
      'Our SEN department is recruiting a new teaching assistant',
      'The school nurse is running an asthma clinic for staff',
      'Well done to Oscar in 4B for raising £80 for Cancer Research',
      'Counting in 10s with Year 1 today: they failed to stump me',
      'Harriet in Year 6 won the county cross-country, what a star',
      'Free school meals registration is open for September',
      'Year 9 results in the science mock were brilliant',
    ],
  },
  'confidential/colleague-detail': {
    description:
      'Health, pregnancy, capability or disciplinary matters, pay, DBS results or sickness absence of a colleague who could be identified (a title and name, or a role: "our deputy head", "the new ECT", "a colleague in the maths department"). The reason says what kind of detail it is.',
    flag: [
      'Mr Patel is off sick again, third time this term',
      'Our deputy head is under investigation for gross misconduct',
      'The new ECT is pregnant already, she only started in September',
      'Mrs Lowe has been diagnosed with breast cancer, please keep her in your prayers',
      'A colleague in the science department failed his DBS check',
      'Apparently our business manager is on £62k, unbelievable',
      'Mr Okafor starts capability procedures next week after that drop-in',
    ],
    ok: [
      'Congratulations to Mrs Ahmed on her retirement after 30 years',
      'Mr Jones is running the marathon for Cancer Research, please sponsor him',
      'Our new ECTs have been amazing this term',
      'Reminder: DBS checks for new volunteers go through the office',
      'Thank you to our caretaker for gritting the paths this morning',
      'Our PE teacher took the netball team to the finals',
    ],
  },
  'confidential/internal-matters': {
    description:
      'School business posted before it is public: an Ofsted call or outcome, a merger or academisation, redundancies or a restructure, the budget, exam papers or results, a decision not yet announced, next to a sign that it is not public yet ("parents haven\'t been told", "official announcement next week", "keep it quiet").',
    flag: [
      'Inspectors booked in for Wednesday, the phone call came at lunch. Nobody has been told, keep it quiet',
      'We are joining the trust across the river, official announcement after half term',
      'Three support staff redundancies in the summer and none of them know yet',
      'Our budget has a huge deficit and the governors have no idea how to fix it, keep it to yourselves',
      'Sneak peek at the new timetable, not signed off yet',
    ],
    ok: [
      'So proud of our Good Ofsted report, published today!',
      'Our academy joined the trust last year and it has been great',
      'Budget day in Year 6 maths: planning a party for £50',
      'GCSE results day on Thursday, doors open at 8',
      'Just between us, the flapjack in the canteen is the best thing about Tuesdays',
    ],
  },
  'confidential/pupil-records': {
    description: "A record of pupils' data (an SEN register, a medical or allergy list, a behaviour log, a class list) photographed, screenshotted or posted.",
    flag: [
      'Screenshot of the medical list for the trip so all helpers have it',
      "Here's the SEN register so you know who needs support in your lessons",
      'Took a photo of the behaviour log for you lot to see',
    ],
    ok: ['Please update the medical register by Friday', 'The SEN register is kept by the SENCo', 'Our class list of favourite books: here is the top ten'],
  },
};
