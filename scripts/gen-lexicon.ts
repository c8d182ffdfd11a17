/**
 * Derives the checker's compact term list from the Surge AI profanity list
 * (../shared/corpus/lexicons/surge-profanity.csv, MIT) and writes src/checker/data/lexicon.ts.
 *
 *   npx tsx scripts/gen-lexicon.ts
 *
 * The extension cannot read ../shared at run time, so the derived list is committed. What this does:
 * - lower-cases each term and splits it into words on spaces, hyphens and underscores; terms made of
 *   other punctuation (e.g. "s.o.b.", "S&M") are dropped (the spacing-trick matcher covers them);
 * - drops the terms in EXCLUDED: words with an everyday or school meaning ("hoar frost", "Puss in
 *   Boots", "tramp", "finger", "spooks", "jim crow" in a history lesson...);
 * - maps Surge's 1-3 severity to advice (< 1.5), warning (< 2.5) or serious (>= 2.5), and puts slurs
 *   against a protected characteristic (race, religion, disability, sexual orientation, gender
 *   identity) in the 'discrimination' category at 'serious'; everything else is 'offensive';
 * - adds a short, project-written list (EXTRA) of British and common terms the Surge list lacks.
 * Every term is then checked against the school traps (a test does the same on the shipped data).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir } from './lib/corpus';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

type Sev = 'a' | 'w' | 's';
type Cat = 'o' | 'd';

/** Terms with an ordinary meaning in school life, or too ambiguous to raise on their own. */
const EXCLUDED = new Set(
  `69 sixty-nine abbie aboe anal anus rectum vulva sperm breasts klitoris finger peter sack crow crows nuggets buttermilk swine
  tramp snatch spanking sheet sheeeet shet suck hustler greaser dolt booty muff wang bates bater coot bender dong puss pusses shat
  diddle slit tart hoar cooties jim-crow kkk klan pussy-cat octopussy bbc bj dix peen forked pecker ramrod knickers twink scut weenie
  weiner shylock cajones caca cack crotch gowl cholo knob knobe knober nip spook spooks nicker nickers jigger gyp mongrel transvestite
  flamer redskin injun bondage rectum sphincter dipstick baby-batter meat-sword man-meat nut-butter mushroom-tip throat-yogurt
  man-chowder man-seed girly-bits funbags hooters sissy loose-woman jailbait boner trouser-snake palm-jockey harry-palms
  pancake-face stump-chewer zip-in-the-wire b-to-the-inch axe-wound beat-off crazy-sob crazy-mofos sob soab dog-shit
  double-pen fingerpop rice-monkey greaser nuts nugget shitter cagone mufdive coolie
  4skin c0x c0xux0r n1g3r n1g3rz sh1s f@k`
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => t.replace(/-/g, ' ')),
);

// The last line above: leetspeak spellings that decode to ordinary words or names ("c0x" -> Cox,
// "n1g3r" -> Niger, "4skin" -> "askin").

/** Slurs in Surge's "sexual orientation / gender" category (the rest of that category is general insult). */
const LGBT_SLUR =
  /^(faggot|fag|dyke|tranny|homosexual|lesbian|lesbo|shemale|she male|ladyboy|queer|fudgepacker|carpet muncher|pillow biter|bean queen|ass bandit|arse bandit|bum bandit|butt pirate|anal pirate)$/;
const DISCRIMINATION_CATEGORIES = ['racial / ethnic slurs', 'physical disability'];
/** Surge files "dumbass" and "bell end" under mental disability too; only these stems are disability slurs. */
const DISABILITY_SLUR = /(retard|tard|mong|spaz|spastic|window licker)/;

/** Surge files these under racial slurs, but they are general swearing. */
const NOT_SLUR = new Set(['apeshit', 'apeshite', 'ape shit', 'ape shite', 'dumb bastard']);

