import type { SiteAdapter } from './types';

/**
 * LinkedIn: the new share modal uses TipTap/ProseMirror in a dialog ("Post" is
 * button.share-actions__primary-action); comments still use Quill (.ql-editor) with the
 * comments-comment-box submit button; messaging uses .msg-form__contenteditable.
 */
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  exampleUrls: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/posts/someone-123', 'https://www.linkedin.com/messaging/thread/1/'],
  composers: [
    {
      id: 'comment',
      editor: '.comments-comment-box .ql-editor, .comments-comment-box [contenteditable="true"]',
      submit: [{ selector: 'button[class*="comments-comment-box__submit-button"]' }],
    },
    { id: 'message', editor: '.msg-form__contenteditable', submit: [{ selector: 'button.msg-form__send-button, button[type="submit"]' }] },
    {
      id: 'post',
      editor: '[role="dialog"] [contenteditable="true"]',
      submit: [{ selector: 'button.share-actions__primary-action' }],
      media: '.share-creation-state__preview img, [role="dialog"] img[src^="blob:"]',
    },
  ],
};
