import { defineConfig } from 'vitest/config';

/** Browser tests: headless Chromium through playwright-core (`npm run test:browser`); `npm test` never runs them. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
