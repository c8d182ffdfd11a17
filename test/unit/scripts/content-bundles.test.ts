import { describe, it, expect } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { LOCALE_FILES, manifestForCrx, withContentScripts } from '../../../scripts/lib/content-bundles';
import { CONTENT_SCRIPT, ENGINE, PROMPT_FRAME } from '../../../src/bundle-paths';
import { MODEL_PATH } from '../../../src/assess/model-path';

describe('the content script bundles in the built manifest', () => {
  const crx = manifestForCrx(manifest);
  const built = withContentScripts(
    { ...crx, web_accessible_resources: [{ resources: [MODEL_PATH], matches: ['<all_urls>'], use_dynamic_url: true }] },
    manifest,
  );

  it('crxjs is not given the content scripts (it would make their chunks web-accessible at static addresses)', () => {
    expect(crx).not.toHaveProperty('content_scripts');
    expect(crx.name).toBe(manifest.name);
  });

  it('lists the one self-contained script for every site the source manifest names', () => {
    expect(built.content_scripts).toEqual(manifest.content_scripts.map((c) => ({ ...c, js: [CONTENT_SCRIPT] })));
  });

  it('makes only the engine, the model, the prompt frame and the locales web-accessible, each behind a dynamic URL', () => {
    const war = built.web_accessible_resources as Array<{ resources: string[]; use_dynamic_url: boolean }>;
    expect(LOCALE_FILES).toEqual(['_locales/en_GB/messages.json', '_locales/cy/messages.json']);
    expect(war.flatMap((w) => w.resources).sort()).toEqual([ENGINE, MODEL_PATH, PROMPT_FRAME, ...LOCALE_FILES].sort());
    for (const w of war) expect(w.use_dynamic_url).toBe(true);
    expect(war.flatMap((w) => w.resources)).not.toContain(CONTENT_SCRIPT);
  });

  it('refuses a web-accessible resource it did not expect, rather than ship it at a static address', () => {
    expect(() => withContentScripts({ ...crx, web_accessible_resources: [{ resources: ['assets/chunk.js'], matches: ['<all_urls>'] }] }, manifest)).toThrow(
      /did not expect/,
    );
  });
});
