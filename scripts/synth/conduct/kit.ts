/**
 * Shared lexicon and the family runner for the conduct part (see ../README.md, "Conduct").
 *
 * A family is a list of sentence frames with {slots}, one label/category, and a quota. The runner
 * fills a frame, then varies the surface the way real posts vary: an opener or closer in the
 * family's register, text-speak, dropped apostrophes, a shouted word, emoji and hashtags.
 */
import { chance, decorate, fill, pick, type Label, type Lexicon, type Rng, type SynthRow } from '../lib';

/** A frame, optionally with its own fair extra categories. */
export type Frame = string | { t: string; also?: string[] };

export interface Family {
  /** Short family name; the row's source becomes `conduct/<name>`. */
  name: string;
  n: number;
  label: Label;
  category: string;
  also?: string[];
  characteristic?: string;
  trap?: boolean;
  frames: readonly Frame[];
  lex?: Lexicon;
  /** Register of the wrappers: which openers/closers and emoji fit (one drawn per post if several). */
  mood?: Mood | readonly Mood[];
  /** Probability of a text-speak rewrite (default by label). */
  textspeak?: number;
}

export type Mood = 'rant' | 'polite' | 'gossip' | 'cheerful' | 'formal' | 'tired' | 'neutral';

const FEM = [
  'Sarah',
  'Gemma',
  'Priya',
  'Aisha',
  'Kerry',
  'Lauren',
  'Chloe',
  'Stacey',
  'Nadia',
  'Rachel',
  'Siobhan',
  'Hayley',
  'Fatima',
  'Megan',
  'Ellie',
  'Becky',
  'Jade',
  'Zainab',
  'Sophie',
  'Kelly',
  'Karen',
  'Julie',
  'Claire',
  'Lisa',
  'Shaz',
  'Bev',
  'Jo',
  'Helen',
  'Bronwen',
  'Agnieszka',
  'Ngozi',
];
const MALE = [
  'Dave',
  'Gareth',
  'Tom',
  'Wayne',
  'Liam',
  'Ben',
  'Callum',
  'Dean',
  'Imran',
  'Kwame',
  'Marek',
  'Ravi',
  'Rhys',
  'Josh',
  'Connor',
  'Ian',
  'Steve',
  'Mark',
  'Paul',
  'Gaz',
  'Nige',
  'Andy',
  'Mo',
  'Tariq',
  'Euan',
  'Olu',
  'Darren',
];
const FIRST = [
  'Sarah',
  'Gemma',
  'Dave',
  'Gareth',
  'Priya',
  'Aisha',
  'Tom',
  'Kerry',
  'Wayne',
  'Lauren',
  'Chloe',
  'Stacey',
  'Liam',
  'Nadia',
  'Ben',
  'Rachel',
  'Callum',
  'Siobhan',
  'Dean',
  'Hayley',
  'Imran',
  'Fatima',
  'Kwame',
  'Marek',
  'Ravi',
  'Megan',
  'Rhys',
  'Ellie',
  'Josh',
  'Becky',
  'Jade',
  'Connor',
  'Zainab',
  'Sophie',
  'Kelly',
  'Ian',
  'Steve',
  'Karen',
  'Julie',
  'Mark',
  'Paul',
  'Claire',
  'Lisa',
  'Gaz',
  'Shaz',
  'Bev',
  'Nige',
  'Andy',
  'Jo',
  'Helen',
  'Mo',
  'Tariq',
  'Bronwen',
  'Euan',
];
const SURNAME = [
  'Smith',
  'Jones',
  'Patel',
  'Khan',
  'Okafor',
  'Hughes',
  'Evans',
  'Wright',
  'Kowalski',
  'Murphy',
  "O'Brien",
  'Campbell',
  'Ahmed',
  'Taylor',
  'Clarke',
  'Thompson',
  'Walsh',
  'Davies',
  'Mensah',
  'Singh',
  'Hussain',
  'Nowak',
  'Bennett',
  'Harris',
  'Lewis',
  'Robinson',
  'Shaw',
  'Kaur',
  'Adeyemi',
  'Fraser',
  'McLeod',
  'Price',
  'Barker',
  'Greenwood',
  'Atkinson',
  'Doyle',
];
const ROLE = [
  'head',
  'deputy head',
  'SENCo',
  'head of maths',
  'new ECT',
  'TA',
  'business manager',
  'office manager',
  'site manager',
  'PE teacher',
  'chair of governors',
  'cover supervisor',
  'HLTA',
  'head of Year 9',
  'exams officer',
  'head of English',
  'assistant head',
  'new science teacher',
  'receptionist',
  'lunchtime supervisor',
  'head of sixth form',
  'PE coach',
  'attendance officer',
  'music teacher',
  'Reception teacher',
  'Year 6 teacher',
  'data manager',
  'IT technician',
];
const DEPT = ['maths', 'English', 'science', 'PE', 'humanities', 'MFL', 'RE', 'SEN', 'early years', 'DT', 'geography', 'music', 'computing', 'history'];
const YEAR = [
  'Year 7',
  'Year 8',
  'Year 9',
  'Year 10',
  'Year 11',
  'Year 3',
  'Year 4',
  'Year 5',
  'Year 6',
  'Year 2',
  'Year 1',
  'Reception',
  'Y9',
  'Yr 8',
  'Y10',
  'yr 11',
  'Year 12',
  'the sixth form',
  'Nursery',
  'Y6',
  'Y4',
];
const FORM = ['7B', '8C', '9X', '10Y', '11R', '9K', '8W', '10T', '7H', '11M', '6J', '5S', '4P', '3E', '9/2', '10E2', '8H3'];
const SCHOOL = [
  "St Anne's",
  'Oakwood Academy',
  'Greenfield Primary',
  'Hollybank',
  'Riverside High',
  'Moorside',
  'Castlefield Academy',
  "St Joseph's",
  'Brookvale',
  'Kingsmead',
  'Hillcrest',
  'Ashton Park',
  'Longfield Juniors',
  'Parkside',
  'Westbrook Academy',
  'Meadowview Infants',
  'Thornhill High',
  'Abbey Lane',
  'Sandbrook C of E Primary',
  'Elmwood',
];
const TOWN = [
  'Leeds',
  'Wigan',
  'Stoke',
  'Luton',
  'Bolton',
  'Swindon',
  'Leicester',
  'Norwich',
  'Sunderland',
  'Bradford',
  'Croydon',
  'Walsall',
  'Plymouth',
  'Derby',
  'Cardiff',
  'Hull',
  'Doncaster',
  'Preston',
  'Ipswich',
  'Barnsley',
  'Medway',
  'Gateshead',
];
const TRUST = [
  'the trust',
  'the MAT',
  'the LA',
  'the council',
  'the governors',
  'SLT',
  'the CEO',
  'the local authority',
  'our academy trust',
  'the head',
  'the board',
];
const WHEN = [
  'today',
  'this morning',
  'last night',
  'at parents\u2019 evening',
  'in the staffroom',
  'during INSET',
  'at break',
  'on duty',
  'at the Christmas do',
  'in briefing',
  'this afternoon',
  'at lunch',
  'in the department meeting',
  'on Friday',
  'yesterday',
];

