import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['api', 'cms', 'infra', 'scripts', 'client', 'testing', 'portal'].map((dir) => `${dir}/vitest.config.ts`),
    pool: 'threads',
    // Two cores in CI: Strapi and DynamoDB Local are heavy, so keep files from piling up.
    maxWorkers: 2,
  },
});
