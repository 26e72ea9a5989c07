import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'cms',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    passWithNoTests: true,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Forks break on strapi.destroy(); threads do not.
    pool: 'threads',
  },
});
