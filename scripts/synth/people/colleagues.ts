/**
 * confidential (colleagues and the school): an identifiable colleague's private matters, and
 * school-internal business before it is public.
 */
import type { Lexicon } from '../lib';
import type { Family } from './kit';

const HEALTH = [
  'has been signed off with stress for six weeks', 'is off sick again, third time this term', 'has been off long-term with depression', 'is on a phased return after a breakdown',
  'has cancer and is starting treatment next week', 'has MS', 'is having a hysterectomy over half term', 'is in rehab', 'has just been diagnosed as bipolar',
  'is really struggling with the menopause', 'has been off with long COVID since September', 'had a panic attack in the staff toilets', 'is on antidepressants',
  'is having chemo', 'has a drink problem', 'has been off for a mental health thing', 'is having surgery and nobody\'s supposed to know', 'has been signed off until Easter',
  'is on a return-to-work plan after the sickness meeting', 'had a stage 2 absence meeting', 'keeps phoning in sick on Mondays',
];
const PREG = [
  'is pregnant but hasn\'t told anyone yet', 'is 10 weeks pregnant, don\'t say anything', 'had a miscarriage last week', 'is going through IVF', 'is expecting twins, not announced yet',
  'is pregnant again and the head doesn\'t know', 'is 8 weeks gone and hasn\'t told SLT', 'has just had a scan and it\'s not good news', 'is trying for a baby and it\'s been really hard',
];
const CAPAB = [
  'is on a capability plan', 'has been put on informal capability', 'failed {chis} observation and is on a support plan', 'is being managed out', 'failed {chis} ECT induction',
  'is on an improvement plan after the learning walk', 'got told {che}\'s on formal capability', 'has had {chis} third bad observation',
];
const DISC = [
  'is under investigation', 'has a disciplinary hearing on {weekday}', 'got a final written warning', 'has been suspended pending investigation', 'was walked off site by HR',
  'has been reported to the TRA', 'is being investigated for something with a parent', 'got a formal warning for {chis} timekeeping', 'has a LADO referral against {chim}',
  'raised a grievance against the head', 'has put in a grievance about {chis} line manager', 'is taking the trust to a tribunal', 'has a settlement agreement and is leaving quietly',
];
const PAY = [
  'earns £52k on UPS3 and does nothing', 'is on L12 of the leadership scale', 'got a TLR 2b for doing basically nothing', 'is paid less than the new ECT',
  'had {chis} pay progression refused', 'is on £{pay} and I\'m on £{pay2}', 'got a secret pay rise from the head', 'is still on M1 after four years', 'gets paid more than me for half the work',
];
const DBS = [
  'had something come up on {chis} DBS', 'got {chis} DBS back with a caution on it', 'is working without a DBS because HR lost it', 'had a conviction flagged on the enhanced DBS',
  'has a DBS issue they\'re keeping quiet', 'still hasn\'t got {chis} DBS through and is in class anyway',
];

const FRAMES = [
  '{c} {m}.', 'Don\'t tell anyone but {c} {m}.', 'Between us, {c} {m} 🤫', 'Apparently {c} {m}. Explains a lot.', 'Gutted for {c}, {che} {m}.',
  'Sending love to {c} who {m} ❤️', 'Covering for {c} again because {che} {m}. {annoyedmoji}', 'Guess who {m}? {c}. Shocker.', 'Staffroom gossip: {c} {m}.',
  'Heard {day} that {c} {m}. No wonder {che}\'s been quiet.', 'Not surprised {c} {m} tbh.', '{c} {m} and the rest of us have to pick up the slack.',
  'Prayers for {c} please, {che} {m} 🙏', 'Is it just me or is it a bit much that {c} {m}?', 'So {c} {m}. And I\'m supposed to act like I don\'t know.',
  'Poor {cn}. {c} {m} and SLT have been awful about it.', 'Third lot of cover this week because {c} {m}.', 'Overheard in the office: {c} {m} 👀',
  'Can\'t believe {c} {m}. Thought {che} was doing fine.', 'Just found out {c} {m}. Feel awful for moaning about {chim}.', 'Well that explains it. {c} {m}.',
  'Whoever said teaching was a team sport hasn\'t met {c}, who {m}.', 'Lovely {cn} {m}, so if you see {chim} give {chim} a hug x',
  'Team, please keep {cn} in your thoughts, {che} {m}.', 'Feel like I should say something. {c} {m} and no one is talking about it.',
];

