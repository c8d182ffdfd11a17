/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

// Unit tests: pure logic in Node (checker, schedule, settings, policy pack, adapters' URL matching).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // Node has no browser i18n: words the code looks up (src/ui/i18n.ts) come from the English locale file.
    setupFiles: ['test/unit/setup-i18n.ts'],
    testTimeout: 20_000,
  },
});
