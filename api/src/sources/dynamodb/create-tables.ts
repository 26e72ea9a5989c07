import type { AttributeDefinition, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { tableDefinitions, type TableDefinition } from './table-definition.ts';
import { dynamodb } from './sdk.ts';

const { CreateTableCommand, DescribeTableCommand, ResourceInUseException, UpdateTimeToLiveCommand } = dynamodb;

export type TableNames = Record<TableDefinition['id'], string>;

function attributeDefinitions(def: TableDefinition): AttributeDefinition[] {
  const keys = [def.partitionKey, def.sortKey, ...def.globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  const unique = new Map(keys.map((k) => [k.name, k.type]));
  return [...unique].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType }));
}

/** Creates the tables that do not exist yet (DynamoDB Local); existing ones are left as they are. */
export async function ensureTables(client: DynamoDBClient, names: TableNames): Promise<string[]> {
  const created: string[] = [];
  for (const def of tableDefinitions) {
    const TableName = names[def.id];
    try {
      await client.send(
        new CreateTableCommand({
          TableName,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: attributeDefinitions(def),
          KeySchema: [
            { AttributeName: def.partitionKey.name, KeyType: 'HASH' },
            { AttributeName: def.sortKey.name, KeyType: 'RANGE' },
          ],
          GlobalSecondaryIndexes: def.globalSecondaryIndexes.map((i) => ({
            IndexName: i.indexName,
            KeySchema: [
              { AttributeName: i.partitionKey.name, KeyType: 'HASH' },
              { AttributeName: i.sortKey.name, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          })),
        }),
      );
      if (def.timeToLiveAttribute) {
        await client.send(
          new UpdateTimeToLiveCommand({
            TableName,
            TimeToLiveSpecification: { AttributeName: def.timeToLiveAttribute, Enabled: true },
          }),
        );
      }
      created.push(TableName);
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) {
        throw new Error(`Could not create DynamoDB table ${TableName}`, { cause: error });
      }
    }
  }
  for (const def of tableDefinitions) {
    await client.send(new DescribeTableCommand({ TableName: names[def.id] }));
  }
  return created;
}
