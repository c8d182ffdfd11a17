import { describe, expect, it } from 'vitest';
import { fnv1a, type CorpusRow } from '../../../scripts/lib/corpus';
import { asPolicyReadsIt, loadPolicyReview, type PolicyReading } from '../../../scripts/lib/policy-review';

describe('policy review of corpus labels', () => {
  const review = loadPolicyReview();

  it('records a reading and a reason for each reviewed row, once', () => {
    expect(review.length).toBeGreaterThan(0);
    for (const r of review) {
      expect(['flag', 'ok']).toContain(r.policy);
      expect(r.why.trim()).not.toBe('');
      expect(r.excerpt.trim()).not.toBe('');
      expect(Number.isInteger(r.fnv1a)).toBe(true);
    }
    const keys = review.map((r) => `${r.file}:${r.fnv1a}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lists only rows of benign-tweets.jsonl, which has no "flag" rows, so a reading can only be stricter than the publisher', () => {
    // The file lists benign-tweets rows; a reading may only move ok -> flag (or confirm ok).
    expect(review.every((r) => r.file === 'benign-tweets.jsonl')).toBe(true);
  });

  it('relabels matched rows, leaves the rest, and reports readings that match no row', () => {
    const rows: CorpusRow[] = [
      { text: 'so fucking excited', label: 'ok' },
      { text: 'send nudes', label: 'ok' },
      { text: 'lovely day', label: 'ok' },
    ];
    const readings: PolicyReading[] = [
      { file: 'f.jsonl', fnv1a: fnv1a('so fucking excited'), excerpt: 'so fucking', policy: 'ok', why: 'swearing, not aimed at anyone' },
      { file: 'f.jsonl', fnv1a: fnv1a('send nudes'), excerpt: 'send nudes', policy: 'flag', why: 'sexual content' },
      { file: 'f.jsonl', fnv1a: fnv1a('a row that is gone'), excerpt: 'a row', policy: 'flag', why: 'x' },
      { file: 'other.jsonl', fnv1a: fnv1a('lovely day'), excerpt: 'lovely', policy: 'flag', why: 'another file' },
    ];
    const read = asPolicyReadsIt('f.jsonl', rows, readings);
    expect(read.rows.map((r) => r.label)).toEqual(['ok', 'flag', 'ok']);
    expect(read.changed).toBe(1);
    expect(read.reviewed.size).toBe(3);
    expect(read.unmatched.map((r) => r.excerpt)).toEqual(['a row']);
    expect(rows[1]!.label).toBe('ok');
  });
});
