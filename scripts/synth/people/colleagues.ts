/**
 * confidential (colleagues and the school): an identifiable colleague's private matters, and
 * school-internal business before it is public.
 */
import { pick, type Lexicon, type Rng } from '../lib';
import type { Family } from './kit';

const HEALTH = [
  'is off for six weeks with work stress', 'is off sick again, third time this term', 'has been off long-term with depression', 'is on a phased return after a breakdown',
  'has cancer and is starting treatment next week', 'has MS', 'is having a hysterectomy over half term', 'is in rehab', 'has just been diagnosed as bipolar',
  'is really struggling with the menopause', 'has been off with long COVID since September', 'had a panic attack in the staff toilets', 'is on antidepressants',
  'is having chemo', 'has a drink problem', 'has been off for a mental health thing', 'is having surgery and nobody\'s supposed to know', 'has been signed off until Easter',
  'is on a return-to-work plan after the sickness meeting', 'had a stage 2 absence meeting', 'keeps phoning in sick on Mondays',
  'has been diagnosed with breast cancer', 'is off with a slipped disc and won\'t be back till summer', 'had a heart attack over half term', 'is on long-term sick and HR are pushing {chim} out', 'has been going to AA meetings', 'is waiting on a scan result', 'has started on medication for anxiety', 'is having counselling through the EAP after {chis} divorce',
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
  'is under investigation', 'faces a disciplinary panel on {weekday}', 'got a final written warning', 'has been suspended pending investigation', 'was walked off site by HR',
  'has been reported to the TRA', 'is being investigated for something with a parent', 'got a formal warning for {chis} timekeeping', 'has a LADO referral against {chim}',
  'raised a grievance against the head', 'has put in a grievance about {chis} line manager', 'is taking the trust to a tribunal', 'has a settlement agreement and is leaving quietly',
];
const PAY = [
  'earns £52k on UPS3 and does nothing', 'is on L12 of the leadership scale', 'got a TLR 2b for doing basically nothing', 'is paid less than the new ECT',
  'had {chis} pay progression refused', 'is on £{pay} and I\'m on £{pay2}', 'got a secret pay rise from the head', 'is still on M1 after four years', 'gets paid more than me for half the work',
  'has asked for a pay rise and SLT said no', 'got bumped up the pay scale over everyone else', 'earns more than the deputy head', 'is on a part-time contract but works full time for free',
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
  'Nobody else is going to say it so I will: {c} {m}.', 'Quick word to the team: {c} {m}, so go easy.', 'Can\'t believe I\'m the last to know that {c} {m}.', 'Lunch duty chat: apparently {c} {m}.', 'SLT meeting today. Turns out {c} {m}.', 'Just a reminder to be kind. {c} {m} and is really struggling.', 'Is it unprofessional to be annoyed that {c} {m}? Asking for me.', 'Honestly {cn} deserves better. {c} {m}.', 'Get well soon {cn} 💐 ({che} {m})', '{c}. {m}. Need I say more?', 'Does anyone else find it weird that {c} {m} and we\'re all pretending not to know?', 'My line manager let slip that {c} {m}.', 'The kids have noticed. {c} {m}.', 'Wine with the department tonight. Main topic: {c} {m}.', 'Thinking of {cn} today, {che} {m} and it\'s been a rough few weeks.', 'Well done HR, everyone now knows {c} {m}.', 'Reading between the lines, {c} {m}.', 'No surprise to anyone in the {subject} corridor: {c} {m}.',
];

