import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** What every participation operation needs: the document client and the physical table name. */
export interface ParticipationStore {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Injectable clock, so tests and the seed are deterministic. */
  readonly now?: () => Date;
}

export const nowOf = (store: ParticipationStore): Date => (store.now ? store.now() : new Date());
