import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql, so Apollo's `instanceof GraphQLError` recognises the API's error classes under Vitest.
  resolve: { dedupe: ['graphql'] },
  test: {
    name: 'client',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
