import { Stack, type StackProps } from 'aws-cdk-lib';
import { StreamViewType, type Table } from 'aws-cdk-lib/aws-dynamodb';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import { tableDefinitions, type TableDefinition } from '@cmk/api/table-definition';
import { participationStreamParameter, tableName, type StageConfig } from '../config.ts';
import { DefinedTable } from '../constructs/defined-table.ts';

export interface DataStackProps extends StackProps {
  readonly config: StageConfig;
}

/**
 * The data that outlives every deployment: the DynamoDB tables. A stack of its own so an API
 * change can never replace or delete a table.
 */
export class DataStack extends Stack {
  public readonly tables: Readonly<Record<TableDefinition['id'], Table>>;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const tables = {} as Record<TableDefinition['id'], Table>;
    for (const definition of tableDefinitions) {
      const pascal = definition.id.charAt(0).toUpperCase() + definition.id.slice(1);
      tables[definition.id] = new DefinedTable(this, `${pascal}Table`, {
        definition,
        tableName: tableName(props.config.stage, definition.id),
        removalPolicy: props.config.dataRemovalPolicy,
        deletionProtection: props.config.deletionProtection,
        // New booking changes flow from the participation table's stream to the webhook delivery.
        ...(definition.id === 'participation' ? { stream: StreamViewType.NEW_IMAGE } : {}),
      }).table;
    }
    this.tables = tables;
    // The stream's ARN for the API stack, by parameter rather than export (as the tables are by name).
    new StringParameter(this, 'ParticipationStreamArn', {
      parameterName: participationStreamParameter(props.config.stage),
      description: 'Stream of the participation table (booking changes for webhooks)',
      stringValue: tables.participation.tableStreamArn!,
    });
  }
}
