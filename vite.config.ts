/// <reference types="vitest/config" />
// Build only: no logic here. crxjs reads manifest.json and bundles the worker and the pages it names;
// extension pages the manifest does not name are listed under rollupOptions.input; the content
// script is built by scripts/lib/content-bundles.ts.
import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { contentBundles, manifestForCrx } from './scripts/lib/content-bundles.ts';

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestForCrx(manifest) as typeof manifest }), contentBundles(manifest)],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    rollupOptions: {
      input: {
        policy: 'src/ui/policy/index.html',
        evidence: 'src/ui/evidence/index.html',
        frame: 'src/ui/frame/index.html',
        try: 'src/try/index.html',
      },
    },
  },
});
