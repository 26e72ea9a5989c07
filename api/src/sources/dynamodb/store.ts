import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** A table as the helpers of this folder read it: the document client and the physical table name. */
export interface Table {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
}

/** What every participation operation needs: the participation table and a clock. */
export interface ParticipationStore extends Table {
  /** Injectable clock, so tests and the seed are deterministic. */
  readonly now?: () => Date;
}

export const nowOf = (store: ParticipationStore): Date => (store.now ? store.now() : new Date());
