import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests that run the API: its schema is built in its own code (api/src/shared/executable-schema.ts) and
  // validated by Apollo, so both must load graphql's CommonJS entry, as Node does, not the ES module Vite would pick.
  // (This config is compiled as CommonJS with the CMS, so `require` is the module's own.)
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    // Local dev and CI run Node 20 (the Lambda runtime is 22): the AWS SDK's notice about it is noise here.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
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
