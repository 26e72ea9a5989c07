/**
 * Test helper: a real DynamoDB Local (in memory) on a free port, with the project's tables.
 * One process per test file; each call of `createTestTables` makes fresh, uniquely named tables.
 */
import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ensureTables, type TableNames } from '../../src/sources/dynamodb/create-tables.ts';
import { freePort, spawnDynamoDbLocal, waitForPort } from '../../src/local/dynamodb-local.ts';

export interface TestDynamoDb {
  endpoint: string;
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  createTestTables(): Promise<TableNames>;
  stop(): Promise<void>;
}

export async function startDynamoDbLocal(): Promise<TestDynamoDb> {
  const port = await freePort();
  const child: ChildProcess = spawnDynamoDbLocal({ port, stdio: 'ignore' });
  await waitForPort(port, 60_000);
  const endpoint = `http://127.0.0.1:${port}`;
  // DynamoDB Local answers InternalServerError ("too long waiting for a lock … will succeed in actual
  // DynamoDB") when many writers share one item on a loaded machine; the SDK's default 3 attempts then
  // give up. More attempts keep the concurrency tests about our code, not about Local's lock timeout.
  const client = new DynamoDBClient({
    endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 10,
  });
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  return {
    endpoint,
    client,
    doc,
    async createTestTables() {
      const suffix = randomUUID().slice(0, 8);
      const names: TableNames = { content: `test-content-${suffix}`, participation: `test-participation-${suffix}` };
      await ensureTables(client, names);
      return names;
    },
    async stop() {
      client.destroy();
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
