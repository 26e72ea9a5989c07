import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

export interface FunctionAlarmsProps {
  readonly function: IFunction;
  /** Short name used in alarm descriptions, e.g. "GraphQL". */
  readonly label: string;
  /** p99 duration above this for three periods raises the latency alarm. */
  readonly p99Threshold: Duration;
  readonly action: IAlarmAction;
}

/** Errors, throttles and p99 latency of one Lambda function, all sent to the same action. */
export class FunctionAlarms extends Construct {
  public readonly errors: Alarm;
  public readonly throttles: Alarm;
  public readonly latency: Alarm;

  constructor(scope: Construct, id: string, props: FunctionAlarmsProps) {
    super(scope, id);
    const period = Duration.minutes(5);
    this.errors = new Alarm(this, 'Errors', {
      alarmDescription: `${props.label}: Lambda invocations failed`,
      metric: props.function.metricErrors({ period, statistic: 'Sum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.throttles = new Alarm(this, 'Throttles', {
      alarmDescription: `${props.label}: Lambda invocations throttled`,
      metric: props.function.metricThrottles({ period, statistic: 'Sum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.latency = new Alarm(this, 'P99Latency', {
      alarmDescription: `${props.label}: p99 duration above ${props.p99Threshold.toMilliseconds()} ms`,
      metric: props.function.metricDuration({ period, statistic: 'p99' }),
      threshold: props.p99Threshold.toMilliseconds(),
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    for (const alarm of [this.errors, this.throttles, this.latency]) {
      alarm.addAlarmAction(props.action);
      alarm.addOkAction(props.action);
    }
  }
}
