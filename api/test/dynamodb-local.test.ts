import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTables } from '../src/sources/dynamodb/create-tables.ts';
import { tableDefinitions } from '../src/sources/dynamodb/table-definition.ts';
import { startDynamoDbLocal, type TestDynamoDb } from './support/dynamodb.ts';

describe('tables on DynamoDB Local', () => {
  let db: TestDynamoDb;
  beforeAll(async () => {
    db = await startDynamoDbLocal();
  });
  afterAll(async () => db?.stop());

  it('creates every table with the keys and indexes of the shared definition', async () => {
    const names = await db.createTestTables();
    for (const def of tableDefinitions) {
      const { Table } = await db.client.send(new DescribeTableCommand({ TableName: names[def.id] }));
      expect(Table?.KeySchema).toEqual([
        { AttributeName: def.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: def.sortKey.name, KeyType: 'RANGE' },
      ]);
      expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(
        def.globalSecondaryIndexes.map((i) => i.indexName).sort(),
      );
    }
  });

  it('leaves existing tables alone on a second run (a restart keeps the data)', async () => {
    const names = await db.createTestTables();
    expect(await ensureTables(db.client, names)).toEqual([]);
  });
});
