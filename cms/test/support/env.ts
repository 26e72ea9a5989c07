import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CMS_DIR = path.resolve(__dirname, '..', '..');

/** Media uploaded in a test go to its own directory, removed with it. */
function publicDir(dir: string): string {
  const pub = path.join(dir, 'public');
  fs.mkdirSync(path.join(pub, 'uploads'), { recursive: true });
  return pub;
}

/** Secrets, a private SQLite file and a media directory per test file; nothing shared between files. */
export function testEnv(name: string): { dir: string; tokenFile: string; env: Record<string, string> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cmk-cms-${name}-`));
  const tokenFile = path.join(dir, 'api-token');
  return {
    dir,
    tokenFile,
    env: {
      APP_KEYS: 'testKeyOne,testKeyTwo',
      API_TOKEN_SALT: 'test-api-token-salt',
      ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
      TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
      JWT_SECRET: 'test-jwt-secret',
      ENCRYPTION_KEY: 'test-encryption-key-0123456789abcdef',
      DATABASE_FILENAME: path.join(dir, 'data.db'),
      CMS_PUBLIC_DIR: publicDir(dir),
      CMS_API_TOKEN_FILE: tokenFile,
      STRAPI_TELEMETRY_DISABLED: 'true',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
    },
  };
}
