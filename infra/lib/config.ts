import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { InstanceClass, InstanceSize, InstanceType } from 'aws-cdk-lib/aws-ec2';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';

export type StageName = 'dev' | 'prod';

/** Everything that differs between stages, decided once here so stacks never branch on the stage name. */
export interface StageConfig {
  readonly stage: StageName;
  /** Region the stacks target; the account stays unresolved so synth needs no credentials. */
  readonly region: string;
  readonly account?: string;
  /** Tables, database and buckets: prod keeps data when a stack is deleted. */
  readonly dataRemovalPolicy: RemovalPolicy;
  readonly deletionProtection: boolean;
  readonly logRetention: RetentionDays;
  readonly logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  /** Portal origins allowed to call the API from a browser. */
  readonly corsOrigins: readonly string[];
  readonly natGateways: number;
  readonly database: {
    readonly instanceType: InstanceType;
    readonly multiAz: boolean;
    readonly backupRetention: Duration;
  };
  readonly cms: {
    readonly cpu: number;
    readonly memoryLimitMiB: number;
    /** ARN of an ACM certificate for the CMS load balancer; without it the ALB listens on HTTP only. */
    readonly certificateArn?: string;
    /**
     * The API's sync endpoint that Strapi's outbox posts to (the API stack's SyncUrl output). The API
     * stack depends on the CMS stack, so this comes from context after the first deploy; until it is
     * set, Strapi keeps changes in its outbox and the nightly reconcile keeps the projection right.
     */
    readonly syncUrl?: string;
  };
  readonly api: {
    readonly throttleRateLimit: number;
    readonly throttleBurstLimit: number;
  };
  /** Where alarm notifications go; none means the topic exists without subscribers. */
  readonly alarmEmail?: string;
  readonly portal: {
    /** Where users open the portal: Cognito sends them back to `<url>/auth/callback` after sign-in. */
    readonly url: string;
    /** The prefix of the Cognito hosted UI domain (`<prefix>.auth.<region>.amazoncognito.com`), unique per region. */
    readonly cognitoDomainPrefix: string;
    /** A custom domain for the CloudFront distribution, with its ACM certificate in us-east-1. */
    readonly domainName?: string;
    readonly certificateArn?: string;
  };
}

/** Physical table name, `cmk-<stage>-<id>`, the same pattern as the local defaults (`cmk-local-content`). */
export const tableName = (stage: StageName, id: string): string => `cmk-${stage}-${id}`;

/** The SSM parameter holding the participation table's stream ARN (written by the data stack, read by the API stack). */
export const participationStreamParameter = (stage: StageName): string => `/cmk/${stage}/participation-stream-arn`;

const list = (value: unknown): string[] | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value.split(',').map((v) => v.trim())
    : Array.isArray(value)
      ? value.map(String)
      : undefined;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * Reads the stage from CDK context (`-c stage=prod`, default dev) plus optional overrides:
 * `region`, `account`, `corsOrigins` (comma-separated), `alarmEmail`, `cmsCertificateArn`, `portalUrl`,
 * `portalDomainName`, `portalCertificateArn`, `cognitoDomainPrefix`.
 */
export function stageConfigFromContext(node: Node): StageConfig {
  const stage = text(node.tryGetContext('stage')) ?? 'dev';
  if (stage !== 'dev' && stage !== 'prod') {
    throw new Error(`Unknown stage "${stage}": use -c stage=dev or -c stage=prod`);
  }
  return stageConfig(stage, {
    region: text(node.tryGetContext('region')),
    account: text(node.tryGetContext('account')),
    corsOrigins: list(node.tryGetContext('corsOrigins')),
    alarmEmail: text(node.tryGetContext('alarmEmail')),
    certificateArn: text(node.tryGetContext('cmsCertificateArn')),
    syncUrl: text(node.tryGetContext('syncUrl')),
    portalUrl: text(node.tryGetContext('portalUrl')),
    portalDomainName: text(node.tryGetContext('portalDomainName')),
    portalCertificateArn: text(node.tryGetContext('portalCertificateArn')),
    cognitoDomainPrefix: text(node.tryGetContext('cognitoDomainPrefix')),
  });
}

export interface StageOverrides {
  readonly region?: string;
  readonly account?: string;
  readonly corsOrigins?: readonly string[];
  readonly alarmEmail?: string;
  readonly certificateArn?: string;
  readonly syncUrl?: string;
  readonly portalUrl?: string;
  readonly portalDomainName?: string;
  readonly portalCertificateArn?: string;
  readonly cognitoDomainPrefix?: string;
}

export function stageConfig(stage: StageName, overrides: StageOverrides = {}): StageConfig {
  const prod = stage === 'prod';
  const portalUrl =
    overrides.portalUrl ??
    (overrides.portalDomainName ? `https://${overrides.portalDomainName}` : prod ? 'https://cultuureducatie.nl' : 'http://localhost:3000');
  const corsOrigins = overrides.corsOrigins ?? (prod ? ['https://cultuureducatie.nl'] : ['http://localhost:3000', 'http://localhost:5173']);
  return {
    stage,
    region: overrides.region ?? 'eu-west-1',
    account: overrides.account,
    dataRemovalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    deletionProtection: prod,
    logRetention: prod ? RetentionDays.THREE_MONTHS : RetentionDays.TWO_WEEKS,
    logLevel: prod ? 'INFO' : 'DEBUG',
    // The portal calls the API from the browser: its origin is always allowed.
    corsOrigins: [...new Set([...corsOrigins, new URL(portalUrl).origin])],
    natGateways: prod ? 2 : 1,
    database: {
      instanceType: InstanceType.of(InstanceClass.T4G, prod ? InstanceSize.SMALL : InstanceSize.MICRO),
      multiAz: prod,
      backupRetention: Duration.days(prod ? 14 : 1),
    },
    cms: {
      cpu: prod ? 1024 : 512,
      memoryLimitMiB: prod ? 2048 : 1024,
      certificateArn: overrides.certificateArn,
      syncUrl: overrides.syncUrl,
    },
    api: {
      throttleRateLimit: prod ? 200 : 50,
      throttleBurstLimit: prod ? 400 : 100,
    },
    alarmEmail: overrides.alarmEmail,
    portal: {
      url: portalUrl,
      cognitoDomainPrefix: overrides.cognitoDomainPrefix ?? `cmk-${stage}-portal`,
      domainName: overrides.portalDomainName,
      certificateArn: overrides.portalCertificateArn,
    },
  };
}
