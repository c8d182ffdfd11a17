import type { SiteAdapter } from './types';

/** Bluesky: TipTap/ProseMirror; the publish button has data-testid=composerPublishBtn; Ctrl/Cmd+Enter posts. */
export const bluesky: SiteAdapter = {
  id: 'bluesky',
  name: 'Bluesky',
  matches: ['https://bsky.app/*'],
  exampleUrls: ['https://bsky.app/', 'https://bsky.app/profile/someone.bsky.social/post/abc'],
  composers: [
    {
      id: 'post',
      editor: '.ProseMirror[contenteditable="true"]',
      submit: [{ selector: '[data-testid="composerPublishBtn"]' }],
      media: '[data-testid="imageGallery"] img, video',
    },
  ],
};
