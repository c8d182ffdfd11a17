import type { SiteAdapter } from './types';

/** Threads: Lexical editors in a dialog (one per post of a thread); "Post" is a div[role=button]; no testids. */
export const threads: SiteAdapter = {
  id: 'threads',
  name: 'Threads',
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*', 'https://threads.com/*', 'https://threads.net/*'],
  exampleUrls: ['https://www.threads.com/', 'https://www.threads.net/@someone/post/abc'],
  composers: [
    {
      id: 'post',
      editor: '[role="textbox"][data-lexical-editor="true"]',
      submit: [{ selector: '[role="button"], button', text: /^(post|reply)$/i }],
      media: 'img[src^="blob:"], video',
    },
  ],
};
