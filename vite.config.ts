/// <reference types="vitest/config" />
// Build only: no logic here. crxjs reads manifest.json and bundles every entry it names;
// extension pages the manifest does not name are listed under rollupOptions.input.
import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { standaloneContentScript } from './scripts/lib/standalone-content-script.ts';

export default defineConfig({
  plugins: [preact(), crx({ manifest }), standaloneContentScript()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    rollupOptions: {
      input: {
        policy: 'src/ui/policy/index.html',
        evidence: 'src/ui/evidence/index.html',
      },
    },
  },
});