/** Roots whose inflections (-s, -ed, -ing, -er, -y ...) are matched too (they have no innocent inflection). */
const INFLECT = new Set(
  'fuck shit bitch cunt wank twat piss slut whore bastard nigger nigga faggot retard dickhead motherfucker asshole arsehole bollock tosser wanker paki chink spic kike coon wog gook tranny dyke poof'.split(
    ' ',
  ),
);

/**
 * Project-written additions (not from the Surge list): [term, severity, category]. Deliberately not added:
 * "damn", "ffs", "omfg" - mild in British usage and common in harmless posts (benign-tweets training rows).
 */
const EXTRA: [string, Sev, Cat][] = [
  ['crap', 'a', 'o'],
  ['crappy', 'a', 'o'],
  ['wtf', 'a', 'o'],
  ['stfu', 'w', 'o'],
  ['gtfo', 'w', 'o'],
  ['piss', 'a', 'o'],
  ['pissed', 'a', 'o'],
  ['sod off', 'a', 'o'],
  ['slapper', 'w', 'o'],
  ['minger', 'a', 'o'],
  ['porn', 'w', 'o'],
  ['porno', 'w', 'o'],
  ['pornhub', 'w', 'o'],
  ['nudes', 'w', 'o'],
  ['horny', 'a', 'o'],
  ['fucking', 'w', 'o'],
  ['fuck', 'w', 'o'],
  ['shit', 'a', 'o'],
  ['bullshit', 'a', 'o'],
  ['scumbag', 'w', 'o'],
  ['dickhead', 'w', 'o'],
  ['knobhead', 'w', 'o'],
  ['bellend', 'w', 'o'],
  ['pussies', 'w', 'o'],
  ['hoe', 'w', 'o'],
  ['hoes', 'w', 'o'],
  ['thot', 'w', 'o'],
  ['cunt', 's', 'o'],
  ['paedo', 'w', 'o'],
  ['peado', 'w', 'o'],
  ['nonce', 'w', 'o'],
  ['libtard', 'w', 'o'],
  ['spastic', 's', 'd'],
  ['spaz', 's', 'd'],
  ['spacker', 's', 'd'],
  ['retards', 's', 'd'],
  ['retarded', 's', 'd'],
  ['mong', 's', 'd'],
  ['poof', 's', 'd'],
  ['poofter', 's', 'd'],
  ['batty boy', 's', 'd'],
  ['bum boy', 's', 'd'],
  ['lezza', 's', 'd'],
  ['pikey', 's', 'd'],
  ['gyppo', 's', 'd'],
  ['gippo', 's', 'd'],
  ['wog', 's', 'd'],
  ['golliwog', 's', 'd'],
  ['yid', 's', 'd'],
  ['muzzie', 's', 'd'],
  ['rapefugee', 's', 'd'],
  ['rapefugees', 's', 'd'],
  ['trannies', 's', 'd'],
  ['faggots', 's', 'd'],
  ['dykes', 's', 'd'],
  ['nig nog', 's', 'd'],
  ['coloured people', 'w', 'd'],
  ['half caste', 'w', 'd'],
];

/** The school traps (place names and everyday words with a blocked word inside): no shipped term may match a word or word sequence of these. */
export const TRAP_TEXTS = [
  'Scunthorpe',
  'Penistone',
  'Cockermouth',
  'Middlesex',
  'Spotted Dick',
  'Moby Dick',
  'Dick Whittington',
  'sex education',
  'cum laude',
  'a great tit in the school garden',
  'assassin in a history lesson',
  'killed it at sports day',
  'this maths test was brutal',
  'the kids in my class',
  'So proud of our Year 6 at the county finals!',
];

function parseCsvLine(line: string): string[] {
  // The Surge CSV has no quoted fields (checked: no '"' in the file); keep the parser honest anyway.
  if (line.includes('"')) throw new Error(`Quoted CSV field not supported: ${line}`);
  return line.split(',');
}

function severityOf(rating: number): Sev {
  if (rating >= 2.5) return 's';
  if (rating >= 1.5) return 'w';
  return 'a';
}

