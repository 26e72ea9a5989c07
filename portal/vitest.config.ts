import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql, so Apollo's `instanceof GraphQLError` recognises the API's error classes under Vitest.
  resolve: { dedupe: ['graphql'] },
  test: {
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    name: 'portal',
    include: ['test/**/*.test.ts'],
    // The browser tests need portal/dist: built once before them when the sources changed.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    // The page waits for the API and re-renders: on a loaded two-core machine that takes seconds, not the default one.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    hookTimeout: 180_000,
  },
});
