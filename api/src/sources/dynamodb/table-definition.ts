/**
 * The DynamoDB tables, defined once. The CDK data stack and the local stack (DynamoDB Local)
 * both build their tables from this object, so keys and indexes cannot drift apart.
 *
 * Two tables, because their lifecycles differ: `content` is a projection that reconcile can
 * rebuild from Strapi at any time, `participation` is the only copy of schools, bookings and
 * evaluations. Both are single-table designs with overloaded keys and generic indexes.
 */
export type AttributeType = 'S' | 'N';

export interface KeyDefinition {
  readonly name: string;
  readonly type: AttributeType;
}

export interface IndexDefinition {
  readonly indexName: string;
  readonly partitionKey: KeyDefinition;
  readonly sortKey: KeyDefinition;
}

export interface TableDefinition {
  /** Logical name; the physical name comes from the environment (CDK or local settings). */
  readonly id: 'content' | 'participation';
  readonly description: string;
  readonly partitionKey: KeyDefinition;
  readonly sortKey: KeyDefinition;
  readonly globalSecondaryIndexes: readonly IndexDefinition[];
  /** Items with this epoch-seconds attribute expire (idempotency records, sync nonces). */
  readonly timeToLiveAttribute?: string;
}

const key = (name: string): KeyDefinition => ({ name, type: 'S' });
const index = (n: number): IndexDefinition => ({
  indexName: `gsi${n}`,
  partitionKey: key(`gsi${n}pk`),
  sortKey: key(`gsi${n}sk`),
});

export const contentTable: TableDefinition = {
  id: 'content',
  description: 'Projection of published Strapi content, shaped for the API (rebuildable by reconcile).',
  partitionKey: key('pk'),
  sortKey: key('sk'),
  globalSecondaryIndexes: [index(1), index(2)],
  timeToLiveAttribute: 'expiresAt',
};

export const participationTable: TableDefinition = {
  id: 'participation',
  description: 'Schools, participation, bookings, activities, evaluations, Evi results, ambition talks, reach counters.',
  partitionKey: key('pk'),
  sortKey: key('sk'),
  // gsi4 answers "bookings of a municipality in a school year, by status" (see api/docs/participation-data.md).
  globalSecondaryIndexes: [index(1), index(2), index(3), index(4)],
  timeToLiveAttribute: 'expiresAt',
};

export const tableDefinitions = [contentTable, participationTable] as const;
