import type { SiteAdapter } from './types';

/**
 * Instagram: comments are a textarea in a form (Enter submits); the caption is a contenteditable
 * in the "Create new post" dialog that ends with "Share"; DMs are a contenteditable "Message"
 * (Enter sends). Classes are obfuscated, so only labels, roles and text are used.
 */
export const instagram: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  exampleUrls: ['https://www.instagram.com/', 'https://www.instagram.com/p/ABC123/', 'https://www.instagram.com/direct/t/123/'],
  requests: [{ selector: 'button, [role="button"]', text: /^(follow|follow back|confirm|accept)$/i }],
  composers: [
    {
      id: 'comment',
      editor: 'textarea[aria-label^="Add a comment"]',
      submit: [{ selector: 'button[type="submit"], [role="button"]', text: /^post$/i }],
      enterSends: true,
    },
    {
      id: 'caption',
      editor: '[contenteditable="true"][aria-label^="Write a caption"]',
      submit: [{ selector: '[role="button"], button', text: /^share$/i }],
      media: 'img, video',
    },
    {
      id: 'dm',
      editor: '[contenteditable="true"][aria-label="Message"]',
      submit: [{ selector: '[role="button"], button', text: /^send$/i }],
      enterSends: true,
    },
  ],
};
