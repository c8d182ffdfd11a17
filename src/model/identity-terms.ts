/**
 * Words that NAME a group of people: religions, nationalities and ethnicities, sexual
 * orientations and gender identities, disabilities. Naming a group is not hostile
 * ("Our Muslim and Jewish pupils led the interfaith assembly"), but models trained on
 * abuse data learn these words as signs of hate because hateful posts mention them often.
 *
 * Used for two things:
 *  1. the bias report (scripts/eval-model.ts): false-positive rate on benign posts that
 *     mention one of these words against those that do not;
 *  2. the mitigation (features.ts + scripts/train.ts): an identity word contributes no
 *     character n-grams and its own word weight is clamped to <= 0 in every head, so a post
 *     can only score as hateful through what it SAYS about a group, never by naming it.
 *
 * Matched against normalised tokens (lower-case, accents stripped, apostrophes removed).
 * Slurs are deliberately NOT here: they are abuse, not names.
 */
const TERMS: readonly string[] = [
  // Religions and beliefs
  'muslim', 'muslims', 'islam', 'islamic', 'mosque', 'mosques',
  'jew', 'jews', 'jewish', 'judaism', 'synagogue', 'synagogues',
  'christian', 'christians', 'christianity', 'catholic', 'catholics', 'protestant', 'protestants',
  'hindu', 'hindus', 'hinduism', 'sikh', 'sikhs', 'sikhism', 'buddhist', 'buddhists', 'buddhism',
  'atheist', 'atheists', 'religious', 'interfaith', 'gurdwara', 'temple', 'church',
  // Nationalities and ethnicities
  'black', 'white', 'asian', 'asians', 'african', 'africans', 'arab', 'arabs', 'arabic',
  'mexican', 'mexicans', 'chinese', 'indian', 'indians', 'pakistani', 'pakistanis',
  'bangladeshi', 'polish', 'romanian', 'romanians', 'irish', 'scottish', 'welsh', 'english',
  'british', 'somali', 'nigerian', 'jamaican', 'caribbean', 'latino', 'latina', 'hispanic',
  'european', 'europeans', 'syrian', 'syrians', 'afghan', 'ukrainian', 'ukrainians', 'gypsy',
  'traveller', 'travellers', 'roma', 'immigrant', 'immigrants', 'migrant', 'migrants',
  'refugee', 'refugees', 'asylum',
  // Sexual orientation and gender identity
  'gay', 'gays', 'lesbian', 'lesbians', 'bisexual', 'homosexual', 'homosexuals', 'queer',
  'lgbt', 'lgbtq', 'lgbtqia', 'trans', 'transgender', 'nonbinary', 'pride',
  // Disabilities
  'disabled', 'disability', 'disabilities', 'autistic', 'autism', 'deaf', 'blind',
  'wheelchair', 'dyslexic', 'dyslexia', 'adhd', 'downs', 'sen',
];

export const IDENTITY_TERMS: ReadonlySet<string> = new Set(TERMS);

/** Grouped, for reports. */
export const IDENTITY_GROUPS = {
  religion: ['muslim', 'muslims', 'islam', 'islamic', 'jew', 'jews', 'jewish', 'christian', 'christians', 'catholic', 'hindu', 'hindus', 'sikh', 'sikhs', 'buddhist', 'atheist'],
  nationality: ['black', 'white', 'asian', 'african', 'arab', 'mexican', 'chinese', 'indian', 'pakistani', 'polish', 'romanian', 'irish', 'immigrant', 'immigrants', 'refugee', 'refugees', 'migrants'],
  orientation: ['gay', 'lesbian', 'bisexual', 'homosexual', 'queer', 'lgbt', 'lgbtq', 'trans', 'transgender'],
  disability: ['disabled', 'disability', 'autistic', 'autism', 'deaf', 'blind', 'wheelchair', 'dyslexic', 'adhd'],
} as const;

export function isIdentityTerm(normalisedToken: string): boolean {
  return IDENTITY_TERMS.has(normalisedToken);
}
