/**
 * The messages between the content script and the prompt's frame (src/ui/frame/main.tsx), over a
 * MessageChannel the content script hands the frame once, with a per-frame secret. Plain data only.
 */
import type { PromptProps } from '../content/Prompt';
import type { RequestReminderProps } from '../content/RequestReminder';
import type { UnsentProps } from './Unsent';

export type PromptData = Omit<PromptProps, 'onEdit' | 'onPostAnyway' | 'onNotConcern' | 'onOpenClause'>;
export type ReminderData = Omit<RequestReminderProps, 'onContinue' | 'onCancel' | 'onOpenClause'>;
export type UnsentData = Omit<UnsentProps, 'onClose'>;

export type FrameView = { view: 'prompt'; data: PromptData } | { view: 'reminder'; data: ReminderData } | { view: 'unsent'; data: UnsentData };

/**
 * draw: the view drawn ahead, hidden (while the person types, from the check ahead of sending), so
 * that a show of exactly the same view only reveals it; ignored while a view is shown.
 */
export type ToFrame = ({ type: 'show'; seq: number } & FrameView) | ({ type: 'draw' } & FrameView) | { type: 'hide' };

export type FrameAction =
  | { action: 'edit' }
  | { action: 'post-anyway'; officialAccount: boolean }
  | { action: 'not-concern'; key: string }
  | { action: 'open-clause'; clause: string }
  | { action: 'continue' }
  | { action: 'cancel' }
  | { action: 'close' };

export type FromFrame =
  | { type: 'ready' }
  /** The view is drawn and, as far as the browser can tell, visible. */
  | { type: 'shown'; seq: number }
  /** The browser reports the view hidden or covered (IntersectionObserver v2), or it could not be drawn. */
  | { type: 'not-visible'; seq: number; why: string }
  | ({ type: 'action'; seq: number } & FrameAction);

/** The first message the content script posts to the frame: the secret from the frame's URL, with the port. */
export interface Handshake {
  thinkTwice: string;
}
