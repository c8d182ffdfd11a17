/**
 * Shared lexicon, voices and the family runner for the voices part (see ../README.md, "Voices").
 *
 * A family here is a list of *core* sentences (the part that decides the label) with {slots}. The
 * runner wraps each core in a voice drawn independently of the family: a long Facebook post with
 * several sentences of context first, a short sarcastic tweet, an Instagram/Threads caption, a
 * LinkedIn reflection, a reply in a thread, text-speak, regional British phrasing or a bare status.
 * Contexts, asides and endings are shared by flagged and ok families, so the wrapper is no cue.
 */
import { chance, fill, pick, type Label, type Lexicon, type Rng, type SynthRow } from '../lib';

/** A core, optionally with its own fair extra categories. */
export type Core = string | { t: string; also?: string[] };

export interface VFamily {
  /** Family name; the row's source becomes `voices/<name>`. */
  name: string;
  n: number;
  label: Label;
  category: string;
  also?: string[];
  characteristic?: string;
  trap?: boolean;
  cores: readonly Core[];
  lex?: Lexicon;
}

const FEM = [
  'Sarah',
  'Gemma',
  'Priya',
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
  'Becky',
  'Jade',
  'Karen',
  'Julie',
  'Claire',
  'Bev',
  'Jo',
  'Helen',
  'Ngozi',
  'Agnieszka',
  'Mairead',
  'Shona',
  'Leanne',
  'Tracey',
  'Yasmin',
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
  'Ian',
  'Steve',
  'Mark',
  'Gaz',
  'Nige',
  'Andy',
  'Tariq',
  'Euan',
  'Darren',
  'Kev',
  'Phil',
  'Alistair',
  'Jamal',
  'Craig',
];
const SUR = [
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
  'Walsh',
  'Davies',
  'Mensah',
  'Singh',
  'Hussain',
  'Nowak',
  'Bennett',
  'Harris',
  'Shaw',
  'Adeyemi',
  'Fraser',
  'McLeod',
  'Price',
  'Greenwood',
  'Atkinson',
  'Doyle',
  'Baxter',
  'Pearson',
];
const KIDF = [
  'Mia',
  'Amelia',
  'Isla',
  'Ava',
  'Lily',
  'Freya',
  'Poppy',
  'Maisie',
  'Aaliyah',
  'Zara',
  'Leah',
  'Kacey',
  'Summer',
  'Ruby',
  'Niamh',
  'Oliwia',
  'Amira',
  'Hafsa',
  'Tia',
  'Esme',
  'Destiny',
  'Chantelle',
  'Skye',
  'Ellie-Mae',
];
const KIDM = [
  'Jayden',
  'Tyler',
  'Kai',
  'Harvey',
  'Alfie',
  'Mason',
  'Riley',
  'Charlie',
  'Leo',
  'Kayden',
  'Oscar',
  'Jake',
  'Ayaan',
  'Musa',
  'Kacper',
  'Reuben',
  'Finley',
  'Ollie',
  'Brandon',
  'Connor',
  'Tommy',
  'Lewis',
  'Rohan',
  'Declan',
];
const FORM = ['7B', '8C', '9X', '10Y', '11R', '9K', '8W', '10T', '7H', '11M', '6J', '5S', '4P', '3E', '9/2', '10E2', '8H3', '6 Oak', 'Class 4', 'Owls class'];
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
  'Reception',
  'Y9',
  'Yr 8',
  'Y10',
  'yr 11',
  'Year 12',
  'Y6',
  'Y4',
];
const DEPT = ['maths', 'English', 'science', 'PE', 'humanities', 'MFL', 'RE', 'geography', 'music', 'computing', 'history', 'DT', 'art'];
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
  'Parkside',
  'Westbrook Academy',
  'Thornhill High',
  'Abbey Lane',
  'Elmwood',
  'Valley Road Primary',
  'Heathfield',
  'Lowther Academy',
];
const TRUST = ['the trust', 'Horizon Learning Trust', 'the MAT', 'Pennine Schools Trust', 'Bright Futures Academy Trust', 'the academy trust', 'our trust'];
const HANDLE = [
  'sarahteaches',
  'MrsB_KS2',
  'daveh',
  'gemma.j',
  'MissK',
  'PE_Gaz',
  'priya_p',
  'teacherlife_jo',
  'bev',
  'nige_geog',
  'Rach',
  'TA_Kerry',
  'MrOkafor',
  'shona_mac',
  'helen_h',
  'kev_site',
  'Liam',
  'Yas',
  'tracey',
  'ianmaths',
];

