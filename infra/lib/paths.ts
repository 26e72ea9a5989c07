import { fileURLToPath } from 'node:url';

/** The monorepo root: the Lambda entries, the lockfile and the CMS image's build context live under it. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