const SCHOOL = [
  'We\'ve had THE call!! Ofsted in tomorrow 😱', 'Ofsted phoned at {ofsted_time}. Everyone\'s panicking. Wish us luck', 'Ofsted done. We got {grade} but can\'t say officially until the report\'s published 🤐',
  'Ofsted outcome: {grade}. Report not out yet but thought you should all know.', 'Lead inspector basically told us we\'re {grade}, report out in three weeks 🎉',
  'Feedback from the inspection was brutal. We\'re going {grade} and the head is in bits. Not public yet.', 'Inspection over. Provisional judgement {grade}, keep it quiet till publication x',
  'Between us, we\'re joining {trust} in September. Staff haven\'t been told.', 'The head told SLT we\'re being taken over by {trust}. Nothing public till after Easter.',
  'Merger with {school} confirmed at governors last night, not announced yet.', 'Rumour confirmed: we\'re academising with {trust}. Parents don\'t know yet.',
  'SLT told us {num} TAs are being made redundant, consultation starts next week, not announced to parents.', 'Restructure coming: {num} posts going in support staff. Keep it to yourselves.',
  'They\'re cutting the {subject} department. Not announced yet but I\'ve seen the paper.', 'We\'re £{deficit} in deficit and the trust is sitting on it.',
  'Saw next year\'s budget. {deficit} overspend, redundancies coming, nobody\'s been told.', 'Just seen tomorrow\'s {paper} in the exams office. Easy one!',
  'Got the GCSE {subject} paper locked in the safe, question {q} is a nightmare lol', 'Sneak peek of the Y6 SATs reading paper 👀 the kids are going to struggle',
  'Results embargoed till Thursday but our {measure} is {pct}% 🎉🎉', 'A level results are in early for staff. {pct}% A*-B in my subject, shhh',
  '{c} is leaving at Easter but they haven\'t told the kids yet.', 'Our head is leaving. Told staff today, parents find out Friday, so mum\'s the word.',
  'New head starts in January. Can\'t say who yet but you\'ll love {chim}.', 'Governors voted in the confidential part of the meeting to {gov_item}.',
  'Confidential item at governors last night: {gov_item}. I\'m raging.', 'Not supposed to say but the trust is about to close our sixth form.',
  'The LA are investigating us for off-rolling. You didn\'t hear it from me.', 'There\'s asbestos in the Year 3 block and they\'re not telling parents.',
  'Exam board moderator marked us down massively, grades will drop. Results not out till August.', 'Trust CEO is off on suspension. Official line is "long term leave".',
  'Just been told in confidence we\'re losing {num} teachers in the summer restructure.', 'Our SIAMS went badly, report due next month. Fingers crossed it\'s not as bad as the feedback.',
  'Head just told us the school might close. Parents don\'t know. Can\'t sleep.', 'Finance meeting: we can\'t afford supply for the rest of the year. Keep this between us.',
];

const SCHOOL_LEX: Lexicon = {
  ofsted_time: ['11:45', 'half eleven', 'lunchtime', '12:10', '11.30', '1pm'],
  grade: ['Good', 'Outstanding', 'RI', 'Requires Improvement', 'Inadequate', 'special measures', 'a 4'],
  trust: ['Northern Star Academies', 'the Harbour Trust', 'Elm Tree MAT', 'United Learning', 'the diocese trust', 'Ormiston', 'Kingfisher Learning Trust', 'a big MAT from Manchester', 'the trust down the road'],
  deficit: ['400k', '250,000', '1.2 million', '600k', '90k', '300 grand'],
  paper: ['maths Paper 2', 'English Lit paper', 'chemistry paper', 'SATs maths paper', 'biology Paper 1', 'French listening paper', 'history paper'],
  q: ['19', '7', '23', '12', '4b'],
  measure: ['4+ in English and maths', 'Progress 8', '5+ in maths', 'A*-A', 'combined pass rate', 'reading SATs pass rate'],
  pct: ['71', '58', '64', '82', '47', '90', '39'],
  gov_item: ['close the nursery', 'suspend the head', 'cut the TA budget by a third', 'go into consultation on redundancies', 'join the MAT', 'sell the playing field', 'axe the music service'],
  pay: ['38,000', '46k', '52,300', '61k', '29k', '71,500'],
  pay2: ['31,650', '36k', '44k', '28,000', '39,400'],
};

export function colleagueFamilies(): Family[] {
  const base = { label: 'flag' as const, category: 'confidential', templates: FRAMES, lex: SCHOOL_LEX };
  return [
    { ...base, source: 'people/colleague-health', n: 110, lex: { ...SCHOOL_LEX, m: HEALTH } },
    { ...base, source: 'people/colleague-pregnancy', n: 70, lex: { ...SCHOOL_LEX, m: PREG } },
    { ...base, source: 'people/colleague-capability', n: 100, lex: { ...SCHOOL_LEX, m: [...CAPAB, ...DISC] } },
    { ...base, source: 'people/colleague-pay-dbs', n: 70, lex: { ...SCHOOL_LEX, m: [...PAY, ...DBS] } },
    { ...base, source: 'people/school-internal', n: 200, templates: SCHOOL },
  ];
}
