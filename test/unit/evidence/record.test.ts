import { describe, it, expect } from 'vitest';
import {
  applyEdit,
  dueForRemovalCheck,
  evidenceRecordSchema,
  formatDate,
  formatDateTime,
  newestFirst,
  parseRecord,
  removalCheckMessage,
} from '../../../src/evidence/record';
import { record, JPEG } from './fixtures';

describe('the evidence record schema', () => {
  it('accepts a whole record, with or without the reporting fields', () => {
    expect(parseRecord(record())).toEqual(record());
    const full = record({
      note: 'Posted by a parent',
      reportedTo: 'Ms Head, deputy head',
      reportedOn: '2025-03-04',
      removalRequestedOn: '2025-03-04T15:00:00.000Z',
      removalCheckedOn: '2025-03-06',
    });
    expect(parseRecord(full)).toEqual(full);
  });

  it.each([
    ['null', null],
    ['a string', 'record'],
    ['an array', [record()]],
    ['no id', { ...record(), id: undefined }],
    ['an empty id', record({ id: '' })],
    ['no address', { ...record(), url: undefined }],
    ['a capture time that is not ISO 8601', record({ capturedAt: '4 March 2025' })],
    ['a screenshot that is a web address', record({ screenshot: 'https://evil.example/x.png' })],
    ['a screenshot that is an SVG', record({ screenshot: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=' })],
    ['a screenshot with markup after the data', record({ screenshot: `${JPEG}"><script>alert(1)</script>` })],
    ['a note that is not text', { ...record(), note: 42 }],
    ['a reported-on date that is not a date', record({ reportedOn: 'yesterday' })],
    ['a removal-requested time that is only a date', record({ removalRequestedOn: '2025-03-04' })],
    ['a month 13', record({ removalCheckedOn: '2025-13-01' })],
  ])('rejects %s', (_what, value) => {
    expect(parseRecord(value)).toBeNull();
  });

  it('keeps unknown fields out', () => {
    const parsed = evidenceRecordSchema.parse({ ...record(), extra: '<b>x</b>' });
    expect('extra' in parsed).toBe(false);
  });
});

describe('editing a record', () => {
  it('sets and clears the reporting fields, never the capture', () => {
    const r = applyEdit(record(), { note: 'n', reportedTo: 'Mr Smith', reportedOn: '2025-03-05' });
    expect(r).toMatchObject({ note: 'n', reportedTo: 'Mr Smith', reportedOn: '2025-03-05', url: 'https://x.com/home', screenshot: JPEG });
    const cleared = applyEdit(r, { reportedTo: '', reportedOn: '' });
    expect(cleared.reportedTo).toBeUndefined();
    expect(cleared.reportedOn).toBeUndefined();
    expect(() => applyEdit(r, { reportedOn: 'soon' })).toThrow();
    expect(applyEdit(r, { url: 'https://elsewhere.example/' } as never).url).toBe('https://x.com/home');
  });
});

describe('dueForRemovalCheck (9.3, 9.4)', () => {
  const requested = '2025-03-04T09:00:00.000Z';
  const at = (ms: number) => new Date(Date.parse(requested) + ms);
  const H = 3_600_000;
  const M = 60_000;

  it('is not due at 23 h 59 min, is due at exactly 24 h and after', () => {
    const rs = [record({ removalRequestedOn: requested })];
    expect(dueForRemovalCheck(rs, at(23 * H + 59 * M))).toEqual([]);
    expect(dueForRemovalCheck(rs, at(24 * H - 1))).toEqual([]);
    expect(dueForRemovalCheck(rs, at(24 * H)).map((r) => r.id)).toEqual(['r1']);
    expect(dueForRemovalCheck(rs, at(72 * H)).map((r) => r.id)).toEqual(['r1']);
  });

  it('leaves out records already checked and those with no removal requested', () => {
    const rs = [
      record({ id: 'checked', removalRequestedOn: requested, removalCheckedOn: '2025-03-05' }),
      record({ id: 'never-requested' }),
      record({ id: 'due', removalRequestedOn: requested }),
    ];
    expect(dueForRemovalCheck(rs, at(48 * H)).map((r) => r.id)).toEqual(['due']);
  });

  it('words the reminder', () => {
    expect(removalCheckMessage(1)).toBe('1 record to check: was the content removed?');
    expect(removalCheckMessage(3)).toBe('3 records to check: was the content removed?');
  });
});

describe('ordering and dates', () => {
  it('lists newest first', () => {
    const rs = [
      record({ id: 'a', capturedAt: '2025-03-01T10:00:00.000Z' }),
      record({ id: 'b', capturedAt: '2025-03-04T10:00:00.000Z' }),
      record({ id: 'c', capturedAt: '2025-03-02T10:00:00.000Z' }),
    ];
    expect(newestFirst(rs).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('formats in British English with the time zone', () => {
    // (ICU versions differ on the comma after the weekday.)
    expect(formatDateTime('2025-07-04T13:05:09.000Z', 'Europe/London')).toMatch(/^Friday,? 4 July 2025 at 14:05:09 BST$/);
    expect(formatDateTime('2025-03-04T14:05:09.000Z', 'Europe/London')).toContain('14:05:09 GMT');
    expect(formatDate('2025-03-04')).toBe('4 March 2025');
  });
});