export const SHARED: Lexicon = {
  fem: FEM,
  male: MALE,
  sur: SUR,
  kidf: KIDF,
  kidm: KIDM,
  kid: [...KIDF, ...KIDM],
  form: FORM,
  year: YEAR,
  dept: DEPT,
  school: SCHOOL,
  trust: TRUST,
  handle: HANDLE,
  // An identifiable pupil, in the ways staff name one.
  pupil: [
    '{kid} in {form}',
    '{kid} in my {year} set',
    '{kid} ({year})',
    'the {lad|girl} in {form} who {sits at the back|never brings a pen|does the hair flick|wears the massive coat}',
    '{kid} {sur}',
    'one of my {year}s',
    'little {kid} in {form}',
    '{kid} (you know the one)',
    'that {kid} in {year}',
  ],
  pupilf: [
    '{kidf} in {form}',
    '{kidf} in my {year} set',
    'the girl in {form} who {sits at the back|does the hair flick|never brings a pen}',
    '{kidf} {sur}',
    'little {kidf} in {form}',
  ],
  pupilm: [
    '{kidm} in {form}',
    '{kidm} in my {year} set',
    'the lad in {form} who {sits at the back|wears the massive coat|never brings a pen}',
    '{kidm} {sur}',
    'little {kidm} in {form}',
  ],
  parent: [
    "{kid}'s {mum|dad|mam|nan}",
    'the {mum|dad} in the {Range Rover|white van|pyjamas|Ugg boots} at pick-up',
    "{kid} {sur}'s {mum|dad}",
    'a {Year 4|Y9|Reception|Year 6} {mum|dad}',
    'the {mum|dad} who {always parks on the zigzags|emails at midnight|shouts at the gate}',
    'Mrs {sur} from the PTA',
  ],
  parentf: [
    "{kid}'s mum",
    'the mum in the {Range Rover|Ugg boots|pyjamas} at pick-up',
    "{kid} {sur}'s mum",
    'a {Year 4|Y9|Reception} mum',
    'Mrs {sur} from the PTA',
  ],
  colf: [
    '{fem} in {dept}',
    'Mrs {sur}',
    'Miss {sur}',
    'our head of {dept}, {fem},',
    'our {SENCo|business manager|new ECT|deputy head}, {fem},',
    '{fem} on reception',
    'my job share {fem}',
    '{fem} {sur}',
  ],
  colm: [
    '{male} in {dept}',
    'Mr {sur}',
    'our head of {dept}, {male},',
    'our {site manager|new ECT|deputy head|PE coach}, {male},',
    '{male} the caretaker',
    '{male} {sur}',
    'the new {dept} teacher {male}',
  ],
  col: ['{colf}', '{colm}'],
  head: ['our head', 'the head', 'our headteacher', 'Mr {sur} (the head)', 'Mrs {sur}, our head', 'the exec head', 'our new principal'],
  slt: [
    'SLT',
    'our SLT',
    'the leadership team',
    'the senior team',
    'our governors',
    '{trust}',
    'the head and her minions',
    'the suits at {trust}',
    'the chair of governors',
  ],
  cls: ['{form}', 'my {year} set', '{year}', 'my {year} class', 'period 5 {year}', 'bottom set {year}', 'my form {form}'],
  town: [
    'Barnsley',
    'Wigan',
    'Grimsby',
    'Stoke',
    'Doncaster',
    'Sunderland',
    'Rochdale',
    'Walsall',
    'Luton',
    'Swindon',
    'Bolton',
    'Hartlepool',
    'Merthyr',
    'Kilmarnock',
    'Derby',
    'Leicester',
  ],
  drink: [
    'a bottle of red',
    'two bottles of prosecco',
    'half a bottle of gin',
    'a box of wine',
    'six cans of Stella',
    'a large Pinot',
    'the rest of the rosé',
    'three gin and tonics',
  ],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Sunday'],
};

