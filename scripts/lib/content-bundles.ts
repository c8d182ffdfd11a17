/**
 * Build step (a Vite plugin, see vite.config.ts): the content script's two bundles and their
 * manifest entries. crxjs builds the worker and the extension pages; the content script is built
 * here, because crxjs's loader imports the script's chunks from static web-accessible URLs
 * (chrome-extension://<fixed id>/assets/...), which any site can probe to learn that a visitor runs
 * Think Twice, and Chromium refuses those chunks' own imports when the resources are behind a
 * per-session dynamic URL (use_dynamic_url: the module's base URL becomes the static one).
 *
 * So (paths in src/bundle-paths.ts):
 * - the content script is ONE classic script with nothing to import, listed in the manifest for the
 *   built-in sites and registered by the worker for hosts granted at run time; not web-accessible;
 * - the engine (checker, assessment, model code) is ONE self-contained module that the script imports
 *   when a composer is first used, through its dynamic URL;
 * - every web-accessible resource (engine, model weights, the prompt's frame) is behind a dynamic URL.
 */
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_SCRIPT, ENGINE, PROMPT_FRAME } from '../../src/bundle-paths.ts';
import { MODEL_PATH } from '../../src/assess/model-path.ts';
import { LOCALE_DIRS } from '../../src/settings/language.ts';

/**
 * Each language's messages.json, which the content script loads when the `language` setting chooses
 * a language other than the browser's (src/ui/i18n.ts): a content script can fetch only the
 * extension's web-accessible files.
 */
export const LOCALE_FILES = Object.values(LOCALE_DIRS).map((dir) => `_locales/${dir}/messages.json`);

type Json = Record<string, any>;

/** The manifest crxjs is given: the source manifest without its content scripts (added by this plugin). */
export function manifestForCrx(manifest: Json): Json {
  const { content_scripts: _built_here, ...rest } = manifest;
  return rest;
}

/** The built manifest with the content scripts and the dynamic-URL web-accessible resources. Pure. */
export function withContentScripts(built: Json, source: Json): Json {
  const m: Json = structuredClone(built);
  m.content_scripts = (source.content_scripts as Json[]).map((c) => ({ ...c, js: [CONTENT_SCRIPT] }));
  const others = ((m.web_accessible_resources ?? []) as Json[])
    .map((w) => ({ ...w, resources: (w.resources as string[]).filter((r) => r !== MODEL_PATH) }))
    .filter((w) => w.resources.length > 0);
  if (others.length) throw new Error(`web-accessible resources the build did not expect: ${JSON.stringify(others)}`);
  m.web_accessible_resources = [{ resources: [ENGINE, MODEL_PATH, PROMPT_FRAME, ...LOCALE_FILES], matches: ['<all_urls>'], use_dynamic_url: true }];
  return m;
}

export function contentBundles(sourceManifest: Json): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let target: string | string[] = 'chrome120';
  return {
    name: 'think-twice:content-bundles',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      if (typeof config.build.target === 'string' || Array.isArray(config.build.target)) target = config.build.target;
    },
    async closeBundle() {
      const common = { bundle: true, target, minify: true, legalComments: 'none', jsx: 'automatic', jsxImportSource: 'preact', logLevel: 'warning' } as const;
      await build({ ...common, entryPoints: [resolve(root, 'src/content/content-script.ts')], outfile: resolve(outDir, CONTENT_SCRIPT), format: 'iife' });
      await build({ ...common, entryPoints: [resolve(root, 'src/content/engine.ts')], outfile: resolve(outDir, ENGINE), format: 'esm' });
      const file = resolve(outDir, 'manifest.json');
      const built = JSON.parse(readFileSync(file, 'utf8')) as Json;
      writeFileSync(file, JSON.stringify(withContentScripts(built, sourceManifest), null, 2) + '\n');
    },
  };
}
