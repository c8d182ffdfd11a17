import type { EvidenceRecord } from '../../../src/evidence/record';

/** A 1×1 JPEG as captureVisibleTab would give it (any base64 will do for the tests). */
export const JPEG =
  'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==';

export function record(over: Partial<EvidenceRecord> = {}): EvidenceRecord {
  return {
    id: 'r1',
    url: 'https://x.com/home',
    title: 'Home / X',
    capturedAt: '2025-03-04T14:05:09.000Z',
    note: '',
    screenshot: JPEG,
    ...over,
  };
}
