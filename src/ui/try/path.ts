/** Where the "Try a draft" page sits in the built extension: its own module, so the popup and options link to it without loading it. */
export const TRY_PAGE_PATH = 'src/try/index.html';
