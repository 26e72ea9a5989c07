import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '@cmk/api/local/dynamodb-local';
import { FETCH_BLOCKED_PORTS, ROOT } from '../lib/settings.ts';

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

  it('refuses a port that fetch blocks, naming another one', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'start.ts')], {
      cwd: ROOT,
      env: { ...process.env, API_PORT: '4190' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('API_PORT=4190 is a port that fetch refuses to call');
  });

  it('lists exactly the ports Node’s fetch refuses, among the ports up to 10100', async () => {
    const refused: number[] = [];
    for (let p = 1; p <= 10_100; p++) {
      // Nothing listens on 127.0.0.2: an allowed port fails to connect, a blocked one fails before trying.
      const error = await fetch(`http://127.0.0.2:${p}/`).then(
        () => undefined,
        (e: Error & { cause?: Error }) => e.cause?.message,
      );
      if (error === 'bad port') refused.push(p);
    }
    expect(refused).toEqual([...FETCH_BLOCKED_PORTS]);
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
