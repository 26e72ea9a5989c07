import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption, type Attribute, type StreamViewType } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import type { KeyDefinition, TableDefinition } from '@cmk/api/table-definition';

export interface DefinedTableProps {
  /** The shared definition the API and DynamoDB Local use too, so keys cannot drift. */
  readonly definition: TableDefinition;
  /** Fixed name: a change that would replace the table fails instead of silently dropping data. */
  readonly tableName: string;
  readonly removalPolicy: RemovalPolicy;
  readonly deletionProtection: boolean;
  /** A stream of the table's changes, for consumers such as the webhook delivery. */
  readonly stream?: StreamViewType;
}

const attribute = (key: KeyDefinition): Attribute => ({
  name: key.name,
  type: key.type === 'N' ? AttributeType.NUMBER : AttributeType.STRING,
});

/** A DynamoDB table built from the shared definition: on demand, PITR, encrypted, TTL where defined. */
export class DefinedTable extends Construct {
  public readonly table: Table;

  constructor(scope: Construct, id: string, props: DefinedTableProps) {
    super(scope, id);
    const { definition } = props;
    this.table = new Table(this, 'Table', {
      tableName: props.tableName,
      partitionKey: attribute(definition.partitionKey),
      sortKey: attribute(definition.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.deletionProtection,
      timeToLiveAttribute: definition.timeToLiveAttribute,
      removalPolicy: props.removalPolicy,
      ...(props.stream ? { stream: props.stream } : {}),
    });
    for (const index of definition.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
      });
    }
  }
}
