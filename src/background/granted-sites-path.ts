/**
 * The self-contained content script for hosts granted at run time (built by
 * scripts/lib/standalone-content-script.ts; registered by granted-sites.ts).
 */
export const STANDALONE_CONTENT_SCRIPT = 'assets/content-script-standalone.js';
