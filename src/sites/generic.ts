import { SUBMIT_WORDS, type SiteAdapter } from './types';

/**
 * The fallback when a known site's markup has changed and its own adapter finds nothing: any
 * contenteditable or textarea with a submit-like control near it. Used only on supported sites,
 * and logged, so a changed site is noticed.
 */
export const generic: SiteAdapter = {
  id: 'generic',
  name: 'this site',
  matches: [],
  exampleUrls: [],
  composers: [
    {
      id: 'generic',
      editor: '[contenteditable="true"], [contenteditable="plaintext-only"], textarea',
      submit: [{ selector: 'button[type="submit"]' }, { selector: 'button, [role="button"]', text: SUBMIT_WORDS }],
    },
  ],
};