/** Lexicon every family can use. */
export const COMMON: Lexicon = {
  first: FIRST,
  surname: SURNAME,
  role: ROLE,
  dept: DEPT,
  year: YEAR,
  form: FORM,
  school: SCHOOL,
  town: TOWN,
  trust: TRUST,
  when: WHEN,
  title: ['Mr', 'Mrs', 'Miss', 'Ms', 'Mr', 'Mrs'],
  herc: [
    'Mrs {surname}',
    'Miss {surname}',
    'Ms {surname}',
    '{femfirst} from {dept}',
    '{femfirst} in {dept}',
    '{femfirst} {surname}',
    '{femfirst}',
    'Mrs {surname} in {dept}',
  ],
  himc: ['Mr {surname}', '{malefirst} from {dept}', '{malefirst} in {dept}', '{malefirst} {surname}', '{malefirst}', 'Mr {surname} in {dept}'],
  femfirst: FEM,
  malefirst: MALE,
  schooltag: SCHOOL.map((x) => x.replace(/[^A-Za-z]/g, '')),
  pyear: ['Year 7', 'Year 8', 'Year 9', 'Year 10', 'Year 11', 'Year 5', 'Year 6', 'Y9', 'Yr 8', 'Y10', 'Year 4'],
  colleague: ['{title} {surname}', '{first} from {dept}', 'our {role}', '{first} in {dept}', 'the {role}', '{first}', '{first} {surname}', 'our new {role}'],
  she: ['she', 'she'],
  staff: ['teacher', 'TA', 'member of staff', 'colleague', 'cover supervisor', 'lunchtime supervisor', 'supply teacher', 'HLTA', 'trainee'],
  kids: ['kids', 'children', 'pupils', 'students', 'lot', 'class'],
  smh: ['🙄', '😤', '🤦‍♀️', '🤦', '😒', '🙃', '😑'],
  lol: ['😂', '🤣', 'lol', 'lmao', '😂😂', '💀', 'haha'],
  /** Who is speaking, for frames that open with the writer's role. */
  asme: [
    'As a TA,',
    'Twenty years in primary and',
    'Speaking as a governor,',
    'As a mum and a teacher,',
    'As a pastoral lead,',
    'Been teaching 15 years and',
    'As an NQT back in the day,',
    'As a SENCo,',
    'Office staff here and',
    'Speaking as a head,',
    'As a PE teacher,',
    'As a supply teacher,',
    'As a business manager,',
    'Lunchtime supervisor here and',
    'As a Reception teacher,',
    'As a school governor,',
    'Secondary English teacher here.',
    'Primary teacher here,',
  ],
  arole: [
    'a head',
    'an assistant head',
    'a SENCo',
    'a head of year',
    'a governor',
    'a class teacher',
    'a deputy',
    'an exams officer',
    'a business manager',
    'a TA',
  ],
  trustname: ['the trust', 'the MAT', 'the LA', 'the local authority', 'the diocese', 'our academy trust'],
};

