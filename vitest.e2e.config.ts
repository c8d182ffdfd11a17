/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (dist/) in real Chromium, fixtures served at the real site URLs.
// One browser at a time: these machines have 2 cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
