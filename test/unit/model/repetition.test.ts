/**
 * The model max-pools over its windows, so a post pasted again and again adds no windows beyond the
 * few that span the joins between copies ("... in Year 4? Can anyone ..."): its scores must not climb
 * with the number of copies, whether it is read by the synchronous scorer (the first MAX_SYNC_TOKENS
 * words, as assess() reads it) or in chunks (all of it), and the repeated post must not gain a
 * model finding.
 *
 * What was measured on the benign school examples: the joins, and for the synchronous scorer the
 * cut after MAX_SYNC_TOKENS words (the last windows read the draft as ending mid-sentence), move a
 * head's score by at most 0.06 (all of it) and 0.14 (the first words), once and for all: two copies
 * (all of it) or enough to fill the first 8,000 characters score the same as a thousand, and none reaches the
 * assessment's threshold.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCnn, scoreCnn, scoreCnnChunked, CNN_HEADS, type CnnModel } from '../../../src/model/cnn';
import { assess } from '../../../src/assess';
import { HEAD_THRESHOLDS } from '../../../src/assess/model';
import { loadShippedModel, resolveCliSettings } from '../../../src/cli/check';

const ROOT = join(__dirname, '../../..');
const cnn: CnnModel = loadCnn(new Uint8Array(readFileSync(join(ROOT, 'public/model/school-model.bin'))));
const { settings, pack } = resolveCliSettings({}, () => {});
const model = loadShippedModel(() => {});
const ctx = { settings, pack, model };

const OWN = [
  'Lovely assembly from Year 4 this morning, thank you all for coming along.',
  'Reminder that parents evening is on Thursday from 4pm in the sports hall.',
  'Our science club made volcanoes and the kids loved every minute of it!',
  'Can anyone recommend a good book for a reluctant reader in Year 4?',
];
const EXAMPLES = readFileSync(join(ROOT, 'test/corpus/school-examples.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
/** Benign posts: the assessment has nothing to say about them. */
const BENIGN = [...OWN, ...EXAMPLES.filter((t) => !assess(t, ctx).flagged).slice(0, 30)];

/** The most the joins and the cut may move a head's score (measured at most 0.14). */
const TOLERANCE = 0.2;

const copies = (post: string, k: number) => Array(k).fill(post).join(' ');

describe('repetition', () => {
  it('repeating a benign post does not raise any model score', () => {
    expect(BENIGN.length).toBeGreaterThanOrEqual(30);
    for (const post of BENIGN) {
      const once = scoreCnn(cnn, post).probs;
      const twice = scoreCnnChunked(cnn, copies(post, 2)).probs;
      // Enough copies to fill the synchronous scorer's 8,000 characters: more read the same first words.
      const capped = scoreCnn(cnn, copies(post, Math.ceil(8_001 / (post.length + 1)) + 1)).probs;
      for (const k of [3, 100, 1_000]) {
        const text = copies(post, k);
        const sync = scoreCnn(cnn, text).probs;
        const whole = k <= 100 ? scoreCnnChunked(cnn, text).probs : null;
        for (const h of CNN_HEADS) {
          const why = `${h}, ${k} copies of "${post}"`;
          // Max-pooling: more copies than two (all of it), or than fill the first 8,000 characters, change nothing.
          if (whole) expect(whole[h], why).toBeCloseTo(twice[h], 12);
          if (text.length > 8_000) expect(sync[h], why).toBeCloseTo(capped[h], 12);
          for (const p of whole ? [sync[h], whole[h]] : [sync[h]]) {
            expect(p, why).toBeLessThanOrEqual(once[h] + TOLERANCE);
            const threshold = (HEAD_THRESHOLDS as Record<string, number>)[h];
            if (threshold !== undefined && once[h] < threshold) expect(p, why).toBeLessThan(threshold);
          }
        }
      }
      expect(
        assess(copies(post, 1_000), ctx).findings.filter((f) => f.source === 'model'),
        post,
      ).toEqual([]);
    }
  });
});
