/**
 * A site adapter: everything Think Twice knows about one site's composers, as data.
 * A site's selectors appear nowhere else. See ../../docs (composers) for the sources.
 */
export interface ControlSpec {
  /** CSS selector of a submit control (Post / Reply / Send ...). */
  selector: string;
  /** When given, the control's accessible text (aria-label or text) must match. */
  text?: RegExp;
}

export interface ComposerSpec {
  /** Stable id within the site, e.g. "post", "reply", "comment", "dm". */
  id: string;
  /** CSS selector of the editor element (contenteditable root or textarea). */
  editor: string;
  /** The composer's submit controls; found by walking up from the editor (through open shadow roots). */
  submit: ControlSpec[];
  /** Plain Enter sends (comments, DMs). Never during IME composition or an open mention/emoji list. */
  enterSends?: boolean;
  /** Something in the composer that shows a photo or video is attached. */
  media?: string;
}

export interface SiteAdapter {
  id: string;
  name: string;
  /** Match patterns (as in the manifest) for the pages this adapter handles. */
  matches: string[];
  /** Example URLs it must handle (a registry test checks each adapter against every other's). */
  exampleUrls: string[];
  /** For sites on many hosts (Mastodon): recognise the site by its markup instead of its URL. */
  detect?: (doc: Document) => boolean;
  /** Most specific first: the first spec whose editor matches wins. */
  composers: ComposerSpec[];
  /**
   * Controls that accept or send a friend/follow request (policy 5.3). Only treated as one when a
   * profile link sits in the same card (that link also identifies the person).
   */
  requests?: ControlSpec[];
}

/** The words submit controls say, for the generic fallback and text-identified controls. */
export const SUBMIT_WORDS = /^(post|reply|comment|publish|share|send|tweet|toot|submit|post all|reply all)$/i;
