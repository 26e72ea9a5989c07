import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documents, dynamodb } from './sdk.ts';

export interface DynamoDbSettings {
  /** Set for DynamoDB Local; omit in AWS. */
  readonly endpoint?: string;
  readonly region: string;
}

export interface DynamoDb {
  readonly client: DynamoDBClient;
  readonly doc: DynamoDBDocumentClient;
}

/** One client per process (Lambda reuses it across invocations). */
export function createDynamoDb(settings: DynamoDbSettings): DynamoDb {
  const client = new dynamodb.DynamoDBClient({
    region: settings.region,
    ...(settings.endpoint
      ? {
          endpoint: settings.endpoint,
          // DynamoDB Local accepts any credentials; never look for real ones on a developer machine.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });
  const doc = documents.DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  return { client, doc };
}
