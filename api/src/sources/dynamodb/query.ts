/** The reads of this folder: one item, many items by key, a key condition, the whole table. Each pages for itself. */
import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { itemKey, type Key } from './keys.ts';
import type { Table } from './store.ts';
import { documents } from './sdk.ts';

const { BatchGetCommand, GetCommand, QueryCommand, ScanCommand } = documents;

export type Item = Record<string, unknown>;

/** One item by key; `consistent` for read-before-write (a status we are about to change). */
export async function getItem(table: Table, key: Key, options: { consistent?: boolean } = {}): Promise<Item | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({
      TableName: table.tableName,
      Key: { pk: key.pk, sk: key.sk },
      ...(options.consistent ? { ConsistentRead: true } : {}),
    }),
  );
  return Item;
}

export { itemKey };

/** Items by key in as few BatchGetItem calls as the keys need (100 per call), retrying unprocessed keys; by `itemKey`. */
export async function batchGet(table: Table, wanted: readonly Key[]): Promise<Map<string, Item>> {
  const found = new Map<string, Item>();
  const unique = [...new Map(wanted.map((k) => [itemKey(k), k])).values()];
  for (let i = 0; i < unique.length; i += 100) {
    let pending: Record<string, unknown>[] = unique.slice(i, i + 100).map((k) => ({ pk: k.pk, sk: k.sk }));
    for (let attempt = 0; pending.length > 0 && attempt < 8; attempt++) {
      const result = await table.doc.send(new BatchGetCommand({ RequestItems: { [table.tableName]: { Keys: pending } } }));
      for (const item of result.Responses?.[table.tableName] ?? []) found.set(`${item.pk}|${item.sk}`, item);
      pending = (result.UnprocessedKeys?.[table.tableName]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return found;
}

/** Every item of a key condition, following LastEvaluatedKey. */
export async function queryAll(table: Table, input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<Item[]> {
  const items: Item[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(new QueryCommand({ ...input, TableName: table.tableName, ExclusiveStartKey }));
    items.push(...((page.Items ?? []) as Item[]));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

/** Items of one index partition, optionally narrowed by a sort-key prefix. */
export function queryIndex(table: Table, index: 'gsi1' | 'gsi2' | 'gsi3' | 'gsi4' | null, pk: string, skPrefix?: string): Promise<Item[]> {
  const pkName = index ? `${index}pk` : 'pk';
  const skName = index ? `${index}sk` : 'sk';
  return queryAll(table, {
    ...(index ? { IndexName: index } : { ConsistentRead: true }),
    KeyConditionExpression: skPrefix ? '#pk = :pk AND begins_with(#sk, :sk)' : '#pk = :pk',
    ExpressionAttributeNames: skPrefix ? { '#pk': pkName, '#sk': skName } : { '#pk': pkName },
    ExpressionAttributeValues: skPrefix ? { ':pk': pk, ':sk': skPrefix } : { ':pk': pk },
  });
}

/** The whole table (repair jobs and tests only; never on a request path). */
export async function scanAll(table: Table): Promise<Item[]> {
  const items: Item[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(new ScanCommand({ TableName: table.tableName, ExclusiveStartKey, ConsistentRead: true }));
    items.push(...((page.Items ?? []) as Item[]));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}
