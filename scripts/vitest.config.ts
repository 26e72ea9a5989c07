import { defineConfig } from 'vitest/config';

export default defineConfig({
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
