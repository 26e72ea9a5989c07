import { createRequire } from 'node:module';
import { CMS_DIR, testEnv } from './env';

/** Compile the TypeScript app to dist/ once; every test file then loads it in ~2 s. */
export default async function setup(): Promise<void> {
  Object.assign(process.env, testEnv('compile').env);
  const require = createRequire(__filename);
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: CMS_DIR, ignoreDiagnostics: false });
}
