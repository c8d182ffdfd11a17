/**
 * Clause 5.2: content that "is defamatory or knowingly false": accusations of crime or serious
 * misconduct against an identifiable person, presented as fact ("X is a thief", "everyone knows
 * Mr Y is on drugs"). Identifiable means a name written with a capital letter, a title and name,
 * an @mention, a role ("our head", "the PE teacher") or an admin-supplied pupil name.
 */
import type { Doc, Range } from '../doc';
import { anchored, gateRare, gateWords, words, type Rule, type RuleHit, type RuleDocs, lazy, withUses } from './rule';
import { regexOf } from '../pattern';

const ACCUSATION_LIST = [
  'thief',
  'a thief',
  'crook',
  'a crook',
  'criminal',
  'a criminal',
  'fraud',
  'a fraud',
  'fraudster',
  'a fraudster',
  'paedo',
  'a paedo',
  'paedophile',
  'a paedophile',
  'pedo',
  'a pedo',
  'pedophile',
  'a pedophile',
  'nonce',
  'a nonce',
  'rapist',
  'a rapist',
  'abuser',
  'an abuser',
  'a child abuser',
  'molester',
  'a molester',
  'a child molester',
  'groomer',
  'a groomer',
  'predator',
  'a predator',
  'a sexual predator',
  'an alcoholic',
  'alcoholic',
  'a drunk',
  'druggie',
  'a druggie',
  'junkie',
  'a junkie',
  'drug dealer',
  'a drug dealer',
  'a dealer',
  'a wife beater',
  'wife beater',
  'a racist',
  'racist',
  'a liar',
  'liar',
  'a cheat',
  'an embezzler',
  'corrupt',
  'bent',
  'on drugs',
  'on coke',
  'on the take',
  'sleeping with',
  'shagging',
  'having an affair',
  'having an affair with',
  'cheating on',
  'stealing',
  'stealing from',
  'fiddling',
  'fiddling the',
  'embezzling',
  'abusing',
  'grooming',
  'drunk at work',
  'drunk in school',
  'stole',
  'steals',
  'nicked',
  'fiddled',
  'fiddles',
  'embezzled',
  'abused',
  'abuses',
  'molested',
  'molests',
  'groomed',
  'grooms',
  'groped',
  'gropes',
  'assaulted',
  'raped',
  'rapes',
  'harassed',
  'harasses',
  'hits his',
  'hits her',
  'beats his',
  'beats her',
  'beat up',
  'slept with',
  'cheated on',
  'cheats on',
  'takes drugs',
  'does coke',
  'deals drugs',
  'sells drugs',
  'falsified',
  'falsifies',
  'faked',
  'fakes',
  'fudged',
  'fudges',
  'lied about',
  'lies about',
  'cooks the books',
  'cooked the books',
  'got sacked for',
  'was arrested',
  'got arrested',
  'has a criminal record',
  'came in drunk',
  'comes in drunk',
  'turns up drunk',
  'turned up drunk',
  'sexually assaulted',
  'touched me',
  'touches kids',
  'touched a',
];
const ACCUSATION = words(ACCUSATION_LIST);
const DEFAMATION_GATE = gateWords(ACCUSATION_LIST, [
  'knows heard ive apparently rumour word authority between tell raped assaulted molested groomed groped abused drugged harassed touched',
]);

/** Person, up to two words, copula or nothing, then the accusation. Group 1: the person words. */
const PERSON_ACCUSED = anchored(
  lazy(
    () =>
      new RegExp(
        `(?<![a-z0-9_@])(@[a-z0-9_]{2,30}|(?:mr|mrs|ms|miss|mx|dr|sir)\\.? [a-z][a-z'-]{1,20}|[a-z][a-z'-]{1,20}(?: [a-z][a-z'-]{1,20})?) (?:(?:is|was|'s|has been|is definitely|is clearly|is obviously|is totally|is such|is basically|is literally|is a known|is well known to be|has always been|definitely|clearly|obviously|actually|literally|totally|also|just|still|always|regularly) )?(?:(?:a|an|such a|a total|a complete|an absolute|a known|a massive) )?${ACCUSATION}(?![a-z])`,
        'g',
      ),
  ),
  ACCUSATION_LIST,
);

