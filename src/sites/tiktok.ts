import type { SiteAdapter } from './types';

/** TikTok web comments: Draft.js inside [data-e2e=comment-input]; [data-e2e=comment-post] posts; Enter posts. */
export const tiktok: SiteAdapter = {
  id: 'tiktok',
  name: 'TikTok',
  matches: ['https://www.tiktok.com/*'],
  exampleUrls: ['https://www.tiktok.com/@someone/video/123', 'https://www.tiktok.com/foryou'],
  composers: [
    { id: 'comment', editor: '[data-e2e="comment-input"] [contenteditable="true"]', submit: [{ selector: '[data-e2e="comment-post"]' }], enterSends: true },
  ],
};
