/**
 * Shared word lists for the people part: names from many backgrounds, year groups and forms,
 * staff roles, platforms, openers, endings, fillers, emoji. The openers, endings and fillers are
 * shared by flagged and ok posts alike so that the surface of a post is no cue to its label.
 */
import { chance, pick, type Lexicon, type Rng } from '../lib';

export const BOYS = [
  'Harvey', 'Mason', 'Jayden', 'Oliver', 'Alfie', 'Noah', 'Leo', 'Charlie', 'George', 'Freddie', 'Archie', 'Theo', 'Oscar',
  'Jack', 'Harry', 'Riley', 'Tyler', 'Kai', 'Callum', 'Liam', 'Connor', 'Reece', 'Kieran', 'Declan', 'Ciaran', 'Fraser',
  'Euan', 'Rhys', 'Dylan', 'Owain', 'Cai', 'Finley', 'Logan', 'Ethan', 'Lewis', 'Jamie', 'Brandon', 'Kayden', 'Bailey',
  'Muhammad', 'Mohammed', 'Ibrahim', 'Yusuf', 'Hamza', 'Bilal', 'Zayn', 'Ayaan', 'Rayyan', 'Arjun', 'Rohan', 'Aarav',
  'Dev', 'Harjeet', 'Gurpreet', 'Sahil', 'Tariq', 'Imran', 'Abdi', 'Mahad', 'Abdirahman', 'Kwame', 'Kofi', 'Tobi',
  'Femi', 'Chidi', 'Emeka', 'Tunde', 'Jermaine', 'Marcus', 'Tyrone', 'Andre', 'Malachi', 'Jaheim', 'Kacper', 'Jakub',
  'Szymon', 'Filip', 'Mateusz', 'Andrei', 'Luca', 'Matei', 'Darius', 'Lukas', 'Dominykas', 'Tomas', 'Emre', 'Mehmet',
  'Kerem', 'Baran', 'Omar', 'Yousef', 'Ali', 'Hassan', 'Wei', 'Jun', 'Hao', 'Minh', 'Duc', 'Tiago', 'Rafael', 'Joao',
  'Diego', 'Mateo', 'Jonah', 'Reuben', 'Eli', 'Sonny', 'Frankie', 'Tommy', 'Billy', 'Ronnie', 'Alexander', 'Sebastian',
  'Kenzo', 'Ezra', 'Jude', 'Arlo', 'Stanley', 'Bobby', 'Lenny', 'Dexter', 'Caleb', 'Joel', 'Samuel', 'Nathan', 'Aiden',
];

export const GIRLS = [
  'Amelia', 'Olivia', 'Isla', 'Ava', 'Mia', 'Ivy', 'Freya', 'Lily', 'Poppy', 'Grace', 'Evie', 'Ella', 'Rosie', 'Willow',
  'Isabella', 'Sophie', 'Chloe', 'Jessica', 'Megan', 'Lauren', 'Courtney', 'Chantelle', 'Kayleigh', 'Tegan', 'Niamh',
  'Aoife', 'Siobhan', 'Orla', 'Eilidh', 'Skye', 'Cerys', 'Seren', 'Ffion', 'Carys', 'Leah', 'Summer', 'Paige', 'Lacey',
  'Aisha', 'Amira', 'Fatima', 'Maryam', 'Zainab', 'Hafsa', 'Khadija', 'Safa', 'Inaya', 'Anaya', 'Priya', 'Simran',
  'Anjali', 'Harleen', 'Jaspreet', 'Nadia', 'Sana', 'Ayesha', 'Hodan', 'Ifrah', 'Sagal', 'Nasra', 'Amara', 'Chioma',
  'Adaeze', 'Folake', 'Temi', 'Abena', 'Ama', 'Esi', 'Shanice', 'Keisha', 'Tianna', 'Jada', 'Zuzanna', 'Julia', 'Natalia',
  'Wiktoria', 'Maja', 'Ioana', 'Bianca', 'Alexandra', 'Gabija', 'Ugne', 'Elif', 'Zeynep', 'Defne', 'Leyla', 'Noor',
  'Layla', 'Mariam', 'Yasmin', 'Mei', 'Xin', 'Lin', 'Linh', 'Thuy', 'Beatriz', 'Ines', 'Mariana', 'Sofia', 'Lucia',
  'Hannah', 'Rebecca', 'Esther', 'Darcy', 'Harper', 'Ruby', 'Daisy', 'Florence', 'Matilda', 'Maisie', 'Millie', 'Bella',
  'Eva', 'Esme', 'Phoebe', 'Imogen', 'Lola', 'Nevaeh', 'Kaci', 'Tilly', 'Hollie', 'Jasmine', 'Erin', 'Caitlin', 'Zara',
];