// ---------------------------------------------------------------- wrappers shared by every family
const CONTEXT = [
  'Been up since {half five|5am|quarter to six}.',
  "Parents' evening ran till {half eight|nine|gone 8} last night.",
  'The photocopier jammed {three|four|five} times before 8am.',
  "Car wouldn't start this morning so I got a lift off {fem}.",
  "Week {four|six|seven|nine} of term and the heating still isn't fixed in my room.",
  'Had a {learning walk|drop-in|book look|deep dive} first thing.',
  'Lunch was a yoghurt eaten standing up in the corridor.',
  'Did bus duty in the rain again.',
  "It's been one of those weeks.",
  'So {Monday|Tuesday|Wednesday|Thursday} happened.',
  'Right, long one, get a brew.',
  'Not been on here in ages, been snowed under with {mocks|reports|data drop|SATs prep|the Christmas play}.',
  'Staff briefing overran by twenty minutes again.',
  'My {daughter|son|dog|cat} kept me up half the night.',
  'The kettle in the staffroom has finally died.',
  'Three cover lessons this week on top of my own.',
  "The wifi's been down all day so everything's on paper.",
  'Fire alarm sounded halfway through {period 2|assembly|lunch|my observation}.',
  "Report writing season, so I'm living on biscuits.",
  'Drove in behind a tractor for twenty minutes.',
  "I've had a brew go cold on my desk three times today.",
  "Just back from {a governors' meeting|a twilight INSET|after-school club|a trip to the dentist}.",
  "Honestly don't know where this term has gone.",
  'Finally sat down with a cuppa for the first time since seven.',
  'Rained all day, wet play both breaks.',
  'Been doing this job {twelve|eighteen|twenty|six|three} years now.',
  'Got home at {half six|seven|gone six} and the house was a tip.',
  "Nobody warns you about {data drops|lanyards in the wash|parents' evening voice} in teacher training.",
  'The new timetable landed today.',
  'Sports day got moved for the third time.',
];
const REGIONAL_CONTEXT = [
  'Our kid rang me at half six this morning, proper mardy about summat.',
  "It's been nowt but rain all week, bairns were climbing the walls.",
  'Absolutely chucking it down up here.',
  'Wee ones were hyper today, full moon or summat.',
  "Popped to me mam's after work for me tea.",
  'Been a proper long day, I tell thee.',
  "Tea was chips from the chippy, couldn't be bothered.",
  'Well that were a day and a half.',
  'Bairns were mint on the trip, mind.',
  "It's baltic in my classroom, the radiator's knackered.",
  'Nowt on telly so here I am.',
  'Ey up.',
  'Aye, another week done.',
  'Been a right shambles today, hen.',
  "I'm cream crackered, our kid.",
];
const BRIDGE = [
  'Anyway.',
  'So.',
  'Which brings me to today.',
  "But that's not even the point.",
  'Anyway, the real news:',
  'And then this.',
  'On top of all that,',
  'Then,',
  'Anyway, moving on.',
];
const ASIDE = [
  '(not that anyone asked)',
  "(don't tell my mum)",
  'Honestly though.',
  'Not even sorry.',
  'lol',
  "I'm not joking.",
  'Just saying.',
  'Read into it what you like.',
  "You couldn't make it up.",
  'Genuinely.',
  'Thoughts?',
  'Anyone else?',
  'Is it Friday yet?',
  "Right, I'm off to bed.",
  "I'll say no more.",
  'Classic.',
];
const ENDING = [
  'Rant over.',
  'Send wine.',
  "Wine o'clock.",
  'Roll on half term.',
  'Living the dream.',
  'Love this job really.',
  'Night all x',
  'Bed.',
  'Kettle on.',
  '🙃',
  '😂😂',
  'x',
  'Happy Friday!',
  'Only 6 weeks to go.',
  'What a week.',
  'Off for a bath.',
  'Who knows.',
  'Send help.',
  'Same time tomorrow.',
];
const TWEET_TAIL = [
  'Love that for me.',
  'Living the dream.',
  'Normal day then.',
  'Thriving.',
  'Cool cool cool.',
  'Brilliant.',
  'Great start to the week.',
  'Sigh.',
  'Anyway.',
  'Fab.',
  'Nailed it.',
  'Very normal.',
  '🙃',
  '💀',
  '😂',
  'Send help.',
  'Such fun.',
];
const TWEET_HEAD = ['Me:', 'Plot twist:', 'Today:', 'PSA:', 'Hot take:', 'Just gonna say it.', 'Update:', 'Honestly,', 'POV:', 'Teacher life:'];
const LINKEDIN_HEAD = [
  'A reflection after {twelve|fifteen|twenty} years in education.',
  'This has been on my mind for days.',
  'Something I rarely say out loud.',
  'Lessons from this term:',
  'Leadership is hard. Teaching is harder.',
  "I'll be honest with my network.",
  'A short story from my classroom.',
  'What nobody tells you about school life.',
];
const LINKEDIN_TAIL = [
  'Thoughts welcome.',
  'Agree?',
  'Would love to hear from other educators.',
  '#Education #Leadership',
  '#TeacherWellbeing',
  '#EdTwitter #Teaching',
  'Grateful for this profession.',
  'Food for thought.',
  'Repost if this resonates.',
];
const REPLY_HEAD = [
  'honestly',
  'this 😂',
  'same here,',
  'ha, wait till you hear this:',
  'not gonna lie',
  'omg yes.',
  "don't get me started,",
  'lol',
  'snap!',
  'tell me about it.',
  "you think that's bad?",
  'aww,',
  'ha!',
  'seriously though,',
];
const EMOJI = ['😂', '🙃', '😩', '🍷', '☕', '💀', '🙈', '😬', '❤️', '🎉', '🤣', '😅', '📚', '✨', '🙌', '👀', '🤷‍♀️', '😴', '🍂', '☀️'];
const HASHTAG = [
  '#teacherlife',
  '#teachersofinstagram',
  '#ukteachers',
  '#edutwitter',
  '#primaryteacher',
  '#secondaryteacher',
  '#TAlife',
  '#schoollife',
  '#friyay',
  '#teacherproblems',
  '#mondaymood',
  '#staffroom',
  '#halfterm',
  '#wellbeing',
  '#teachertired',
  '#UKEd',
  '#realtalk',
  '#nofilter',
];