const OPEN: Record<Mood, readonly string[]> = {
  rant: [
    'Honestly,',
    'Rant incoming:',
    'Not gonna lie,',
    'Right.',
    'Can I just say',
    'Unpopular opinion:',
    'Sorry but',
    'Hot take:',
    'Real talk:',
    'Staffroom confession:',
    'Ugh.',
    'FFS.',
    'Say what you like but',
    'Said it before and I\u2019ll say it again:',
    'ngl',
  ],
  polite: [
    'Genuine question:',
    'Honest question -',
    'Just asking,',
    'Is it just me or',
    'Not being funny but',
    'Can I ask without getting shouted at:',
    'Slightly controversial but',
    'Playing devil\u2019s advocate here:',
    'With the greatest respect,',
    'Not trying to start anything but',
    'Question for the group:',
    'Thoughts?',
    'I know this might not be popular, but',
  ],
  gossip: [
    'Guess what \ud83d\udc40',
    'Tea \u2615',
    'Not saying anything but',
    'Well well well.',
    'Heard from a reliable source:',
    'Don\u2019t tell anyone I said this but',
    'Everyone knows',
    'PSA:',
    'Just so everyone knows,',
  ],
  cheerful: [
    'So proud!',
    'What a day!',
    'Lovely news:',
    'Quick one:',
    'Happy Friday!',
    'Exciting times!',
    'Update:',
    'Love this job.',
    'Ok so',
    'Morning all!',
  ],
  formal: [
    'Reflecting on this term:',
    'A quick reflection:',
    'Some thoughts:',
    'For what it\u2019s worth:',
    'Professional reflection:',
    'Question for fellow leaders:',
    'From the leadership side:',
  ],
  tired: ['Send help.', 'Well.', 'Ok so', 'Honestly,', 'Me again.', 'Update:', 'Tired teacher thread:'],
  neutral: ['Quick one:', 'Ok so', 'Update:', 'Right,', 'Morning!', 'Anyone else?', 'Just a thought:'],
};
const CLOSE: Record<Mood, readonly string[]> = {
  rant: [
    'Just saying.',
    'Fight me.',
    'There, I said it.',
    'Rant over.',
    '#teacherlife',
    'Am I wrong?',
    'Don\u2019t @ me.',
    'Everyone\u2019s thinking it.',
    'lol',
    'Sorry not sorry.',
    'End of.',
    'Simple as.',
    'Do better.',
    '#staffroom',
    'x',
  ],
  polite: [
    'Just asking!',
    'Genuinely curious.',
    'Thoughts?',
    'Not trying to offend anyone.',
    'Asking for a friend.',
    'Open to being told I\u2019m wrong.',
    'Interested in views.',
    'Am I being unreasonable?',
    'Just a thought.',
    'AIBU?',
  ],
  gossip: [
    '\ud83d\udc40',
    'You didn\u2019t hear it from me.',
    'Say no more.',
    'Shh \ud83e\udd2b',
    'Just saying.',
    'Read into it what you like.',
    'Pass it on.',
    '#tea',
  ],
  cheerful: ['\u2764\ufe0f', '\ud83d\ude4c', '#proud', '#teamwork', 'Brilliant!', 'What a team.', '\ud83d\ude0a', '#teacherlife', 'x'],
  formal: ['#Education #Leadership', '#Teaching', '#EdTwitter', '#SchoolLeadership', 'Thoughts welcome.', '#CPD'],
  tired: ['\ud83d\ude29', '\u2615\u2615\u2615', '#teacherlife', 'Roll on half term.', 'Wine o\u2019clock yet?', 'Pray for me.', 'x', '\ud83e\udee0'],
  neutral: ['Thanks all!', 'x', 'Cheers.', '\ud83d\ude0a', 'Any tips welcome.', ''],
};
const EMOJI: Record<Mood, readonly string[]> = {
  rant: ['\ud83d\ude21', '\ud83e\udd2c', '\ud83d\ude44', '\ud83d\ude24', '\ud83d\udc80', '\ud83d\ude02', '\ud83e\udd37\u200d\u2640\ufe0f', '\ud83d\udd95'],
  polite: ['\ud83e\udd14', '\ud83d\ude15', '\ud83d\ude4f', '\ud83e\udd37'],
  gossip: ['\ud83d\udc40', '\ud83e\udd2d', '\ud83d\ude2c', '\ud83c\udf7f', '\ud83e\udd2b'],
  cheerful: ['\ud83c\udf89', '\u2b50', '\ud83d\udc4f', '\ud83d\udcda', '\ud83c\udf08', '\u26bd', '\ud83c\udfc6', '\ud83d\ude0d'],
  formal: ['\ud83d\udcda', '\ud83d\udc4f', '\ud83c\udf93'],
  tired: ['\ud83d\ude34', '\ud83d\ude29', '\ud83e\udd71', '\ud83d\ude35\u200d\ud83d\udcab', '\ud83d\ude2d'],
  neutral: ['\ud83d\ude0a', '\ud83d\udc4d', '\ud83d\ude42'],
};
const TAGS: Record<Mood, readonly string[]> = {
  rant: ['#teacherlife', '#staffroom', '#edutwitter', '#sorrynotsorry', '#justsaying', '#rant'],
  polite: ['#askingforafriend', '#genuinequestion', '#edutwitter', '#teachers'],
  gossip: ['#staffroomgossip', '#tea', '#teacherlife'],
  cheerful: ['#proud', '#teamwork', '#primaryschool', '#secondaryschool', '#teacherlife', '#edutwitter', '#schoollife'],
  formal: ['#Education', '#Leadership', '#Teaching', '#Inclusion', '#CPD'],
  tired: ['#teacherlife', '#teachertired', '#endofterm', '#teacherproblems'],
  neutral: ['#teachers', '#edutwitter', '#ukedchat'],
};

