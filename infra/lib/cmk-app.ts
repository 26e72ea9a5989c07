import { Duration, Tags, Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { StageConfig } from './config.ts';
import { ApiStack } from './stacks/api-stack.ts';
import { AuthStack } from './stacks/auth-stack.ts';
import { CmsStack } from './stacks/cms-stack.ts';
import { DataStack } from './stacks/data-stack.ts';
import { ObservabilityStack } from './stacks/observability-stack.ts';
import { PortalStack } from './stacks/portal-stack.ts';

/**
 * Feature flags the stacks rely on, passed as `new App({ context })` so the CLI and the tests
 * build the same templates.
 */
export const appContext = {
  // Access logs are delivered under a bucket policy, so every bucket can stay ACL-free.
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
  // Cross-stack references (auth -> api, cms -> api/observability) protect their producer.
  '@aws-cdk/core:defaultCrossStackReferences': 'strong',
} as const;

export interface CmkStacks {
  readonly data: DataStack;
  readonly auth: AuthStack;
  readonly cms: CmsStack;
  readonly api: ApiStack;
  readonly observability: ObservabilityStack;
  readonly portal: PortalStack;
}

/**
 * Adds one stage of the platform to the app, with cdk-nag's AwsSolutions pack checking every
 * stack. Stacks are named `Cmk-<Stage>-<Part>`; their order is data, auth, cms, api, observability, portal.
 */
export function addCmkStacks(app: App, config: StageConfig, repoRoot: string): CmkStacks {
  const stageName = config.stage === 'prod' ? 'Prod' : 'Dev';
  // Region from context, account left open: synth needs neither credentials nor lookups.
  const env = { region: config.region, account: config.account };
  const name = (part: string) => `Cmk-${stageName}-${part}`;

  const data = new DataStack(app, name('Data'), {
    env,
    config,
    description: `CmK ${config.stage}: DynamoDB tables (content projection, participation)`,
    terminationProtection: config.deletionProtection,
  });
  const auth = new AuthStack(app, name('Auth'), {
    env,
    config,
    description: `CmK ${config.stage}: Cognito user pool for schools, partners, advisors, admins`,
    terminationProtection: config.deletionProtection,
  });
  const cms = new CmsStack(app, name('Cms'), {
    env,
    config,
    repoRoot,
    description: `CmK ${config.stage}: Strapi on Fargate, PostgreSQL, uploads`,
  });
  const api = new ApiStack(app, name('Api'), {
    env,
    config,
    repoRoot,
    description: `CmK ${config.stage}: GraphQL API on Lambda, sync and reconcile`,
    userPool: auth.userPool,
    portalClient: auth.portalClient,
    jwtIssuer: auth.issuer,
    strapiUrl: cms.strapiUrl,
    strapiApiTokenSecret: cms.strapiApiTokenSecret,
    strapiPublishTokenSecret: cms.strapiPublishTokenSecret,
    syncSecret: cms.syncSecret,
  });
  // Tables are referenced by name, not by export, so the order must be stated.
  api.addStackDependency(data, 'the API reads and writes the data stack tables');
  const observability = new ObservabilityStack(app, name('Observability'), {
    env,
    config,
    description: `CmK ${config.stage}: alarms and dashboard`,
    functions: [
      { function: api.graphqlFunction, label: 'Graphql', p99Threshold: Duration.seconds(3) },
      { function: api.syncFunction, label: 'Sync', p99Threshold: Duration.seconds(10) },
      { function: api.reconcileFunction, label: 'Reconcile', p99Threshold: Duration.minutes(8) },
      { function: api.webhooks.fn.function, label: 'Webhooks', p99Threshold: Duration.seconds(60) },
    ],
    webhookDeadLetterQueue: api.webhooks.deadLetterQueue,
    httpApi: api.httpApi,
    cmsService: cms.service,
    database: cms.database,
  });

  const portal = new PortalStack(app, name('Portal'), {
    env,
    config,
    repoRoot,
    description: `CmK ${config.stage}: the portal for schools and partners on S3 and CloudFront`,
    apiUrl: api.graphqlUrl,
    apiOrigin: api.httpApi.apiEndpoint,
    cognito: { issuer: auth.issuer, clientId: auth.portalClient.userPoolClientId, domain: auth.hostedUi.baseUrl() },
    mediaOrigin: `https://${cms.uploadsCdn.distributionDomainName}`,
  });

  for (const stack of [data, auth, cms, api, observability, portal]) {
    Tags.of(stack).add('project', 'cmk');
    Tags.of(stack).add('stage', config.stage);
  }
  return { data, auth, cms, api, observability, portal };
}

/** cdk-nag 3 runs as a policy-validation plugin over the whole app at synth time. */
export function addNagChecks(app: App): AwsSolutionsChecks {
  const checks = new AwsSolutionsChecks(app, { verbose: true });
  Validations.of(app).addPlugins(checks);
  return checks;
}