/** Words that are not people even when capitalised at a sentence start. */
const NOT_PERSON = new Set(
  "he she it they we you i this that there here who which what everyone everybody someone somebody nobody anyone anybody one it's he's she's the a an my our your his her their its also and but or so if when then because just still always never apparently honestly seriously literally basically reportedly allegedly rumour someone's dog cat money phone car bike".split(
    ' ',
  ),
);

/** Roles that identify a person even in lower case. */
const ROLE_WORDS =
  /^(?:(?:our|the|my|your|their|his|her) (?:head|headteacher|head teacher|deputy|deputy head|principal|caretaker|bursar|senco|ceo|hod|ta|chair|governor|vicar|coach|neighbour|boss|manager|line manager|ex|landlord|(?:pe|maths|science|english|art|music|history|geography|supply|cover|year \d+) teacher))$/;

function hasCapital(doc: Doc, r: Range): boolean {
  const sp = doc.span(r);
  const ch = doc.original.charAt(sp.start);
  return ch !== ch.toLowerCase();
}

const GOSSIP = anchored(
  /(?<![a-z])(?:everyone knows|everybody knows|we all know|i heard|i've heard|ive heard|apparently|rumour has it|rumour is|word is|word on the street is|i have it on good authority|between you and me|don't tell anyone but|dont tell anyone but)(?: that)? (?:@[a-z0-9_]{2,30}|(?:mr|mrs|ms|miss|mx|dr|sir)\.? [a-z][a-z'-]{1,20}|(?:our|the|my) (?:head|headteacher|deputy|deputy head|principal|caretaker|bursar|senco|ceo|hod|ta|pe teacher|maths teacher|science teacher))(?![a-z0-9_])(?! (?:will|is|are|'s|might|may|could|should) (?:be )?(?:joining|coming|returning|visiting|performing|playing|singing|speaking|starting|back|here|on (?:the|our|tour|stage|tv))(?![a-z]))/g,
  [
    'everyone knows',
    'everybody knows',
    'we all know',
    'i heard',
    "i've heard",
    'ive heard',
    'apparently',
    'rumour',
    'word is',
    'good authority',
    'between you and me',
    'tell anyone',
  ],
);

const ALLEGATION_ME = anchored(
  /(?<![a-z])(?:he|she|they) (?:raped|sexually assaulted|assaulted|molested|groomed|groped|abused|drugged|harassed|touched) (?:me|her|him|them|my (?:daughter|son|child|friend|sister|brother))(?![a-z])/g,
  ['raped', 'sexually assaulted', 'assaulted', 'molested', 'groomed', 'groped', 'abused', 'drugged', 'harassed', 'touched'],
);

export const accusation: Rule = {
  id: 'defamation/accusation',
  category: 'defamation',
  severity: 'warning',
  reason: 'This states an accusation about an identifiable person as fact, which could be defamatory.',
  gate: (doc) => doc.hasAny(DEFAMATION_GATE),
  run: (doc) => {
    const ranges: Range[] = [];
    // One shared regex (its lastIndex is reset here; check() is synchronous, so no other use interleaves).
    // (Built only when its anchors are open.)
    const re = doc.mayMatch(PERSON_ACCUSED) ? regexOf(PERSON_ACCUSED) : null;
    if (re) re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while (re !== null && (m = re.exec(doc.text)) !== null && n++ < 500) {
      const who = m[1] ?? '';
      const r = { from: m.index, to: m.index + m[0].length };
      const first = who.split(' ')[0] ?? '';
      let ok = false;
      if (who.startsWith('@') || /^(?:mr|mrs|ms|miss|mx|dr|sir)\.? /.test(who) || ROLE_WORDS.test(who)) ok = true;
      else if (!NOT_PERSON.has(first) && hasCapital(doc, { from: m.index, to: m.index + 1 })) {
        // A capitalised word: a name, unless it merely starts the sentence and is an ordinary word.
        const prev = doc.text.slice(Math.max(0, m.index - 2), m.index);
        const sentenceStart = m.index === 0 || /[.!?\n]\s?$/.test(prev) || prev.endsWith('\n');
        ok = !sentenceStart || !ORDINARY_START.has(first);
      }
      // Idioms: "stole the show", "stole my heart".
      if (ok && /^ (?:the show|my heart|our hearts|the hearts|the limelight|the spotlight|a glance|a kiss|a base|second)/.test(doc.text.slice(r.to, r.to + 16)))
        ok = false;
      if (ok) ranges.push(r);
      else {
        // Try again from the next word: "Yesterday Sarah stole ..." must still find "Sarah stole".
        const sp = doc.text.indexOf(' ', m.index);
        re.lastIndex = sp === -1 || sp >= r.to ? r.to : sp + 1;
      }
    }
    ranges.push(...doc.find(GOSSIP), ...doc.find(ALLEGATION_ME));
    const hits: RuleHit[] = ranges.length ? [{ ranges }] : [];
    return hits;
  },
};

