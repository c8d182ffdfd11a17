import type { SiteAdapter } from './types';

/**
 * Reddit: custom elements. The editor is a light-DOM child of <shreddit-composer>; the form and its
 * submit button live in the element's open shadow root, so the submit event never reaches window.
 */
export const reddit: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit',
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*'],
  exampleUrls: ['https://www.reddit.com/r/teachers/submit', 'https://www.reddit.com/r/uk/comments/abc/title/'],
  composers: [
    { id: 'post', editor: 'shreddit-composer [role="textbox"][contenteditable="true"]', submit: [{ selector: 'button[type="submit"]' }] },
    { id: 'old-comment', editor: 'form.usertext textarea', submit: [{ selector: 'button[type="submit"].save, .usertext-buttons button[type="submit"]' }] },
  ],
};