const TEXTSPEAK: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/\byou\b/gi, ['u', 'u', 'ya']],
  [/\byour\b/gi, ['ur', 'ur', 'yer']],
  [/\byou're\b/gi, ['ur', 'youre']],
  [/\bare\b/gi, ['r']],
  [/\bbecause\b/gi, ['cos', 'coz', 'bc']],
  [/\bthough\b/gi, ['tho']],
  [/\bpeople\b/gi, ['ppl']],
  [/\bplease\b/gi, ['pls', 'plz']],
  [/\btonight\b/gi, ['2nite', 'tonite']],
  [/\btomorrow\b/gi, ['2moro', 'tmrw']],
  [/\bgoing to\b/gi, ['gonna']],
  [/\bwant to\b/gi, ['wanna']],
  [/\bdon['\u2019]t\b/gi, ['dont', 'dnt']],
  [/\bI['\u2019]m\b/g, ['im', 'Im']],
  [/\bcan['\u2019]t\b/gi, ['cant', 'cnt']],
  [/\bthe\b/gi, ['the', 'the', 'da']],
  [/\bwith\b/gi, ['w/', 'wiv']],
  [/\bsomeone\b/gi, ['some1']],
  [/\bbefore\b/gi, ['b4']],
  [/\bfor\b/gi, ['4', 'for']],
  [/\bto\b/gi, ['2', 'to', 'to']],
  [/\band\b/gi, ['&', 'n', 'and']],
  [/\breally\b/gi, ['rly', 'rlly']],
  [/\bhonestly\b/gi, ['honestly', 'tbh', 'hnstly']],
];

/** Rewrites a post in text-speak, word by word with some probability each. */
export function textSpeak(r: Rng, s: string): string {
  let t = s;
  for (const [re, subs] of TEXTSPEAK) t = t.replace(re, (m) => (chance(r, 0.7) ? pick(r, subs) : m));
  if (chance(r, 0.5)) t = t.toLowerCase();
  if (chance(r, 0.3)) t = t.replace(/[.,]/g, '');
  if (chance(r, 0.3)) t += ' ' + pick(r, ['tbh', 'ngl', 'lol', 'smh', 'fr', 'innit', 'omg', 'idc', 'x']);
  return t;
}

const LOWERABLE = new Set([
  'The',
  'Our',
  'My',
  'Is',
  'Why',
  'This',
  'That',
  'Anyone',
  'We',
  'They',
  'Just',
  'So',
  'Another',
  'Had',
  'Can',
  'Should',
  'Would',
  'Do',
  'Does',
  'When',
  'If',
  'Any',
  'There',
  'Some',
  'Half',
  'No',
  'Not',
  'What',
  'How',
  'Every',
  'All',
  'Still',
  'Yet',
  'Been',
  'Got',
  'Nobody',
  'Whoever',
  'Apparently',
  'Seriously',
  'Those',
  'These',
  'Parents',
  'Kids',
  'New',
  'Third',
  'Finally',
  'Great',
  'Loved',
  'Love',
  'Watching',
  'Staff',
  'Second',
  'Imagine',
  'Who',
  'Surely',
  'Am',
  'Are',
  'Was',
  'Did',
  'Has',
  'Have',
  'Year',
  'Teaching',
  'Working',
  'Apparently,',
]);

/** Capitalised words a frame may open with that stay capitalised after an opener. */
const PROPER = new Set([
  'I',
  'I\u2019m',
  "I'm",
  'I\u2019ve',
  'I\u2019d',
  'I\u2019ll',
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Year',
  'Ofsted',
  'Eid',
  'Diwali',
  'Pride',
  'Black',
  'Christians',
  'Muslim',
  'Jewish',
  'Jews',
  'Sikh',
  'Hindu',
  'English',
  'British',
  'Jehovah\u2019s',
  'Catholic',
  'Roma',
  'Traveller',
  'Gypsy',
  'Chinese',
  'Nigerian',
  'Polish',
  'Christmas',
  'Friday',
  'Monday',
  'Twinkl',
  'Big',
  'Moby',
  'Vikings',
  'Ramadan',
  'Dick',
  'Black',
  'Girls\u2019',
  'Citizenship',
  'Burns',
]);

function lowerFirstWord(s: string, literal = false): string {
  const m = /^(\S+)/.exec(s);
  const w = m?.[1] ?? '';
  if (LOWERABLE.has(w)) return s.charAt(0).toLowerCase() + s.slice(1);
  // A frame's own first word (not a slot's value) is lowered unless it is a name or an acronym.
  const bare = w.replace(/[.,:;!?]+$/, '');
  if (literal && /^[A-Z]([a-z\u2019'*-]|$)/.test(bare) && !PROPER.has(bare)) return s.charAt(0).toLowerCase() + s.slice(1);
  return s;
}

const QUESTION_OPENER = /^(Genuine question|Honest question|Question for|Is it just me|Can I ask|Thoughts\?|Just asking|Anyone else\?)/;

/** A post that already opens with a hedge or question frame takes no second opener. */
const ALREADY_OPENED =
  /^(Is it just me|Not being|I[\u2019']m not|I have nothing|I[\u2019']ve nothing|Can I|Genuine|Just asking|Question|Honest|Not trying|With respect|Playing devil|Slightly|Honestly|Confession|Pro tip|Top tip|Not saying|Apparently|Heard|Word in|Am I|Ugh|Right)/;

/** Puts an opener and/or closer of the register around a post. */
export function wrap(r: Rng, s: string, mood: Mood, literal = false, pOpen = 0.3, pClose = 0.25): string {
  let t = s;
  if (chance(r, pOpen) && !ALREADY_OPENED.test(t)) {
    let o: string | null = pick(r, OPEN[mood]);
    // A question opener goes before a question only; \u201cIs it just me or\u201d before one that starts with its verb.
    if (QUESTION_OPENER.test(o) && !t.includes('?')) o = null;
    else if (/^Is it just me or$/.test(o) && !/^(is|are|do|does|should|would|can|could|has|have|did|will|was)\b/i.test(t)) o = null;
    if (o !== null) t = /[.!?:-]$|\p{Extended_Pictographic}\uFE0F?$/u.test(o) ? `${o} ${t}` : `${o} ${lowerFirstWord(t, literal)}`;
  }
  if (chance(r, pClose)) {
    const c = pick(r, CLOSE[mood]);
    if (c) t = /[.!?)\u2026]$/.test(t) || /^[#\p{Extended_Pictographic}]/u.test(c) ? `${t} ${c}` : `${t}. ${c}`;
  }
  return t;
}

/** Small surface noise: a dropped apostrophe, a shouted word, doubled punctuation. */
export function noise(r: Rng, s: string, mood: Mood): string {
  let t = s;
  if (chance(r, 0.12)) t = t.replace(/[\u2019']/g, '');
  if ((mood === 'rant' || mood === 'tired') && chance(r, 0.15)) {
    const words = t.split(' ');
    const i = Math.floor(r() * words.length);
    const w = words[i] ?? '';
    if (/^[a-z]{4,}$/.test(w)) words[i] = w.toUpperCase();
    t = words.join(' ');
  }
  if (chance(r, 0.08)) t = t.replace(/[.!]$/, pick(r, ['!!', '!!!', '...', '?!', '.']));
  if (chance(r, 0.05)) t = t.replace(/ and /, ' & ');
  if (chance(r, 0.06)) {
    // One swapped pair of letters in a longer word, as thumbs do.
    const words = t.split(' ');
    const i = Math.floor(r() * words.length);
    const w = words[i] ?? '';
    if (/^[a-z]{5,}$/.test(w)) {
      const j = 1 + Math.floor(r() * (w.length - 2));
      words[i] = w.slice(0, j) + w.charAt(j + 1) + w.charAt(j) + w.slice(j + 2);
      t = words.join(' ');
    }
  }
  return t;
}

/** Platform habits, for either label: a thread marker, Instagram's swipe, Facebook's share-if. */
const PLATFORM_AFTER = [
  '\ud83e\uddf5 1/',
  '(swipe \u27a1\ufe0f)',
  '\ud83d\udcf8',
  'Share if you agree.',
  'Copy and paste if you agree.',
  'RT if you\u2019ve been there.',
  'Comments open.',
  '(reposted from my LinkedIn)',
  'Link in bio.',
  'Edit: typo.',
];
const PLATFORM_BEFORE = [
  'Posting this in the group:',
  'Sorry for the long post.',
  'Thread:',
  'Quick Threads post:',
  'Not usually one to post on here but',
  'Long time lurker, first post.',
];

/** Everyday sentences around the point of a post, for either label, so posts are not all one sentence. */
const FILLER = [
  'Long week.',
  'Coffee number three.',
  'Anyway, back to the marking.',
  'Happy Friday all.',
  'Parents\u2019 evening tonight.',
  'Three weeks till half term.',
  'Raining again, obviously.',
  'Reports are due Monday.',
  'On the bus home now.',
  'Mocks start next week.',
  'Just got in from work.',
  'Nine hours of sleep needed.',
  'Had the day from hell with the photocopier.',
  'Dinner is beans on toast, again.',
  'Can\u2019t believe it\u2019s only Tuesday.',
  'Staff meeting ran over, as usual.',
  'Off to Zumba now.',
  'Kettle\u2019s on.',
  'What a week.',
];

function platform(r: Rng, t: string): string {
  if (chance(r, 0.5)) return `${t} ${pick(r, PLATFORM_AFTER)}`;
  const b = pick(r, PLATFORM_BEFORE);
  return /[.:]$/.test(b) ? `${b} ${t}` : `${b} ${lowerFirstWord(t)}`;
}

/** Runs a family to its quota: fill a frame, vary its surface, drop duplicates. */
export function run(r: Rng, f: Family): SynthRow[] {
  const lex: Lexicon = { ...COMMON, ...(f.lex ?? {}) };
  const moods: readonly Mood[] = f.mood === undefined ? [f.label === 'flag' ? 'rant' : 'neutral'] : typeof f.mood === 'string' ? [f.mood] : f.mood;
  const pSpeak = f.textspeak ?? (f.label === 'flag' ? 0.1 : 0.06);
  // Like lib's many(), but two posts that differ only in case, punctuation or emoji count as one.
  const seen = new Set<string>();
  const out: SynthRow[] = [];
  for (let tries = 0; out.length < f.n && tries < f.n * 30; tries++) {
    const row = make(r);
    const key = normalise(row.text);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(row);
  }
  return out;

  function make(r2: Rng): SynthRow {
    const frame = pick(r2, f.frames);
    const t = typeof frame === 'string' ? frame : frame.t;
    const mood = pick(r2, moods);
    let text = fill(r2, t, lex);
    text = text.charAt(0).toUpperCase() + text.slice(1);
    text = wrap(r2, text, mood, /^[A-Za-z]/.test(t));
    text = noise(r2, text, mood);
    if (chance(r2, 0.05)) text = platform(r2, text);
    if (chance(r2, 0.07)) text = chance(r2, 0.5) ? `${pick(r2, FILLER)} ${text}` : `${text}${/[.!?]$/.test(text) ? '' : '.'} ${pick(r2, FILLER)}`;
    if (chance(r2, pSpeak)) text = textSpeak(r2, text);
    text = decorate(r2, text, { emoji: EMOJI[mood], hashtags: TAGS[mood] });
    const also = [...(f.also ?? []), ...(typeof frame === 'string' ? [] : (frame.also ?? []))].filter((c) => c !== f.category);
    const row: SynthRow = { text, label: f.label, category: f.category, source: `conduct/${f.name}` };
    if (also.length) row.also = [...new Set(also)];
    if (f.characteristic) row.characteristic = f.characteristic;
    if (f.trap) row.trap = true;
    return row;
  }
}

/** The words of a post, for spotting near-duplicates (case, punctuation, emoji and hashtags ignored). */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/#\w+/g, ' ')
    .replace(/[^a-z0-9\u00c0-\u024f]+/g, ' ')
    .trim();
}
