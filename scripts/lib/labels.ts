/**
 * How the public development corpus (../shared/corpus/dev) is labelled for the learned model's tone
 * heads, and the split of training rows into a calibration slice. Used by scripts/cnn/prep.ts (the
 * trainer's data) and scripts/cnn/calibrate.ts (the combination's defaults).
 *
 *  - offensive <- the row's `flag` (metoo-allegations `flag` rows: unknown, an allegation is not tone);
 *  - hate (the model's discrimination head) <- HateXplain, Davidson and TweetEval kind `hate`
 *    (OLID and metoo `flag` rows: unknown);
 *  - threat <- weak labels from the hand-written THREAT_SEED phrasings below on `flag` rows (no dev
 *    file labels threats), plus train-extra.jsonl's explicit `threat`.
 * MBIB workplace sexism (GPL-3.0 repository) is only ever MEASURED, never trained on
 * (EVALUATION_ONLY_FILES): a model fitted on GPL-3.0 data would arguably be a derived work under
 * that licence, which the extension's licence cannot honour.
 */
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a, type CorpusRow } from './corpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Hand-written school examples for the tone heads (benign school news, traps, hostile posts, group hate, veiled threats). */
export const EXTRA_FILE = join(root, 'src/model/train-extra.jsonl');
export const EXTRA_NAME = 'school-examples (train-extra.jsonl)';

export const EVALUATION_ONLY_FILES = new Set(['workplace-sexism.jsonl']);

/** A training row's calibration bucket (0..99): rows below the trainer's --cal-pct are never fitted, only used to choose thresholds. */
export function calibrationBucket(text: string): number {
  return fnv1a('calibration:' + text) % 100;
}

/** Hand-written seed of threat phrasings (weak labels for the threat head). */
export const THREAT_SEED: readonly RegExp[] = [
  /\b(i ?'?m|i am|im|i ?'?ll|i will|ill|imma|ima|we ?'?ll|we will|we ?'?re|we are|gonna|going to|gon)\s+(gonna\s+|going to\s+|gon\s+)?(kill|murder|shoot|stab|hurt|beat|batter|smash|punch|slap|hang|burn|strangle|choke|knock|end|destroy|rape|bury|cut)\s+(you|u|ya|your|ur|him|her|them|that|this|those|these|every|all)\b/,
  /\b(watch|mind) (your|ur) back\b/,
  /\bi know where (you|u|he|she|they) (live|lives|work|works)\b/,
  /\b(you|u) ?('?re|are|r) (dead|finished|done for|gonna die|going to die)\b/,
  /\b(you|u) ?('?ll|will) (regret|pay for|be sorry)\b/,
  /\b(should|deserves? to|needs? to|ought to) (be )?(shot|hanged|hung|killed|burned|burnt|lynched|executed|gassed|stabbed|beaten|put down)\b/,
  /\b(kill|shoot|hang|stab|gas|burn|lynch) (all|every|them|those|these)\b/,
  /\b(see|wait) what happens\b/,
  /\b(coming|come) for (you|u|ya)\b/,
];

export function threatSeedMatch(text: string): boolean {
  const t = text.toLowerCase().replace(/[’']/g, "'");
  return THREAT_SEED.some((re) => re.test(t));
}

interface ExtraRow extends CorpusRow {
  hate?: boolean;
  threat?: boolean;
}

/** Per tone head: 1, 0 or -1 (unknown). Order: offensive, hate, threat. */
export type ToneLabels = [number, number, number];

const HATE_FILES: Record<string, (r: CorpusRow) => boolean> = {
  'hatexplain.jsonl': (r) => r.kind === 'hate',
  'davidson.jsonl': (r) => r.kind === 'hate',
  'tweeteval-hate-train.jsonl': (r) => r.kind === 'hate',
  'workplace-sexism.jsonl': (r) => r.kind === 'sexist',
};

export function labelRow(file: string, r: CorpusRow): ToneLabels {
  const flag = r.label === 'flag';
  if (file === EXTRA_NAME) {
    const x = r as ExtraRow;
    if (!flag) return [0, 0, 0];
    return [1, x.hate === true ? 1 : 0, x.threat === true ? 1 : 0];
  }
  const off = file === 'metoo-allegations.jsonl' ? (flag ? -1 : 0) : flag ? 1 : 0;
  const hateFn = HATE_FILES[file];
  const hate = hateFn ? (hateFn(r) ? 1 : 0) : flag ? -1 : 0;
  const threat = flag && off !== -1 ? (threatSeedMatch(r.text) ? 1 : 0) : 0;
  return [off, hate, threat];
}