export const SURNAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright', 'Hughes',
  'Green', 'Hall', 'Wood', 'Clarke', 'Jackson', 'Turner', 'Hill', 'Moore', 'Harris', 'Cooper', 'Ward', 'Morris', 'King',
  'Baker', 'Price', 'Bennett', 'Griffiths', 'Lloyd', 'Pritchard', 'Davies', 'Morgan', 'MacDonald', 'Campbell', 'Stewart',
  "O'Neill", "O'Brien", 'Murphy', 'Kelly', 'Doyle', 'Byrne', 'Khan', 'Ahmed', 'Hussain', 'Ali', 'Begum', 'Rahman',
  'Miah', 'Uddin', 'Patel', 'Shah', 'Singh', 'Kaur', 'Sharma', 'Gill', 'Sandhu', 'Mahmood', 'Iqbal', 'Akhtar', 'Yusuf',
  'Abdi', 'Mohamed', 'Warsame', 'Okafor', 'Adeyemi', 'Okonkwo', 'Mensah', 'Boateng', 'Owusu', 'Asante', 'Campbell',
  'Francis', 'Grant', 'Reid', 'Nowak', 'Kowalski', 'Wiśniewski', 'Lewandowska', 'Popescu', 'Ionescu', 'Kazlauskas',
  'Yilmaz', 'Demir', 'Kaya', 'Chen', 'Wang', 'Li', 'Nguyen', 'Tran', 'Silva', 'Santos', 'Ferreira', 'Costa', 'Rossi',
  'Cohen', 'Levy', 'Fernandes', 'Da Costa', 'Lee', 'Kim', 'Novak', 'Horvat', 'Petrov', 'Ivanova',
];

export const TITLES = ['Mr', 'Mrs', 'Miss', 'Ms', 'Dr', 'Mr', 'Mrs', 'Miss'];

export const STAFF_F = [
  'Sarah', 'Emma', 'Claire', 'Rachel', 'Kate', 'Helen', 'Laura', 'Jo', 'Nicola', 'Gemma', 'Becky', 'Vicky', 'Louise', 'Amy', 'Hayley', 'Steph', 'Lisa', 'Michelle', 'Donna', 'Bev', 'Sue', 'Jackie', 'Tracey', 'Priya', 'Nadia', 'Shazia', 'Farzana', 'Rukhsana', 'Sunita', 'Yetunde', 'Ngozi', 'Abi', 'Marcia', 'Aga', 'Magda', 'Siobhan', 'Mairead', 'Rhian',
];
export const STAFF_M = [
  'Dave', 'Steve', 'Mark', 'Paul', 'Chris', 'Gareth', 'Rob', 'Andy', 'Matt', 'Tom', 'James', 'Dan', 'Ben', 'Gav', 'Ian', 'Phil', 'Darren', 'Lee', 'Imran', 'Asif', 'Raj', 'Sanjay', 'Kwesi', 'Femi', 'Winston', 'Piotr', 'Marek', 'Connor', 'Sean', 'Hamish', 'Dafydd', 'Ollie', 'Jonny', 'Ravi', 'Tariq', 'Olu', 'Dele', 'Theo', 'Nick', 'Simon',
];
export const STAFF_FIRST = [...STAFF_F, ...STAFF_M];

