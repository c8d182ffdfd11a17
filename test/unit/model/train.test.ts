import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../../scripts/lib/corpus';
import { loadLabelledRows, train, DEFAULT_TRAIN, splitOf, threatSeedMatch } from '../../../scripts/train';

const hasCorpus = existsSync(join(corpusDir(), 'dev'));

describe('training', () => {
  it('splits by text hash and seeds threat labels from the hand-written patterns', () => {
    expect(splitOf('Our Muslim and Jewish pupils led the interfaith assembly')).toMatch(/^(train|val)$/);
    expect(threatSeedMatch("I know where you live")).toBe(true);
    expect(threatSeedMatch('Year 5 killed it at sports day')).toBe(false);
  });

  it.skipIf(!hasCorpus)('is deterministic: two runs on a small subset give byte-identical model files', () => {
    const rows = loadLabelledRows();
    expect(rows.some((r) => r.split === 'val')).toBe(true);
    const o = { ...DEFAULT_TRAIN, limitPerFile: 150, epochs: 2, hashBits: 14, log: () => {} };
    const a = train(rows, o);
    const b = train(rows, o);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});
