import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests mirror the source tree under test/. Property tests print their seed on failure
// (fast-check does this by default); long e2e suites raise their own timeouts.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
