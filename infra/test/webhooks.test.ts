import { beforeAll, describe, expect, it } from 'vitest';
import { resourcesOfType, synthStage, type SynthResult } from './synth.ts';

/** Booking changes to webhooks in AWS: the participation table's stream, the delivery function, its dead-letter queue and the alarm. */
describe('webhook delivery', () => {
  let dev: SynthResult;
  beforeAll(() => {
    dev = synthStage('dev');
  });

  it('streams new images of the participation table only, and hands the stream ARN over by parameter', () => {
    const tables = resourcesOfType(dev.template(dev.stacks.data), 'AWS::DynamoDB::Table');
    const byName = Object.fromEntries(tables.map(([, p]) => [String(p.TableName), p.StreamSpecification]));
    expect(byName).toEqual({ 'cmk-dev-participation': { StreamViewType: 'NEW_IMAGE' }, 'cmk-dev-content': undefined });
    const [[, parameter]] = resourcesOfType(dev.template(dev.stacks.data), 'AWS::SSM::Parameter') as [[string, Record<string, any>]];
    expect(parameter.Name).toBe('/cmk/dev/participation-stream-arn');
    expect(JSON.stringify(parameter.Value)).toContain('StreamArn');
  });

  it('invokes the delivery function from the stream for booking changes, with retries, a dead-letter queue and batch item failures', () => {
    const api = dev.template(dev.stacks.api);
    const mappings = resourcesOfType(api, 'AWS::Lambda::EventSourceMapping');
    expect(mappings).toHaveLength(1);
    const [, mapping] = mappings[0]!;
    // The stream ARN is the data stack's SSM parameter, resolved at deploy time.
    const parameterName = Object.entries(dev.template(dev.stacks.api).toJSON().Parameters as Record<string, { Default?: string }>).find(
      ([id]) => id === mapping.EventSourceArn.Ref,
    )?.[1].Default;
    expect(parameterName).toBe('/cmk/dev/participation-stream-arn');
    expect(mapping).toMatchObject({
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      MaximumRecordAgeInSeconds: 86400,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    expect(JSON.parse(mapping.FilterCriteria.Filters[0].Pattern)).toEqual({
      eventName: ['INSERT'],
      dynamodb: { NewImage: { type: { S: ['BookingChange'] } } },
    });
    const queues = resourcesOfType(api, 'AWS::SQS::Queue');
    expect(queues).toHaveLength(1);
    const [queueId, queue] = queues[0]!;
    expect(queue).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    expect(mapping.DestinationConfig.OnFailure.Destination).toEqual({ 'Fn::GetAtt': [queueId, 'Arn'] });

    const [functionId] = mapping.FunctionName.Ref ? [mapping.FunctionName.Ref] : [undefined];
    const fn = resourcesOfType(api, 'AWS::Lambda::Function').find(([id]) => id === functionId)?.[1];
    expect(fn?.Description).toMatch(/webhook delivery/);
    expect(fn?.Runtime).toBe('nodejs22.x');
    expect(fn?.Environment.Variables).toMatchObject({ STAGE: 'dev', PARTICIPATION_TABLE: 'cmk-dev-participation' });
  });

  it('runs the same function every minute for the retries that are due', () => {
    const rules = resourcesOfType(dev.template(dev.stacks.api), 'AWS::Events::Rule').filter(
      ([, r]) => r.ScheduleExpression === 'rate(1 minute)',
    );
    expect(rules).toHaveLength(1);
    expect(JSON.stringify(rules[0]![1].Targets)).toContain('WebhooksDelivery');
  });

  it('alarms when a change reaches the dead-letter queue, and on the function’s errors', () => {
    const alarms = resourcesOfType(dev.template(dev.stacks.observability), 'AWS::CloudWatch::Alarm');
    const deadLetters = alarms.find(([id]) => id.startsWith('WebhookDeadLetters'))?.[1];
    expect(deadLetters).toMatchObject({
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    expect(deadLetters?.AlarmActions).toHaveLength(1);
    expect(alarms.some(([, a]) => String(a.AlarmDescription).startsWith('Webhooks: Lambda invocations failed'))).toBe(true);
  });
});
