/**
 * Where the build puts the content script's parts in the extension (scripts/lib/content-bundles.ts
 * writes them and the manifest entries; the worker and the content script read these paths).
 *
 * - CONTENT_SCRIPT: one classic script with nothing to import, run on every supported site and on
 *   hosts granted at run time. It is not web-accessible: no page can load or probe it.
 * - ENGINE: the checker and the assessment, one self-contained module the content script imports
 *   when a composer is first used. Web-accessible only behind a per-session dynamic URL.
 * - PROMPT_FRAME: the page the prompt is drawn in (an extension-origin frame, so the site can neither
 *   read it, click it nor hear what is typed into it). Web-accessible behind a dynamic URL too.
 */
export const CONTENT_SCRIPT = 'assets/content-script.js';
export const ENGINE = 'assets/engine.js';
export const PROMPT_FRAME = 'src/ui/frame/index.html';
