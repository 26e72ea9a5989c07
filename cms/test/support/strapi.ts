import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import { CMS_DIR, testEnv } from './env';

const require = createRequire(__filename);

export interface TestStrapi {
  strapi: Core.Strapi;
  /** Base URL of an HTTP server in front of this Strapi (REST and admin API). */
  url: string;
  apiToken: string;
  close(): Promise<void>;
}

/** An in-process Strapi on its own SQLite file, seeded by its own bootstrap, with a real HTTP listener. */
export async function startStrapi(name: string, extraEnv: Record<string, string> = {}, { admin = false } = {}): Promise<TestStrapi> {
  const { dir, tokenFile, env } = testEnv(name);
  Object.assign(process.env, env, extraEnv);
  // The ESM entry of @strapi/strapi fails under Vitest; the CommonJS one works.
  const { createStrapi } = require('@strapi/strapi');
  const instance = createStrapi({
    appDir: CMS_DIR,
    distDir: path.join(CMS_DIR, 'dist'),
    serveAdminPanel: admin,
    autoReload: false,
  });
  let strapi: Core.Strapi;
  try {
    strapi = await instance.load();
  } catch (error) {
    // A refused start (e.g. a production start without its settings) must not leave a half-open Strapi behind.
    await instance.destroy().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const server = strapi.server.httpServer;
  // Idle keep-alive sockets closed by the server while fetch reuses them give ECONNRESET on a busy
  // machine; keep them open longer than any pause inside a test.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 121_000;
  await new Promise<void>((resolve) => strapi.server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    apiToken: fs.existsSync(tokenFile) ? fs.readFileSync(tokenFile, 'utf8').trim() : '',
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await strapi.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function counts(strapi: Core.Strapi, uids: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const uid of uids) out[uid] = await strapi.db.query(uid as any).count();
  return out;
}
