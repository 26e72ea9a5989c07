import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql, so Apollo's `instanceof GraphQLError` recognises our error classes under Vitest.
  resolve: { dedupe: ['graphql'] },
  test: {
    name: 'api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
