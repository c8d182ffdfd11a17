import type { SiteAdapter } from './types';

/**
 * Facebook: Lexical editors (div[role=textbox][data-lexical-editor=true]). The feed composer's
 * Post control is a div[role=button], Enter is a newline there; comments, replies and Messenger
 * send on Enter (Shift+Enter is a newline). Labels follow the UI language: English here.
 */
export const facebook: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  exampleUrls: [
    'https://www.facebook.com/',
    'https://www.facebook.com/groups/123/',
    'https://web.facebook.com/someone/posts/1',
    'https://www.facebook.com/messages/t/123',
  ],
  requests: [{ selector: '[role="button"][aria-label], button[aria-label]', text: /^(confirm|add friend|accept|respond)$/i }],
  composers: [
    {
      id: 'comment',
      editor:
        '[contenteditable="true"][aria-label^="Write a comment"], [contenteditable="true"][aria-label^="Write a reply"], [contenteditable="true"][aria-label^="Comment as"], [contenteditable="true"][aria-label^="Reply as"]',
      submit: [{ selector: '[role="button"][aria-label="Comment"], [role="button"][aria-label="Reply"]' }],
      enterSends: true,
    },
    {
      id: 'messenger',
      editor: '[contenteditable="true"][aria-label="Message"], [contenteditable="true"][aria-label^="Write to "]',
      submit: [{ selector: '[role="button"][aria-label="Press enter to send"], [role="button"][aria-label="Send"]' }],
      enterSends: true,
    },
    {
      id: 'post',
      editor: '[role="textbox"][data-lexical-editor="true"]',
      submit: [{ selector: '[role="button"][aria-label="Post"], [role="button"][aria-label="Next"]', text: /^(post|next)$/i }],
      media: 'img[alt]:not([alt=""]), video',
    },
  ],
};
