/** Where the Evidence page is, inside the extension (vite.config.ts builds it). */
export const EVIDENCE_PAGE_PATH = 'src/ui/evidence/index.html';
