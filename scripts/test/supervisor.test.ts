import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ServiceFailedError, Supervisor, runStep } from '../lib/supervisor.ts';
import { freePort, waitForPort } from '@cmk/api/local/dynamodb-local';

const node = process.execPath;
/** Running, not a zombie: in containers an orphan's zombie may never be reaped. */
const alive = (pid: number) => {
  try {
    return !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/** A child that serves TCP on a port and writes its pid, then runs until stopped. */
const server = (port: number) => [
  '-e',
  `require('net').createServer().listen(${port}, '127.0.0.1', () => console.log('pid ' + process.pid));`,
];
const portReady = (port: number) => () =>
  waitForPort(port, 200)
    .then(() => true)
    .catch(() => false);

describe('Supervisor', () => {
  let supervisor: Supervisor | undefined;
  afterEach(async () => supervisor?.stop(1000));

  it('prefixes every line a child prints with its name', async () => {
    const lines: string[] = [];
    supervisor = new Supervisor((l) => lines.push(l), false);
    const port = await freePort();
    await supervisor.start({ name: 'web', command: node, args: server(port), ready: portReady(port) });
    await expect.poll(() => lines.find((l) => l.includes('pid '))).toMatch(/^\[web\] +pid \d+$/);
  });

  it('stops the other children and names the part when one dies', async () => {
    const lines: string[] = [];
    supervisor = new Supervisor((l) => lines.push(l), false);
    const port = await freePort();
    await supervisor.start({ name: 'database', command: node, args: server(port), ready: portReady(port) });
    await expect.poll(() => lines.some((l) => l.includes('pid '))).toBe(true);
    const dbPid = Number(lines.find((l) => l.includes('pid '))!.split('pid ')[1]);

    await supervisor.start({
      name: 'crasher',
      command: node,
      args: ['-e', "setTimeout(() => { console.error('boom'); process.exit(3); }, 300)"],
      ready: async () => true,
    });

    const failure = await supervisor.done.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ServiceFailedError);
    expect((failure as ServiceFailedError).service).toBe('crasher');
    expect((failure as Error).message).toContain('exit code 3');
    expect(alive(dbPid)).toBe(false);
    expect(supervisor.names).toEqual([]);
  });

  it('fails a start whose child exits before it is healthy, and stops what already runs', async () => {
    supervisor = new Supervisor(() => undefined, false);
    const port = await freePort();
    await supervisor.start({ name: 'first', command: node, args: server(port), ready: portReady(port) });
    await expect(
      supervisor.start({ name: 'broken', command: node, args: ['-e', 'process.exit(1)'], ready: async () => false }),
    ).rejects.toMatchObject({ service: 'broken' });
    await expect.poll(() => supervisor!.names).toEqual([]);
  });

  it('reports a command that cannot be found', async () => {
    supervisor = new Supervisor(() => undefined, false);
    await expect(supervisor.start({ name: 'ghost', command: 'no-such-command-cmk', args: [], ready: async () => true })).rejects.toThrow(
      /could not start ghost/,
    );
  });

  it('ends grandchildren too: stop() kills the whole process group', async () => {
    const lines: string[] = [];
    supervisor = new Supervisor((l) => lines.push(l), false);
    const port = await freePort();
    // A wrapper that spawns the real server, as `npx` or `npm run` would.
    const inner = JSON.stringify(server(port)[1]);
    const wrapper = `const c = require('child_process').spawn(process.execPath, ['-e', ${inner}], { stdio: 'inherit' });`;
    await supervisor.start({ name: 'wrapper', command: node, args: ['-e', wrapper], ready: portReady(port) });
    await expect.poll(() => lines.some((l) => l.includes('pid '))).toBe(true);
    const grandchild = Number(lines.find((l) => l.includes('pid '))!.split('pid ')[1]);
    await supervisor.stop(2000);
    await expect.poll(() => alive(grandchild)).toBe(false);
  });
});

describe('runStep', () => {
  it('rejects with the step name when the command fails', async () => {
    await expect(runStep('build', node, ['-e', 'process.exit(2)'], { out: () => undefined })).rejects.toThrow('build failed (exit code 2)');
  });
});
