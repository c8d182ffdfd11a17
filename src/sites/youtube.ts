import type { SiteAdapter } from './types';

/** YouTube comments: a plain contenteditable (#contenteditable-root) that appears after clicking the placeholder; no keyboard submit. */
export const youtube: SiteAdapter = {
  id: 'youtube',
  name: 'YouTube',
  matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  exampleUrls: ['https://www.youtube.com/watch?v=abc', 'https://www.youtube.com/shorts/abc'],
  composers: [{ id: 'comment', editor: '#contenteditable-root', submit: [{ selector: '#submit-button button, #submit-button' }] }],
};
