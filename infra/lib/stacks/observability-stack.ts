import { Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, Dashboard, GraphWidget, TextWidget, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ApplicationLoadBalancedFargateService } from 'aws-cdk-lib/aws-ecs-patterns';
import { HttpCodeTarget } from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { DatabaseInstance } from 'aws-cdk-lib/aws-rds';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import type { StageConfig } from '../config.ts';
import { FunctionAlarms } from '../constructs/function-alarms.ts';

export interface MonitoredFunction {
  readonly function: IFunction;
  readonly label: string;
  readonly p99Threshold: Duration;
}

export interface ObservabilityStackProps extends StackProps {
  readonly config: StageConfig;
  readonly functions: readonly MonitoredFunction[];
  readonly httpApi: HttpApi;
  readonly cmsService: ApplicationLoadBalancedFargateService;
  readonly database: DatabaseInstance;
  /** Booking changes the webhook delivery gave up on. */
  readonly webhookDeadLetterQueue?: IQueue;
}

/**
 * Alarms and the dashboard. A stack of its own: thresholds change often and must never touch
 * the resources they watch. Log retention is set where each log group is made.
 */
export class ObservabilityStack extends Stack {
  public readonly alarmTopic: Topic;
  public readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: ObservabilityStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.alarmTopic = new Topic(this, 'AlarmTopic', {
      displayName: `CmK ${config.stage} alarms`,
      enforceSSL: true,
    });
    Validations.of(this.alarmTopic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry no personal data; CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key and a customer key adds cost for no gain here.',
    });
    if (config.alarmEmail) {
      this.alarmTopic.addSubscription(new EmailSubscription(config.alarmEmail));
    }
    const action = new SnsAction(this.alarmTopic);

    for (const monitored of props.functions) {
      new FunctionAlarms(this, `${monitored.label}Alarms`, { ...monitored, action });
    }

    const period = Duration.minutes(5);
    const api5xx = props.httpApi.metricServerError({ period, statistic: 'Sum' });
    const apiLatency = props.httpApi.metricLatency({ period, statistic: 'p99' });
    new Alarm(this, 'Api5xx', {
      alarmDescription: 'HTTP API answered 5xx',
      metric: api5xx,
      threshold: 5,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(action);

    if (props.webhookDeadLetterQueue) {
      new Alarm(this, 'WebhookDeadLetters', {
        alarmDescription:
          'Booking changes reached the webhook dead-letter queue: partners were not notified (they can still read the feed)',
        metric: props.webhookDeadLetterQueue.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(1),
          statistic: 'Maximum',
        }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(action);
    }

    const unhealthyCms = props.cmsService.targetGroup.metrics.unhealthyHostCount({ period: Duration.minutes(1) });
    new Alarm(this, 'CmsUnhealthy', {
      alarmDescription: 'Strapi has an unhealthy task behind the load balancer',
      metric: unhealthyCms,
      threshold: 1,
      evaluationPeriods: 5,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(action);

    const dbCpu = props.database.metricCPUUtilization({ period });
    const dbStorage = props.database.metricFreeStorageSpace({ period });
    new Alarm(this, 'DatabaseCpu', {
      alarmDescription: 'PostgreSQL CPU above 80%',
      metric: dbCpu,
      threshold: 80,
      evaluationPeriods: 3,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    }).addAlarmAction(action);
    new Alarm(this, 'DatabaseStorage', {
      alarmDescription: 'PostgreSQL free storage below 2 GiB',
      metric: dbStorage,
      threshold: 2 * 1024 ** 3,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
    }).addAlarmAction(action);

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `cmk-${config.stage}`,
      defaultInterval: Duration.hours(24),
    });
    const fns = props.functions;
    this.dashboard.addWidgets(
      new TextWidget({ markdown: `# CmK ${config.stage}\nAPI on Lambda, Strapi on Fargate, PostgreSQL on RDS.`, width: 24, height: 2 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'API requests and 5xx',
        left: [props.httpApi.metricCount({ period, statistic: 'Sum' })],
        right: [api5xx, props.httpApi.metricClientError({ period, statistic: 'Sum' })],
        width: 12,
      }),
      new GraphWidget({ title: 'API p99 latency (ms)', left: [apiLatency], width: 12 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Lambda errors and throttles',
        left: fns.map((f) => f.function.metricErrors({ period, statistic: 'Sum', label: `${f.label} errors` })),
        right: fns.map((f) => f.function.metricThrottles({ period, statistic: 'Sum', label: `${f.label} throttles` })),
        width: 12,
      }),
      new GraphWidget({
        title: 'Lambda p99 duration (ms)',
        left: fns.map((f) => f.function.metricDuration({ period, statistic: 'p99', label: f.label })),
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Strapi CPU / memory (%)',
        left: [props.cmsService.service.metricCpuUtilization({ period }), props.cmsService.service.metricMemoryUtilization({ period })],
        right: [unhealthyCms],
        width: 12,
      }),
      new GraphWidget({
        title: 'PostgreSQL',
        left: [dbCpu, props.database.metricDatabaseConnections({ period })],
        right: [dbStorage],
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'ALB 5xx from Strapi',
        left: [
          props.cmsService.loadBalancer.metrics.httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, {
            period,
            statistic: 'Sum',
          }),
        ],
        width: 12,
      }),
      new GraphWidget({
        title: 'Reconcile runs',
        left: fns
          .filter((f) => f.label === 'Reconcile')
          .map((f) => f.function.metricInvocations({ period: Duration.hours(1), statistic: 'Sum' })),
        width: 12,
      }),
    );
  }
}