export const SUBJECTS = [
  'maths', 'English', 'science', 'history', 'geography', 'RE', 'PE', 'music', 'art', 'drama', 'DT', 'computing',
  'French', 'Spanish', 'German', 'food tech', 'PSHE', 'business', 'psychology', 'sociology', 'chemistry', 'physics',
  'biology', 'media studies', 'Latin', 'health and social care',
];

export const PRIMARY_CLASSES = [
  'Oak', 'Willow', 'Ash', 'Birch', 'Hazel', 'Rowan', 'Owls', 'Hedgehogs', 'Foxes', 'Badgers', 'Kestrels', 'Robins',
  'Otters', 'Squirrels', 'Butterflies', 'Ladybirds', 'Penguins', 'Dolphins', 'Elm', 'Maple', 'Puffins', 'Wrens',
];

export const FORM_LETTERS = ['X', 'Y', 'B', 'C', 'R', 'T', 'J', 'K', 'M', 'S', 'H', 'W', 'N', 'G', 'A', 'P', 'L', 'D', 'F', 'E'];

export const SCHOOL_WORDS = [
  'Oakfield', 'St Mary\'s', 'Holy Trinity', 'Riverside', 'Meadowbank', 'Hillcrest', 'Westfield', 'Parkside', 'Greenacres',
  'St Joseph\'s', 'Ashton Park', 'Kingsmead', 'Brookvale', 'Fairfield', 'Highgate Lane', 'Moorside', 'Beechwood',
  'Castle View', 'Springfield', 'Northgate', 'Wellington Road', 'Burnside', 'Abbey Grange', 'Lime Tree', 'Harbour Side',
];

export const PLACES = [
  'the Co-op on Station Road', 'the rec behind the church', 'Victoria Park', 'the skate park', 'the bus station',
  'McDonald\'s on the high street', 'the canal path', 'Asda car park', 'the library', 'the leisure centre',
  'the chippy on Mill Lane', 'the underpass by the ring road', 'the playing fields on Oak Avenue', 'the Tesco Express',
  'the bus stop outside the Red Lion', 'the precinct', 'the bandstand in the park', 'the station', 'Greggs in town',
  'the woods behind the estate', 'the retail park', 'the Spar on Church Street', 'the footbridge over the railway',
];

export const STREETS = [
  'Station Road', 'Mill Lane', 'Church Street', 'Oak Avenue', 'Victoria Road', 'Park Crescent', 'the Parkway',
  'Beech Grove', 'Queen Street', 'Albert Terrace', 'Manor Way', 'Green Lane', 'Chapel Street', 'Brook Close',
  'Windsor Drive', 'the Meadows estate', 'Castle Street', 'Hawthorn Road',
];

export const PLATFORMS = ['Facebook', 'Insta', 'Instagram', 'Twitter', 'X', 'Threads', 'LinkedIn', 'TikTok'];

export const EMOJI_SAD = ['😔', '😢', '💔', '🙏', '😞', '🥺', '🙁', '😩', '🫠', '😮‍💨'];
export const EMOJI_HAPPY = ['🥰', '😊', '🌟', '⭐', '👏', '🎉', '💜', '❤️', '🙌', '😍', '💪', '✨', '🏆', '👍'];
export const EMOJI_ANNOYED = ['🙄', '😤', '🤦‍♀️', '🤦‍♂️', '😡', '🤬', '😑', '🤯', '😒', '🫣'];
export const EMOJI_ANY = [...EMOJI_SAD, ...EMOJI_HAPPY, ...EMOJI_ANNOYED, '😂', '🤣', '☕', '🍷', '📚', '✏️', '🍎', '👀'];

export const HASHTAGS = [
  '#teacherlife', '#edutwitter', '#teachersofinstagram', '#ukedchat', '#primaryteacher', '#secondaryteacher', '#SENCO',
  '#TAlife', '#teaching', '#NQT', '#ECT', '#schoollife', '#teachertired', '#mondaymotivation', '#fridayfeeling',
  '#staffroom', '#education', '#proudteacher', '#edchat', '#UKEd', '#teacherproblems', '#weareteachers',
];

