import type { SiteAdapter } from './types';

/**
 * X (formerly Twitter): Draft.js editors. A thread has tweetTextarea_0..N; the inline composer's
 * button is tweetButtonInline, the modal's (replies, quotes) tweetButton. Ctrl/Cmd+Enter posts.
 * DMs: Enter sends. The button is aria-disabled while the draft is empty. (Seen 2025-2026.)
 */
export const x: SiteAdapter = {
  id: 'x',
  name: 'X',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'],
  exampleUrls: ['https://x.com/home', 'https://x.com/someone/status/1234567890', 'https://twitter.com/compose/post', 'https://x.com/messages/123-456'],
  composers: [
    {
      id: 'dm',
      editor: '[data-testid="dmComposerTextInput"]',
      submit: [{ selector: '[data-testid="dmComposerSendButton"]' }],
      enterSends: true,
      media: '[data-testid="attachments"] img',
    },
    {
      id: 'post',
      editor: '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] [contenteditable="true"]',
      submit: [{ selector: '[data-testid="tweetButtonInline"]' }, { selector: '[data-testid="tweetButton"]' }],
      media: '[data-testid="attachments"] img, [data-testid="attachments"] video',
    },
  ],
};