/** Capitalised sentence starts that are not names. */
const ORDINARY_START = new Set(
  'today yesterday someone somebody everyone the a an my our your his her their this that these those it he she they we you i who what which when where why how then now so and but or if apparently honestly'.split(
    ' ',
  ),
);

/** Per alternative of ALLEGE, a word it cannot match without (the rarest one). */
const ALLEGE_WORDS = [
  'rolls',
  'roll',
  'rolling',
  'rolled',
  'offrolls',
  'offrolling',
  'offrolled',
  'nepotism',
  'backhander',
  'backhanders',
  'kickbacks',
  'bribe',
  'bribes',
  'bribed',
  'malpractice',
  'cooking',
  'cooked',
  'fiddle',
  'fiddles',
  'fiddled',
  'fiddling',
  'contract',
  'contracts',
  'jobs',
  'quietly',
  'moved',
  'cloud',
  'qualification',
  'degree',
  'nasenco',
  'npqh',
  'npqsl',
  'qts',
  'training',
  'award',
  'pgce',
  'masters',
  'accreditation',
  'qualified',
  'fake',
  'lied',
  'job',
  'role',
  'post',
  'promotion',
  'position',
  'tlr',
  'headship',
  'rise',
  'payrise',
  'sickie',
  'skiving',
  'swinging',
  'monday',
  'friday',
  'conveniently',
  'complaints',
  'hanging',
  'selling',
  'else',
  'afford',
  'affords',
  'paid',
  'pays',
  'bought',
];
/**
 * Insinuations of misconduct about an identifiable person or school, without proof: sickness on
 * Fridays, fiddled books, jobs for friends and family, qualifications never finished, off-rolling,
 * complaints about a teacher, "quietly moved on", "only got the job because...".
 */
