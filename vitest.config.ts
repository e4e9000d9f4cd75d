import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // tests/browser needs Chromium: `npm run test:browser` runs it with vitest.browser.config.ts
    exclude: [...configDefaults.exclude, 'tests/browser/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