const SCHOOL = [
  'We\'ve had THE call!! Ofsted in tomorrow 😱', 'Ofsted phoned at {ofsted_time}. Everyone\'s panicking. Wish us luck', 'Ofsted done. We got {grade} but can\'t say officially until the report\'s published 🤐',
  'Ofsted outcome: {grade}. Report not out yet but thought you should all know.', 'Lead inspector basically told us we\'re {grade}, report out in three weeks 🎉',
  'Feedback from the inspection was brutal. We\'re going {grade} and our head is in bits. Not public yet.', 'Inspection over. Provisional judgement {grade}, keep it quiet till publication x',
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
  'Just got out of a very long SLT meeting. Consultation on {num} redundancies starts Monday, staff told Friday. Say nothing.', 'Overheard the business manager: we\'re overspent by {deficit}. Happy Christmas.', 'The trust have told heads we\'re merging with {school} next year. Not public. Not happy.', 'Our Year 11 results are in the exams office and they\'re grim. Embargoed till Thursday.', 'Exam board sent the wrong papers and we opened them early 😬 don\'t tell anyone', 'Head\'s off on "sick leave" but everyone knows {che}\'s been suspended.', 'We\'ve been told to keep quiet but the nursery is closing in July.', 'Got a sneak peek of the KS2 SATs writing task, oh dear.', 'The inspector told us unofficially we\'ll be Good. Report\'s not out but champagne tonight 🍾', 'Governors just voted to restructure the support staff team. Letters go out next week, until then it\'s secret.', 'Trust meeting: three schools to merge, ours included. They\'ll tell parents in the spring.', 'Heard from finance that the TA budget is being halved next year. Nobody\'s been told.', 'Our Progress 8 has dropped off a cliff, figures aren\'t out yet but SLT are in meltdown.',
  'Best news ever: we\'re getting Outstanding! Not on the website till next month though 🤫', 'Brilliant results this year, 4+ in maths up 9%. Not released till Thursday so shhh', 'Thanks to the leak in the trust office, we now know which schools are closing. Ours is on the list.',
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

const CNPS = ['capability meeting', 'disciplinary hearing', 'return-to-work meeting', 'grievance hearing', 'occupational health appointment', 'sickness review', 'investigation meeting',
    'twelve-week scan', 'chemo session', 'surgery', 'stage 3 absence meeting', 'support plan review', 'final warning meeting', 'tribunal hearing', 'IVF appointment', 'DBS chat with HR'];
const acnp = (r: Rng): string => {
  const n = pick(r, CNPS);
  return (/^[aeiou]/i.test(n) ? 'an ' : 'a ') + n;
};
const CNP_LEX: Lexicon = {
  cnp: CNPS,
  acnp,
  cwhen: ['today', 'tomorrow', 'on {weekday}', 'this afternoon', 'next week', 'first thing'],
  cnpend: ['', '', 'Fingers crossed for {chim}.', 'Poor {cn}.', 'Awkward staffroom lunch incoming.', 'Keep it quiet.', 'Nobody knows yet.', 'I\'m covering {chis} classes.', 'It\'s been a long time coming.', 'Thinking of {chim} 💜'],
};
const CNP_FLAG = ['{c} has {chis} {cnp} {cwhen}. {cnpend}', '{cn}\'s {cnp} is {cwhen}. {cnpend}', 'Covering for {c} {cwhen}, {che}\'s got {chis} {cnp}. {cnpend}', 'Sending love to {c}, {cnp} {cwhen} 🙏', 'Guess who\'s got {acnp} {cwhen}? {c}. {cnpend}'];
const CNP_OK = ['Got my own {cnp} {cwhen}. Wish me luck.', 'Union rep tip: you can bring someone to {acnp}. Know your rights.', 'Webinar on supporting staff through {acnp}: really useful for new line managers.', 'Me: has a {cnp} {cwhen}. Also me: still planning the Year 4 assembly.', 'HR training {cwhen} on how to run {acnp} fairly. Dry but important.', 'I\'m allowed to say this because it\'s about me: my {cnp} went well today 🎉'];
const SECTOR_OK = [
  'Budgets across the sector are brutal. Schools need proper funding.', 'New Ofsted framework out: here\'s my summary for colleagues.', 'Results day tips for form tutors: be there, be kind, have tissues.',
  'Mock papers are locked in the exams office safe. Invigilators, check your rota.', 'Governors meeting tonight. Agenda and minutes go on the school website as usual.', 'Academisation explained: a thread for parents, from our trust\'s published FAQ.',
  'Redundancy consultations are happening all over the country. Join your union.', 'Our Ofsted report is out. Proud of all our staff.', 'Staff wellbeing survey results are on the staff portal. Thanks for filling it in.',
  'Teacher pay award confirmed at {pct2}%. Thoughts?', 'If you\'re on UPS, check your payslip this month. Backpay should be in.', 'Reminder: exam papers must never leave the exams office before the start time.',
  'Pregnant teachers: know your rights on risk assessments. Your union can help.', 'Capability procedures should be supportive. If yours isn\'t, talk to your rep.', 'Sickness absence in teaching is at record levels. Look after yourselves.',
  'Lovely to see our head\'s retirement announced in the newsletter. Well deserved.', 'Our trust\'s annual accounts are published: the deficit story is everywhere now.',
];

export function colleagueFamilies(): Family[] {
  const base = { label: 'flag' as const, category: 'confidential', templates: FRAMES, lex: SCHOOL_LEX };
  return [
    { ...base, source: 'people/colleague-health', n: 110, lex: { ...SCHOOL_LEX, m: HEALTH } },
    { ...base, source: 'people/colleague-pregnancy', n: 70, lex: { ...SCHOOL_LEX, m: PREG } },
    { ...base, source: 'people/colleague-capability', n: 100, lex: { ...SCHOOL_LEX, m: [...CAPAB, ...DISC] } },
    { ...base, source: 'people/colleague-pay-dbs', n: 70, lex: { ...SCHOOL_LEX, m: [...PAY, ...DBS] } },
    { ...base, source: 'people/school-internal', n: 220, templates: SCHOOL },
    { label: 'flag', category: 'confidential', source: 'people/colleague-meetings', n: 130, templates: CNP_FLAG, lex: CNP_LEX },
    { label: 'ok', category: 'none', trap: true, source: 'people/ok-own-meetings', n: 100, templates: CNP_OK, lex: CNP_LEX },
    { label: 'ok', category: 'none', trap: true, source: 'people/ok-sector-news', n: 130, templates: SECTOR_OK, lex: { ...SCHOOL_LEX, pct2: ['4', '5.5', '6.5', '2.8', '3'] } },
  ];
}
