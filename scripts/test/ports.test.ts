import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '@cmk/api/local/dynamodb-local';
import { ROOT } from '../lib/settings.ts';

describe('npm start with a port taken', () => {
  it('fails within seconds naming the port and the variable that moves it', async () => {
    const port = await freePort();
    const blocker = net.createServer().listen(port, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    try {
      const [cms, dynamodb] = [await freePort(), await freePort()];
      const started = Date.now();
      const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'start.ts')], {
        cwd: ROOT,
        env: { ...process.env, API_PORT: String(port), CMS_PORT: String(cms), DYNAMODB_PORT: String(dynamodb) },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Port ${port} (GraphQL API) is in use`);
      expect(result.stderr).toContain(`API_PORT=${port + 1} npm start`);
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      blocker.close();
    }
  });

  it('refuses a port setting that is not a number', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'start.ts')], {
      cwd: ROOT,
      env: { ...process.env, CMS_PORT: 'abc' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('CMS_PORT=abc is not a port number');
  });
});