export function buildLexicon(csv: string): { entries: Map<string, [Sev, Cat, boolean]>; dropped: string[] } {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = parseCsvLine(lines[0]!);
  const col = (name: string) => header.indexOf(name);
  const [iText, iCanon, iC1, iC2, iC3, iSev] = ['text', 'canonical_form_1', 'category_1', 'category_2', 'category_3', 'severity_rating'].map(col);
  const entries = new Map<string, [Sev, Cat, boolean]>();
  const dropped: string[] = [];
  for (const line of lines.slice(1)) {
    const f = parseCsvLine(line);
    const raw = (f[iText!] ?? '').trim().toLowerCase();
    const canon = (f[iCanon!] ?? '').trim().toLowerCase();
    const cats = [f[iC1!], f[iC2!], f[iC3!]].map((c) => (c ?? '').trim());
    const rating = Number(f[iSev!]);
    const term = raw.replace(/[-_]/g, ' ').replace(/\s+/g, ' ').trim();
    if (!term || EXCLUDED.has(term) || !Number.isFinite(rating)) {
      dropped.push(raw);
      continue;
    }
    // Words of letters, digits and the leetspeak symbols the matcher decodes; anything else is dropped.
    if (!/^[a-z0-9@$!+|]+( [a-z0-9@$!+|]+)*$/.test(term) || !/[a-z]/.test(term)) {
      dropped.push(raw);
      continue;
    }
    const discrimination =
      !NOT_SLUR.has(term) &&
      (cats.some((c) => DISCRIMINATION_CATEGORIES.includes(c)) ||
        (cats.includes('mental disability') && (DISABILITY_SLUR.test(canon) || DISABILITY_SLUR.test(term))) ||
        LGBT_SLUR.test(canon) ||
        LGBT_SLUR.test(term));
    const cat: Cat = discrimination ? 'd' : 'o';
    const sev: Sev = discrimination ? 's' : severityOf(rating);
    const inflect = INFLECT.has(term);
    const prev = entries.get(term);
    if (!prev || rank(sev) > rank(prev[0])) entries.set(term, [sev, cat, inflect]);
  }
  for (const [term, sev, cat] of EXTRA) entries.set(term, [sev, cat, INFLECT.has(term)]);
  return { entries, dropped };
}

function rank(s: Sev): number {
  return s === 'a' ? 0 : s === 'w' ? 1 : 2;
}

function main(): void {
  const dir = join(corpusDir(), 'lexicons');
  const csv = readFileSync(join(dir, 'surge-profanity.csv'), 'utf8');
  const licence = readFileSync(join(dir, 'surge-profanity.LICENSE'), 'utf8').trim();
  const { entries, dropped } = buildLexicon(csv);
  const sorted = [...entries.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const body = sorted.map(([t, [s, c, i]]) => `${t}|${s}${c}${i ? 'i' : ''}`).join('\n');
  const header = `/**
 * GENERATED by scripts/gen-lexicon.ts - do not edit by hand; edit the generator and re-run it.
 *
 * Derived from the Surge AI profanity list (https://github.com/surge-ai/profanity @77dabf36,
 * profanity_en.csv), curated for UK schools, plus a short project-written list of additions.
 * ${entries.size} terms (${dropped.length} source rows dropped as ambiguous, everyday or unmatchable).
 *
 * Licence of the source list (also in LICENSE-surge-profanity.txt beside this file):
 *
${licence
  .split('\n')
  .map((l) => (' * ' + l).trimEnd())
  .join('\n')}
 */

/**
 * One term per line: "words|XY[i]" where X is the severity (a = advice, w = warning, s = serious),
 * Y the category (o = offensive, d = discrimination) and a trailing i means inflections also match.
 */
export const LEXICON_DATA = \`${body}\`;
`;
  writeFileSync(join(root, 'src/checker/data/lexicon.ts'), header);
  console.log(`wrote src/checker/data/lexicon.ts: ${entries.size} terms, ${dropped.length} dropped`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
