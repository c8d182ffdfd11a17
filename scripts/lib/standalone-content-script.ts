/**
 * Build step (a Vite plugin, see vite.config.ts): the content script again, as ONE classic script
 * with nothing to import, for the sites a staff member grants at run time.
 *
 * crxjs loads the manifest's content script through a loader that imports its chunks from the
 * extension, so those chunks are web-accessible resources, and only for the manifest's built-in
 * sites. On a host granted later (a school's Mastodon server: optional_host_permissions, registered
 * by src/background/granted-sites.ts) that import would be refused. Making the chunks accessible to
 * every https site would let any site probe for them and learn that a visitor runs Think Twice, so
 * granted hosts get this self-contained bundle instead: it needs no web-accessible resource (the
 * tone model's weights are one already, behind a per-session dynamic URL).
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

// Where the bundle goes in the built extension (the worker registers this path).
import { STANDALONE_CONTENT_SCRIPT } from '../../src/background/granted-sites-path.ts';

export function standaloneContentScript(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let target: string | string[] = 'chrome120';
  return {
    name: 'think-twice:standalone-content-script',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      if (typeof config.build.target === 'string' || Array.isArray(config.build.target)) target = config.build.target;
    },
    async closeBundle() {
      await build({
        entryPoints: [resolve(root, 'src/content/content-script.ts')],
        outfile: resolve(outDir, STANDALONE_CONTENT_SCRIPT),
        bundle: true,
        format: 'iife',
        target,
        minify: true,
        legalComments: 'none',
        jsx: 'automatic',
        jsxImportSource: 'preact',
        logLevel: 'warning',
      });
    },
  };
}
