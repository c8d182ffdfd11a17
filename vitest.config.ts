/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

// Unit tests: pure logic in Node (checker, schedule, settings, policy pack, adapters' URL matching).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
