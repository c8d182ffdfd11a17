import type { SiteAdapter } from './types';

/**
 * Mastodon, on any instance: recognised by its compose form, not by host. Ctrl/Cmd+Enter calls
 * the submit handler directly (no submit event), so the keyboard hook matters here.
 * mastodon.social is matched out of the box; other instances need the host permission granted.
 */
export const mastodon: SiteAdapter = {
  id: 'mastodon',
  name: 'Mastodon',
  matches: ['https://mastodon.social/*'],
  exampleUrls: ['https://mastodon.social/home', 'https://mastodon.social/@someone/123'],
  detect: (doc) => doc.querySelector('form.compose-form') !== null,
  composers: [
    {
      id: 'post',
      editor: 'form.compose-form textarea',
      submit: [
        {
          selector:
            '.compose-form__publish-button-wrapper button[type="submit"], .compose-form__publish button[type="submit"], form.compose-form button[type="submit"]',
        },
      ],
      media: '.compose-form__upload img, .compose-form__upload-thumbnail',
    },
  ],
};
