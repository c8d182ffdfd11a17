/**
 * Clause 5.2: content that "breaches copyright": sharing others' paid or protected material (free
 * PDFs of textbooks, leaked exam papers, links to full films, pasted "all rights reserved" text).
 */
import { requireGate } from '../doc';
import { anchored, gateWords, hitsOf, type Rule, type RuleDocs } from './rule';

const COPYRIGHT_GATE = gateWords(['free pdf pdfs scan scans scanned photocopies photocopied ebook leaked leak stolen copy hold full whole entire complete watch stream download rights #copy #c torrent torrents pirated pirate cracked crack keygen warez megaupload putlocker 123movies movies fmovies libgen library zlibrary sci hub scihub without book']);

const PATTERNS = [
  /(?<![a-z])free (?:pdfs?|downloads?|e-?books?|copy|copies|scans?) (?:of )?(?:the |this |my |our |a |an )?(?:[a-z0-9'-]{1,20} ){0,4}(?:textbooks?|books?|workbooks?|revision guides?|novels?|schemes? of work|worksheets?|resources?|cgp|collins|pearson|oxford|hodder|twinkl)(?![a-z])/g,
  /(?<![a-z])(?:pdfs?|scans?|scanned copy|photocopies|photocopied|ebook|e-book) of (?:the |this |my |our |a |an |every |all |each )?(?:whole |entire |full |complete )?(?:[a-z0-9'-]{1,20} ){0,3}(?:textbooks?|books?|workbooks?|revision guides?|novels?|schemes? of work|cgp|collins|pearson|oxford|hodder)(?![a-z])/g,
  /(?<![a-z])(?:textbook|workbook|revision guide|cgp|pearson|collins|hodder|oxford)[a-z ]{0,30}(?:free pdf|pdf free|pdf download|free download|full pdf|pdf link|pdf here)(?![a-z])/g,
  /(?<![a-z])(?:leaked|leak of (?:the|this|next (?:week|year)'?s?)|stolen|early copy of the|advance copy of the|got hold of the|got a copy of the|copy of next (?:week|year)'?s?) (?:[a-z0-9'-]{1,15} ){0,3}(?:exam|exams|paper|papers|test|tests|questions|mark schemes?|sats?|gcses?|a-?levels?)(?![a-z])/g,
  /(?<![a-z])(?:exam|test|sats|gcse|a-?level) (?:paper|papers|questions|mark scheme)s? (?:have |has )?(?:been )?leaked(?![a-z])/g,
  /(?<![a-z])(?:full|whole|entire|complete) (?:film|films|movie|movies|episode|episodes|season|series|album|match|concert)s? (?:link|links|free|online free|for free|here|download|stream|hd|in hd)(?![a-z])/g,
  /(?<![a-z])(?:watch|stream|download)[a-z ]{0,40}(?:for free|free online|online free|free here|without paying)(?![a-z])/g,
  /(?<![a-z])all rights reserved(?![a-z])/g,
  /(?:©|\(c\)) ?(?:19|20)\d\d(?![0-9])/g,
  /(?<![a-z])(?:torrent|torrents|pirated|pirate copy|cracked version|cracked copy|crack for|keygen|warez|megaupload|putlocker|123movies|fmovies|libgen|z-library|zlibrary|sci-hub|scihub)(?![a-z])/g,
  /(?<![a-z])(?:reproduced|copied|shared|posted|uploaded) without (?:the )?(?:permission|a licence|a license|licence|license|paying)(?![a-z])/g,
];

/**
 * Per pattern, the words it cannot match without (see anchored()). Only words that stand whole in any
 * match: "watch" is not one ("watching" matches too), so that pattern is anchored on its ending.
 */
const PATTERN_ANCHORS: Array<string[] | null> = [
  ['free'],
  ['pdf', 'pdfs', 'scan', 'scans', 'scanned', 'photocopies', 'photocopied', 'ebook', 'book'],
  ['pdf', 'free', 'download', 'link', 'here'],
  ['leaked', 'leak', 'stolen', 'copy', 'hold'],
  ['leaked'],
  ['full', 'whole', 'entire', 'complete'],
  ['free', 'online', 'here', 'paying'],
  ['reserved'],
  null,
  ['torrent', 'torrents', 'pirated', 'pirate', 'cracked', 'crack', 'keygen', 'warez', 'megaupload', 'putlocker', 'movies', 'fmovies', 'libgen', 'library', 'zlibrary', 'hub', 'scihub'],
  ['without'],
];
PATTERNS.forEach((re, i) => {
  const words = PATTERN_ANCHORS[i];
  if (words) anchored(re, words);
});
// "(c) 2023", "© 2023": the copyright sign or a lone "c".
requireGate(PATTERNS[8]!, gateWords(['#copy #c']));

export const protectedMaterial: Rule = {
  id: 'copyright/protected-material',
  category: 'copyright',
  defaultClause: '5.2',
  severity: 'warning',
  reason: 'This looks like sharing material someone else owns, which may breach copyright.',
  gate: (doc) => doc.hasAny(COPYRIGHT_GATE),
  run: (doc) => hitsOf(doc, ...PATTERNS),
};

export const rules: Rule[] = [protectedMaterial];

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'copyright/protected-material': {
    description: 'Sharing others\' paid or protected material: free PDFs of textbooks, leaked exam papers, full film links, "all rights reserved" text.',
    flag: [
      'Got an e-book of the textbook if anyone wants it',
      'Free pdf of the AQA biology textbook here, DM me',
      'Anyone got the leaked exam paper for tomorrow?',
      'Full film link in the comments',
      'Copyright 2023 Pearson Education Ltd. All rights reserved.',
      'Here is a scanned copy of the whole CGP revision guide',
      'Watch the new Pixar film for free online here',
      'Found a torrent for the new scheme of work',
      '© 2022 Twinkl',
    ],
    ok: [
      'Year 9 wrote their own book reviews',
      'Our library has new copies of the textbook',
      'Exam season starts Monday, good luck everyone!',
      'We watched a film about volcanoes in geography',
      'Free school meals registration is open',
      'Free breakfast club for all pupils this week',
    ],
  },
};
