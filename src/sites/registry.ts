/** Every site adapter. A test fails if an adapter file exists that is not listed here. */
import type { SiteAdapter } from './types';
import { matchesPattern } from './match';
import { x } from './x';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { youtube } from './youtube';
import { threads } from './threads';
import { bluesky } from './bluesky';
import { mastodon } from './mastodon';
import { reddit } from './reddit';
import { tiktok } from './tiktok';
import { generic } from './generic';

export const ADAPTERS: readonly SiteAdapter[] = [x, facebook, instagram, linkedin, youtube, threads, bluesky, mastodon, reddit, tiktok];
export const GENERIC = generic;

/** The adapter for a URL, or one recognised by markup (Mastodon), or null. */
export function adapterFor(url: string, doc?: Document): SiteAdapter | null {
  for (const a of ADAPTERS) if (a.matches.some((p) => matchesPattern(p, url))) return a;
  if (doc) for (const a of ADAPTERS) if (a.detect?.(doc)) return a;
  return null;
}
