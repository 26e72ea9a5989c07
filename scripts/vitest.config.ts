import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // Tests that run the API: its schema is built in its own code (api/src/shared/executable-schema.ts) and
  // validated by Apollo, so both must load graphql's CommonJS entry, as Node does, not the ES module Vite would pick.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    // Local dev and CI run Node 20 (the Lambda runtime is 22): the AWS SDK's notice about it is noise here.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    name: 'scripts',
    include: ['test/**/*.test.ts'],
    passWithNoTests: true,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'threads',
  },
});
