/**
 * Clause 6.1: "You should not use any information in an attempt to locate or meet a child", and the
 * grooming risks listed there (secrets, private meetings). Always serious.
 */
import { gateWords, hitsOf, type Rule, type RuleDocs } from './rule';
import { mayHavePupil } from './refs';

const SECRET_GATE = gateWords(['secret tell delete between round pop']);
const LOCATE_GATE = gateWords(['lives live stays goes hangs plays address meet meeting pick picking collect lift drive driving track tracked locate located find found where looking']);

const CHILD = "(?:pupil|student|child|kid|boy|girl|lad|lass|year (?:[1-9]|1[0-3]) (?:boy|girl|pupil|student|kid)|(?:[4-9]|1[0-7]) ?(?:year old|yo)(?: boy| girl)?)";

const PATTERNS = [
  new RegExp(`(?<![a-z])(?:does anyone know|anyone know|who knows|does anybody know|can anyone tell me|trying to find out|find out) (?:where|which (?:house|street|road|address)|the address of|what street) (?:this|that|the|a|one of my|my|our)? ?${CHILD}s?(?: [a-z0-9']{1,15}){0,5} (?:lives?|stays?|goes|hangs? out|is at weekends|plays)(?![a-z])`, 'g'),
  new RegExp(`(?<![a-z])(?:the )?(?:home )?address of (?:this|that|the|a|one of my|my|our) ${CHILD}(?![a-z])`, 'g'),
  new RegExp(`(?<![a-z])(?:meet|meeting|meet up with|see|pick up|picking up|collect|give a lift to|giving a lift to|gave a lift to|drive|driving) (?:a |one of my |this |that |my |the |our )${CHILD}s? (?:after school|at the weekend|on (?:saturday|sunday|the weekend)|on (?:saturday|sunday|the weekend), just us|outside school|in private|alone|on (?:my|their|his|her) own|in town|at (?:my|their|his|her) (?:house|place|flat)|tonight)(?![a-z])`, 'g'),
  new RegExp(`(?<![a-z])(?:where (?:does|do)|find where|find out where|track down|locate|tracked down|located|found out where) (?:this|that|the|a|one of my|my|our) ${CHILD}s?(?: (?:lives?|is|goes))?(?![a-z])`, 'g'),
  new RegExp(`(?<![a-z])(?:looking for|trying to find|find|track down|locate) (?:the|this|that|a) (?:${CHILD}) (?:in|from|at) (?:this|the|that) (?:photo|picture|pic|video)(?![a-z])`, 'g'),
  /(?<![a-z])(?:our little secret|don'?t tell (?:your|ur) (?:mum|mom|dad|parents|teacher|teachers|anyone)|do not tell (?:your|ur) (?:mum|mom|dad|parents|teacher|teachers|anyone)|delete (?:these|our|my|the) messages|keep this between (?:us|you and me))(?![a-z])/g,
  /(?<![a-z])(?:come|pop) (?:round|over) to (?:my|mine|my house|my place)(?: after school| at the weekend| on your own| alone)(?![a-z])/g,
];

export const locateOrMeet: Rule = {
  id: 'safeguarding/locate-or-meet',
  category: 'safeguarding',
  defaultClause: '6.1',
  severity: 'serious',
  reason: 'Staff must never use information to locate or meet a child, or ask a child to keep secrets.',
  gate: (doc) => doc.hasAny(SECRET_GATE) || (doc.hasAny(LOCATE_GATE) && mayHavePupil(doc)),
  run: (doc) => hitsOf(doc, ...PATTERNS),
};

export const rules: Rule[] = [locateOrMeet];

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'safeguarding/locate-or-meet': {
    description: 'Trying to locate or meet a child, or asking a child to keep secrets.',
    flag: [
      'Does anyone know where this girl lives?',
      'Going to meet one of my pupils after school at the park',
      "Don't tell your mum, it's our little secret",
      'Trying to track down the boy in this photo',
      'Anyone know which house that Year 7 boy lives in?',
    ],
    ok: [
      'Meet the teacher evening for reception parents on Tuesday',
      'Lost property: a girl\'s blue coat, ask at the office',
      'Our Year 6 pupils will meet their new secondary teachers next week',
      'Parents, please collect your child from the main gate at 3:15',
    ],
  },
};
