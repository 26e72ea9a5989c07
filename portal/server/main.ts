/**
 * The portal on this machine, started by `npm start`: portal/dist on 127.0.0.1:$PORTAL_PORT
 * (default 3000), /graphql passed to the API at $API_URL, local sign-in with the keys in
 * $CMK_DATA_DIR/keys (the same pair `npm run token` and the local API use).
 */
import path from 'node:path';
import { defaultKeysDir } from '@cmk/api/shared/auth/local-keys';
import { DIST_DIR } from '../scripts/build-lib.ts';
import { startPortalServer } from './index.ts';

const port = Number(process.env.PORTAL_PORT ?? 3000);
const apiUrl = process.env.API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 4000}/graphql`;
const stage = process.env.STAGE ?? 'local';
const keysDir = process.env.LOCAL_KEYS_DIR ?? defaultKeysDir();
// Offer images come from Strapi's /uploads locally (the API makes them absolute with MEDIA_BASE_URL).
const imageOrigins = process.env.MEDIA_ORIGIN ? [process.env.MEDIA_ORIGIN] : [];

try {
  const { server } = await startPortalServer({ distDir: DIST_DIR, apiUrl, stage, keysDir: path.resolve(keysDir), port, imageOrigins });
  console.log(`Portal ready at http://localhost:${port}`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} is in use. Stop what uses it, or set PORTAL_PORT to another port (e.g. PORTAL_PORT=3001 npm start).`
      : `Portal server failed: ${(error as Error).message}`,
  );
  process.exit(1);
}
