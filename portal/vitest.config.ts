import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // One copy of graphql: the API builds its schema in its own code and Apollo validates it, so both must
  // load graphql's CommonJS entry, as Node does, not the ES module Vite would pick.
  resolve: { dedupe: ['graphql'], alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
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
