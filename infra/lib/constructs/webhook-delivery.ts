import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ApiFunction, type ApiFunctionProps } from './api-function.ts';

export interface WebhookDeliveryProps extends Omit<ApiFunctionProps, 'description' | 'entry'> {
  readonly entry: string;
  readonly stage: string;
  /** The participation table, with its stream. */
  readonly table: ITable;
}

/**
 * Booking changes to partners' webhooks (api/src/webhooks/handler.ts): the participation table's
 * stream, filtered to new change items, invokes the delivery function; a batch that keeps
 * failing goes, after the retries, to a dead-letter queue (whose alarm is in the observability
 * stack). A schedule every minute runs the same function for the retries that are due.
 */
export class WebhookDelivery extends Construct {
  public readonly fn: ApiFunction;
  public readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: WebhookDeliveryProps) {
    super(scope, id);
    this.fn = new ApiFunction(this, 'Delivery', {
      ...props,
      description: `CmK webhook delivery of booking changes (${props.stage})`,
      memorySize: 512,
      // Several endpoints, each up to 10 s.
      timeout: Duration.minutes(2),
    });
    props.table.grantReadWriteData(this.fn.function);

    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is the dead-letter queue of the webhook stream; it has none of its own.',
    });

    this.fn.function.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 25,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: 10,
        maxRecordAge: Duration.days(1),
        onFailure: new SqsDlq(this.deadLetterQueue),
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('INSERT'),
            dynamodb: { NewImage: { type: { S: FilterRule.isEqual('BookingChange') } } },
          }),
        ],
      }),
    );
    Validations.of(this.fn.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams has no resource-level permissions, so the stream event source grants it on *; reading records is granted on the participation table stream only.',
    });
    new Rule(this, 'Retries', {
      description: 'Attempts the webhook deliveries whose back-off has passed.',
      schedule: Schedule.rate(Duration.minutes(1)),
      targets: [new LambdaFunction(this.fn.function, { retryAttempts: 0 })],
    });
  }
}
