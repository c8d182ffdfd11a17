/**
 * The ids of the site adapters (src/sites/<id>.ts), for the settings schema's `sites` switch.
 * Kept apart from the registry so the schema does not pull in every adapter; a test checks the two agree.
 */
export const ADAPTER_IDS = ['x', 'facebook', 'instagram', 'linkedin', 'youtube', 'threads', 'bluesky', 'mastodon', 'reddit', 'tiktok'] as const;
