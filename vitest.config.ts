import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
    // The real renders bundle, open Chromium and encode; the rest are pure and fast.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