/** Years 0 (Reception) to 13. */
export function yearLabel(r: Rng, y: number): string {
  if (y === 0) return pick(r, ['Reception', 'Reception', 'YR', 'EYFS', 'Foundation']);
  if (y >= 12 && chance(r, 0.25)) return pick(r, y === 12 ? ['sixth form', 'Year 12', 'L6', 'Y12'] : ['sixth form', 'Year 13', 'U6', 'Y13']);
  const words = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Thirteen'];
  const f = r();
  if (f < 0.45) return `Year ${y}`;
  if (f < 0.7) return `Y${y}`;
  if (f < 0.8) return `Yr${y}`;
  if (f < 0.88) return `yr ${y}`;
  if (f < 0.95) return `year ${y}`;
  return `Year ${words[y - 1] ?? y}`;
}

/** A form / class code for a year: 10X, 7B, 6C, 9R2, 4 Oak, 8/Ma. */
export function formCode(r: Rng, y: number): string {
  if (y === 0) return pick(r, ['Reception', 'RB', 'RJ', 'Class R', 'Reception ' + pick(r, PRIMARY_CLASSES)]);
  if (y <= 6) {
    const f = r();
    if (f < 0.45) return `${y}${pick(r, FORM_LETTERS)}`;
    if (f < 0.65) return `Y${y}${pick(r, FORM_LETTERS)}`;
    if (f < 0.85) return `${pick(r, PRIMARY_CLASSES)} class`;
    return `Class ${y}`;
  }
  const f = r();
  if (f < 0.6) return `${y}${pick(r, FORM_LETTERS)}`;
  if (f < 0.72) return `${y}${pick(r, FORM_LETTERS)}${1 + Math.floor(r() * 4)}`;
  if (f < 0.82) return `${y}/${pick(r, ['Ma', 'Sc', 'En', 'Hi', 'Gg', 'Fr'])}${1 + Math.floor(r() * 5)}`;
  if (f < 0.92) return `${y}${pick(r, ['X', 'Y'])}`;
  return `${y}-${pick(r, FORM_LETTERS)}`;
}

export function staffName(r: Rng): string {
  const f = r();
  if (f < 0.55) return `${pick(r, TITLES)} ${pick(r, SURNAMES)}`;
  if (f < 0.85) return pick(r, STAFF_FIRST);
  return `${pick(r, STAFF_FIRST)} ${pick(r, SURNAMES)}`;
}

