import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests mirror the source tree under test/. Property tests print their seed on failure
// (fast-check does this by default); long e2e suites raise their own timeouts. The CLI speaks
// the environment's language, so tests (and the CLIs they spawn) run with an English locale
// whatever the machine's; a test of Chinese output asks for it.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: { LANG: 'C.UTF-8', LC_ALL: '' },
  },
});