const REGIONAL_SWAP: ReadonlyArray<[RegExp, string]> = [
  [/\bvery\b/g, 'proper'],
  [/\breally\b/g, 'right'],
  [/\bnothing\b/g, 'nowt'],
  [/\bsomething\b/g, 'summat'],
  [/\bchildren\b/g, 'bairns'],
  [/\bkids\b/g, 'bairns'],
  [/\blittle\b/g, 'wee'],
  [/\bgreat\b/g, 'mint'],
  [/\bmy brother\b/g, 'our kid'],
  [/\bmy\b/g, 'me'],
  [/\bgrumpy\b/g, 'mardy'],
  [/\bmum\b/g, 'mam'],
  [/\blad\b/g, 'laddie'],
  [/\byes\b/gi, 'aye'],
];
const TEXTSPEAK: ReadonlyArray<[RegExp, string]> = [
  [/\byou're\b/gi, 'ur'],
  [/\byou\b/gi, 'u'],
  [/\byour\b/gi, 'ur'],
  [/\bbecause\b/gi, 'cos'],
  [/\btonight\b/gi, '2nite'],
  [/\btomorrow\b/gi, 'tmrw'],
  [/\bgoing to (be|do|go|have|get|lose|scream|need|say|make|take|swing|put|key|wring|knock)\b/gi, 'gonna $1'],
  [/\bto be honest\b/gi, 'tbh'],
  [/\bhonestly\b/gi, 'tbh'],
  [/\bare\b/gi, 'r'],
  [/\bpeople\b/gi, 'ppl'],
  [/\bplease\b/gi, 'pls'],
  [/\bthough\b/gi, 'tho'],
  [/\bwith\b/gi, 'w'],
  [/\bsomeone\b/gi, 'sum1'],
  [/\bfor\b/gi, '4'],
  [/\bI don't know\b/gi, 'idk'],
  [/\bthanks\b/gi, 'thx'],
  [/\bokay\b/gi, 'ok'],
  [/\bwhat\b/gi, 'wot'],
  [/\bbe\b/gi, 'b'],
  [/\bsee\b/gi, 'c'],
  [/\bto\b/gi, '2'],
  [/'/g, ''],
];

const PROPER = new Set([
  ...FEM,
  ...MALE,
  ...KIDF,
  ...KIDM,
  ...SUR,
  'I',
  "I'm",
  "I've",
  "I'd",
  "I'll",
  'Mr',
  'Mrs',
  'Miss',
  'Ms',
  'Year',
  'Reception',
  'Nursery',
  'SLT',
  'PE',
  'DofE',
  'RSE',
  'CPD',
  'INSET',
  'Ofsted',
  'Macbeth',
  'Lord',
  'Romeo',
  'Of',
  'An',
  'Children',
  'World',
  'Christmas',
  'Macmillan',
  'Sunday',
  'Saturday',
  'Monday',
  'Friday',
  'Staff',
  'Dear',
  'Hot',
  'Set',
  'Governors',
  'Teaching',
  'Fuck',
  'Bollocks',
  'Pro',
]);

/** Lower-cases the first letter after an opener, unless the first word is a name or an acronym. */
function lowerFirst(s: string): string {
  const w = (s.match(/^[A-Za-z'’-]+/)?.[0] ?? '').replace(/'s$/, '');
  if (!w || PROPER.has(w) || /^[A-Z0-9]{2,}/.test(w) || /^[A-Z]\d/.test(s) || /^[A-Z][a-z]+ (in|from|on)\b/.test(s)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}
/** After a head that ends a sentence, the core keeps its capital. */
function join(head: string, core: string): string {
  return /[.?!:]$/.test(head) && !/^(Confession|PSA|Update|Today|Plot twist|Hot take|Teacher life|POV|Me|True story):$/.test(head)
    ? `${head} ${core}`
    : `${head} ${lowerFirst(core)}`;
}
function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function some<T>(r: Rng, xs: readonly T[], k: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < k * 4 && out.length < k; i++) {
    const x = pick(r, xs);
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

export type Voice = 'facebook' | 'tweet' | 'caption' | 'linkedin' | 'reply' | 'textspeak' | 'regional' | 'status';
export const VOICES: ReadonlyArray<[Voice, number]> = [
  ['facebook', 24],
  ['tweet', 15],
  ['caption', 12],
  ['linkedin', 7],
  ['reply', 14],
  ['textspeak', 10],
  ['regional', 10],
  ['status', 8],
];

function drawVoice(r: Rng): Voice {
  const total = VOICES.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of VOICES) {
    if ((x -= w) < 0) return v;
  }
  return 'status';
}

/** Wraps a filled core in a voice. Every wrapper list is shared by all families. */
export function voice(r: Rng, v: Voice, core: string): string {
  const ctx = (k: number) => some(r, CONTEXT, k).map((c) => fill(r, c, SHARED));
  switch (v) {
    case 'facebook': {
      const parts = ctx(1 + Math.floor(r() * 3));
      if (chance(r, 0.5)) parts.push(pick(r, BRIDGE));
      parts.push(parts.length && /[,:]$/.test(parts[parts.length - 1] ?? '') ? lowerFirst(core) : core);
      if (chance(r, 0.4)) parts.push(pick(r, ASIDE));
      if (chance(r, 0.6)) parts.push(pick(r, ENDING));
      return parts.join(' ');
    }
    case 'tweet': {
      let t = chance(r, 0.35) ? join(pick(r, TWEET_HEAD), core) : core;
      if (chance(r, 0.7)) t += ' ' + pick(r, TWEET_TAIL);
      return t;
    }
    case 'caption': {
      let t = core;
      if (chance(r, 0.3)) t = pick(r, ASIDE) === 'lol' ? t : t + ' ' + pick(r, ASIDE);
      t += ' ' + some(r, EMOJI, 1 + Math.floor(r() * 3)).join('');
      t += '\n' + some(r, HASHTAG, 2 + Math.floor(r() * 3)).join(' ');
      return t;
    }
    case 'linkedin': {
      const parts = [fill(r, pick(r, LINKEDIN_HEAD), SHARED)];
      if (chance(r, 0.6)) parts.push(...ctx(1));
      parts.push(core);
      parts.push(pick(r, LINKEDIN_TAIL));
      return parts.join('\n\n');
    }
    case 'reply': {
      const h = fill(r, '@{handle}', SHARED);
      return `${h} ${join(pick(r, REPLY_HEAD), core)}${chance(r, 0.3) ? ' ' + pick(r, ASIDE) : ''}`;
    }
    case 'textspeak': {
      let t = core + (chance(r, 0.4) ? ' ' + pick(r, ENDING) : '');
      for (const [re, s] of TEXTSPEAK) t = t.replace(re, s);
      t = t.toLowerCase().replace(/,/g, chance(r, 0.5) ? '' : ',');
      if (chance(r, 0.4)) t = t.replace(/\.(\s|$)/g, '$1');
      const tag = pick(r, ['lol', 'omg', 'ffs', 'smh', 'fml', 'haha', 'lmao', 'ngl', 'tbh', 'x', 'istg', 'jfc']);
      return chance(r, 0.35) ? `${tag} ${t}` : `${t} ${tag}`;
    }
    case 'regional': {
      const parts: string[] = [];
      if (chance(r, 0.8)) parts.push(pick(r, REGIONAL_CONTEXT));
      let c = core;
      for (const [re, s] of REGIONAL_SWAP) if (chance(r, 0.6)) c = c.replace(re, s);
      parts.push(c);
      if (chance(r, 0.4))
        parts.push(
          pick(r, [
            'Ta-ra.',
            "I'm off for me tea.",
            "Mardy doesn't cover it.",
            'Proper fuming.',
            'Nowt else to say.',
            'Aye.',
            'Mint.',
            'Pet, honestly.',
            'Wee bit much.',
          ]),
        );
      return parts.join(' ');
    }
    default:
      return core + (chance(r, 0.4) ? ' ' + pick(r, ENDING) : '');
  }
}

/** Case, punctuation and spacing noise applied to every voice alike. */
function noise(r: Rng, t: string): string {
  if (chance(r, 0.06)) t = t.replace(/'/g, '');
  if (chance(r, 0.05)) t = t.replace(/\.( |$)/, '!!$1');
  if (chance(r, 0.05)) t = t.replace(/ and /, ' & ');
  if (chance(r, 0.04)) t = t.toLowerCase();
  return t
    .replace(/[ \t]+/g, ' ')
    .replace(/ +\n/g, '\n')
    .trim();
}

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/#\w+/g, ' ')
    .replace(/@\w[\w.]*/g, ' ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const LEAD = [
  'Between you and me, ',
  'Confession: ',
  'Not gonna lie, ',
  'Ok so ',
  'Can I just say, ',
  'True story: ',
  'Small thing but ',
  'Right. ',
  'Well. ',
  'Honestly? ',
];

/** fill() until no slot is left (a filled value may itself hold a slot). */
function fillAll(r: Rng, t: string, lex: Lexicon): string {
  let s = t;
  for (let i = 0; i < 6 && /\{[^{}]+\}/.test(s); i++) {
    s = fill(r, s, lex);
  }
  return s;
}

/** Runs a family: draws a core, fills it, wraps it in a voice, adds noise; drops duplicates. */
export function run(r: Rng, f: VFamily, seen: Set<string>): SynthRow[] {
  const lex: Lexicon = { ...SHARED, ...(f.lex ?? {}) };
  const out: SynthRow[] = [];
  for (let tries = 0; out.length < f.n && tries < f.n * 30; tries++) {
    const core = pick(r, f.cores);
    const t = typeof core === 'string' ? core : core.t;
    let filled = upperFirst(
      fillAll(r, t, lex)
        .replace(/\s+/g, ' ')
        .replace(/,'s\b/g, "'s")
        .replace(/ \([^()]*\)'s\b/g, "'s")
        .replace(/ ,/g, ',')
        .replace(/,,/g, ',')
        .replace(/,([.!?:])/g, '$1')
        .trim(),
    );
    if (chance(r, 0.15)) filled = join(pick(r, LEAD).trim(), filled);
    const text = noise(r, voice(r, drawVoice(r), filled));
    const key = normalise(text);
    if (seen.has(key) || text.length < 12) continue;
    seen.add(key);
    const also = [...(f.also ?? []), ...(typeof core === 'string' ? [] : (core.also ?? []))].filter((a, i, xs) => a !== f.category && xs.indexOf(a) === i);
    const row: SynthRow = { text, label: f.label, category: f.category, source: `voices/${f.name}` };
    if (also.length) row.also = also;
    if (f.characteristic) row.characteristic = f.characteristic;
    if (f.trap) row.trap = true;
    out.push(row);
  }
  return out;
}
