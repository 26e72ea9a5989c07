import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'infra',
    include: ['test/**/*.test.ts'],
    passWithNoTests: true,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Forks, not threads: CDK bundling spawns esbuild with the process's stdio, which a worker thread lacks.
    pool: 'forks',
  },
});