/** The shared lexicon: fillers and surface slots that flagged and ok families both use. */
export const BASE: Lexicon = {
  school: SCHOOL_WORDS,
  subject: SUBJECTS,
  place: PLACES,
  street: STREETS,
  platform: PLATFORMS,
  sadmoji: EMOJI_SAD,
  happymoji: EMOJI_HAPPY,
  annoyedmoji: EMOJI_ANNOYED,
  anymoji: EMOJI_ANY,
  staff: (r) => staffName(r),
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'today', 'this morning', 'this afternoon', 'yesterday', 'tonight'],
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  time: ['3:15', '3.20', '3:30', 'half 3', 'about 4', '8:10', 'quarter past 8', '4.30', 'five-ish', '6pm'],
  num: ['2', '3', '4', '5', 'two', 'three', 'four', 'six'],
  open: [
    'Status: ', 'Tired teacher thoughts: ', 'Need to get this off my chest. ', 'From the staffroom: ', 'Right then. ', 'Morning all. ', 'Evening all. ',
    '', '', '', '', '', '', '', 'Honestly, ', 'Not gonna lie, ', 'Ugh. ', 'Right. ', 'Long day. ', 'Quick one: ', 'Vent incoming. ',
    'Can I just say ', 'So ', 'Well. ', 'Okay so ', 'Ok so ', 'Update: ', 'PSA: ', 'Today\'s news: ', 'Story time. ', 'Just saying, ',
    'Small win: ', 'Sigh. ', 'Lol ', 'Oh my days. ', 'Friday feeling: ', 'Monday already. ', 'Me again. ', 'Real talk: ',
    'Genuine question: ', 'Blimey. ', 'Well that was a week. ', 'Brew in hand. ', 'Bit of a reflective one tonight. ',
  ],
  close: [
    ' — feeling exhausted.', ' — feeling emotional.', ' — feeling blessed.', ' — feeling drained.', ' Anyone else?', ' Just me then.', ' Night all x', ' Cheers for listening.',
    '', '', '', '', '', '', '', ' Send wine.', ' Send coffee.', ' Rant over.', ' Love my job really.', ' Any advice welcome x',
    ' Thoughts?', ' What a day.', ' Bed.', ' Never a dull moment.', ' Only 3 weeks till half term.', ' Is it the holidays yet?',
    ' #teacherlife', ' 🙃', ' x', ' xx', ' Just me?', ' Wish me luck.', ' Onwards.', ' Tomorrow\'s another day.',
    ' That\'s teaching for you.', ' Anyway.', ' Such is life.', ' Back to the marking.', ' Roll on Friday.', ' Gin o\'clock.',
  ],
  filler: [
    'Parents\' evening till 8 tonight.', 'Still haven\'t touched my marking.', 'Coffee number four.', 'Fire drill in the rain, naturally.',
    'Wet play again.', 'Photocopier jammed twice before 8am.', 'Duty on the field in a gale.', 'Learning walk this morning.',
    'Book scrutiny next week.', 'Mocks start Monday.', 'Sports day got rained off.', 'No PPA this week.', 'Cover for the third time today.',
    'Lunch was a biscuit.', 'Data drop due Friday.', 'Training day tomorrow.', 'Nativity rehearsals all afternoon.',
    'Marking 90 books this weekend.', 'Someone nicked my stapler.', 'Reports due in.', 'INSET day was actually useful for once.',
    'Staff briefing ran over.', 'Half term can\'t come soon enough.', 'SATs prep is relentless.', 'Moderation this week.',
  ],
};

/** Text-speak, chatty and exasperated registers, applied after a template is filled. */
export function register(r: Rng, text: string): string {
  let t = text;
  const f = r();
  if (f < 0.12) {
    // text-speak
    t = t
      .replace(/\byou\b/gi, 'u')
      .replace(/\bare\b/g, 'r')
      .replace(/\bbecause\b/gi, 'cos')
      .replace(/\btonight\b/gi, '2nite')
      .replace(/\btomorrow\b/gi, 'tmrw')
      .replace(/\bgoing to\b/gi, 'gonna')
      .replace(/\bI'm\b/g, 'im')
      .replace(/\bdon't\b/gi, 'dont')
      .replace(/\bcan't\b/gi, 'cant')
      .replace(/\bthough\b/gi, 'tho')
      .replace(/\bplease\b/gi, 'pls')
      .replace(/\bpeople\b/gi, 'ppl')
      .replace(/\bwith\b/gi, 'w/')
      .replace(/\bsomeone\b/gi, 'some1')
      .replace(/'/g, '');
  } else if (f < 0.2) {
    t = t.replace(/[.!]$/, '') + pick(r, ['!!', '!!!', '...', ' 😭', ' lol', ' haha']);
  } else if (f < 0.25) {
    t = t.replace(/’/g, "'").replace(/,/g, '');
  } else if (f < 0.28) {
    // a typo: swap two adjacent letters in a longer word
    const words = t.split(' ');
    const i = Math.floor(r() * words.length);
    const w = words[i] ?? '';
    if (w.length > 5 && /^[a-z]+$/.test(w)) {
      const j = 1 + Math.floor(r() * (w.length - 3));
      words[i] = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
      t = words.join(' ');
    }
  }
  return t;
}

/** Capitalises the first letter (after the template may have put a lower-case slot first). */
export function cap(t: string): string {
  return t.replace(/^(\s*)([a-z])/, (_, s: string, c: string) => s + c.toUpperCase());
}
