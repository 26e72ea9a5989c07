import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // One copy of graphql, so Apollo's `instanceof GraphQLError` recognises our error classes under Vitest.
  // The schema is built in our code (src/shared/executable-schema.ts) and validated by Apollo: both must
  // use graphql's CommonJS entry, the one Node (and so Apollo) loads, not the ES module Vite would pick.
  resolve: { dedupe: ['graphql'], alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    // Local dev and CI run Node 20 (the Lambda runtime is 22): the AWS SDK's notice about it is noise here.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    name: 'api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