const ALLEGE = anchored(
  /(?<![a-z])(?:off[- ]?rolls?|off[- ]?rolling|off[- ]?rolled|nepotism|backhanders?|kickbacks|bribes?|bribed|malpractice|cooking the books|cooked the books|fiddl(?:e|es|ed|ing) (?:the |his |her |their )?(?:books|expenses|accounts|figures|data|register|registers|results|mileage|timesheets?)|(?:gave|gives|giving|handed|awarded) (?:the |a |that )?(?:[a-z]+ )?contracts? to (?:his|her|their) (?:[a-z-]+ )?(?:brother|sister|mate|mates|friend|friends|wife|husband|cousin|son|daughter|partner|brother-in-law|sister-in-law|pal|pals|family)|jobs for (?:the boys|mates|friends|family)|quietly (?:moved on|left|resigned|let go|removed|pushed out|managed out|sacked|dismissed|paid off)|moved on (?:from|after) [^.!?\n]{0,60}(?:investigation|complaint|complaints|allegation|allegations|disciplinary)|left under a cloud|never (?:actually |even )?(?:finished|passed|completed|got|did|achieved) (?:her|his|their) (?:[a-z]+ )?(?:qualification|degree|nasenco|npqh|npqsl|qts|training|award|pgce|masters|accreditation)|(?:isn'?t|is not|never was|wasn'?t) (?:actually |even |properly )?qualified|fake (?:qualifications|degree|cv|references)|lied on (?:her|his|their) (?:cv|application)|only (?:got|get|gets|landed|was given|were given|has|have) (?:the|that|this|her|his|their|your|a) (?:[a-z]+ ){0,2}(?:job|role|post|promotion|position|contract|tlr|headship|pay rise|payrise) (?:because|cos|coz|cause|'cause|as|since|through|by)|(?:pulling|throwing|threw|pulled|taking|took) (?:a |another )?sickie|skiving|swinging the lead|'?off'? (?:sick )?again on a (?:monday|friday)|conveniently (?:ill|off|sick)|(?:several|three|four|five|multiple|numerous|a few|loads of|\d+) complaints (?:from|about)|hanging (?:round|around) (?:the )?(?:changing rooms|girls'? toilets|toilets|girls|boys)|selling (?:weed|drugs|vapes|coke|pills|gear) to|(?:where|how) else (?:do|would|could) (?:you|u) (?:think|reckon|imagine)|how do you think (?:he|she|they) (?:afford|affords|paid|pays|bought|got))(?![a-z])/g,
  ALLEGE_WORDS,
);
/** Someone identifiable: a title and name, an @mention, a role, or a school's name. */
const IDENTIFIABLE =
  /(?<![a-z0-9])(?:(?:mr|mrs|ms|miss|mx|dr|sir)\.? [a-z]|@[a-z0-9_]{2}|(?:the|our|my|their|your|that|this) (?:new |old |former |last )?(?:head|headteacher|head teacher|deputy|deputy head|principal|senco|bursar|business manager|caretaker|chair|chair of governors|governor|governors|ceo|hod|head of [a-z0-9 ]{2,14}|ta|hlta|teacher|[a-z]{2,12} teacher|coach|trust|academy|school|site manager|office manager)|[a-z'.]{2,20} (?:academy|primary|high|college|school|grammar|infants|juniors)|you|ours)(?![a-z0-9])/;
const INSINUATION_GATE = gateRare(ALLEGE_WORDS);

export const insinuation: Rule = {
  id: 'defamation/insinuation',
  category: 'defamation',
  severity: 'warning',
  reason: 'This hints at misconduct by an identifiable person or school without proof, which could be defamatory.',
  gate: (doc) => doc.hasAny(INSINUATION_GATE),
  run: (doc) => {
    const found = doc.find(ALLEGE);
    if (!found.length || !IDENTIFIABLE.test(doc.text)) return [];
    return [{ ranges: found }];
  },
};

// The patterns and gates the rules use, for the engine's tables (see Rule.uses).
export const rules: Rule[] = withUses([accusation, insinuation], [DEFAMATION_GATE, PERSON_ACCUSED, GOSSIP, ALLEGATION_ME, ALLEGE, INSINUATION_GATE]);

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'defamation/accusation': {
    description: 'Accusations of crime or misconduct against an identifiable person presented as fact ("X is a thief", "everyone knows Mr Y ...").',
    flag: [
      'Dave Wilson is a thief',
      'Mr Jones is a drunk',
      'Everyone knows Mrs Patel is fiddling the budget',
      '@coach_tom is a fraud',
      'Our head is sleeping with the deputy',
      'Apparently the caretaker was arrested',
      'Rumour has it @dave_k is on a final warning',
      'He raped her and everyone covered it up',
      'Sarah stole money from the PTA',
    ],
    ok: [
      'He stole the show in the school play!',
      'The thief in our class book was caught by Detective Dog',
      'Learning about crime and punishment in Victorian Britain',
      'Our history topic: the Great Train Robbery, who were the thieves?',
      'Someone stole my stapler again haha',
      'Rumour has it @sam_sings will be joining us for the Christmas concert',
      'Apparently Mr Davies is coming back to coach the football team!',
      'This assembly was about being honest, not a liar',
    ],
  },
  'defamation/insinuation': {
    description:
      'Insinuations of misconduct about an identifiable person or school without proof: sickness always on a Friday, fiddled expenses, contracts for family, qualifications never finished, off-rolling, complaints about a teacher, "quietly moved on", "only got the job because...".',
    flag: [
      'Our deputy is conveniently ill every time there is a mock inspection',
      'Funny how the bursar has a new boat. Somebody has been fiddling the expenses',
      'The head gave the catering contract to her cousin, surprise surprise',
      "Word is our new deputy isn't actually qualified",
      'Oakdene Academy off-rolls kids before the census, everyone knows',
      '@sam_k you only got that promotion because you play golf with the CEO',
    ],
    ok: [
      'Our deputy head is off to the county finals with the netball team on Friday',
      'Year 10 learned how the Victorians fiddled with early photographs',
      'Cook the books? No, our Year 5 are cooking from their own recipe books!',
      'The head has been quietly working on a surprise for sports day',
      'Congratulations to Miss Reed on finishing her NPQH!',
    ],
  },
};
