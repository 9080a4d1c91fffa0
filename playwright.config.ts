import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's Chromium with the built extension (see tests/e2e/harness.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One browser at a time: each test launches its own persistent context on a 2-core machine.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
