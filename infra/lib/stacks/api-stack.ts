import { CfnOutput, Duration, Stack, Token, Validations, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { Table, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { contentTable, participationTable, type TableDefinition } from '@cmk/api/table-definition';
import { participationStreamParameter, tableName, type StageConfig } from '../config.ts';
import { ApiFunction } from '../constructs/api-function.ts';
import { GRAPHQL_NODE_MODULES } from '../graphql-bundle.ts';
import { WebhookDelivery } from '../constructs/webhook-delivery.ts';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';

export interface ApiStackProps extends StackProps {
  readonly config: StageConfig;
  readonly repoRoot: string;
  readonly userPool: UserPool;
  readonly portalClient: UserPoolClient;
  /** Token issuer of the user pool; the Lambda verifies tokens against its JWKS as well. */
  readonly jwtIssuer: string;
  readonly strapiUrl: string;
  readonly strapiApiTokenSecret: ISecret;
  /** The GraphQL function's token for approveProposal: knowledge items only. */
  readonly strapiPublishTokenSecret: ISecret;
  readonly syncSecret: ISecret;
}

/**
 * The GraphQL API on Lambda behind an HTTP API, plus the two functions that keep the content
 * projection in step with Strapi: the signed sync endpoint and the scheduled reconcile.
 *
 * Routes:
 * - `GET|POST /graphql`: no gateway authorizer. Anonymous callers must reach published content,
 *   partners' machine clients send `x-api-key` (checked in the Lambda against the partner's
 *   key), and a `Bearer` token, if present, is verified in the Lambda against the pool's JWKS:
 *   the same code path as locally.
 * - `GET|POST /portal/graphql`: the gateway's JWT authorizer rejects a missing or bad Cognito
 *   token before any Lambda runs; portals that always sign in use this one.
 * - `POST /sync`: Strapi's webhook, authenticated by its HMAC signature in the Lambda.
 */
export class ApiStack extends Stack {
  public readonly httpApi: HttpApi;
  public readonly graphqlFunction: NodejsFunction;
  public readonly syncFunction: NodejsFunction;
  public readonly reconcileFunction: NodejsFunction;
  public readonly functions: Readonly<Record<'graphql' | 'sync' | 'reconcile', ApiFunction>>;
  public readonly webhooks: WebhookDelivery;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { config } = props;
    const entry = (relative: string) => `${props.repoRoot.replace(/\/$/, '')}/${relative}`;
    const common = {
      projectRoot: props.repoRoot,
      logRetention: config.logRetention,
      logRemovalPolicy: config.dataRemovalPolicy,
    };
    const baseEnvironment = { STAGE: config.stage, LOG_LEVEL: config.logLevel };
    // Tables are looked up by their fixed names (no lookups at synth, no cross-stack exports):
    // the data stack can then never be blocked by an export the API still uses.
    const importTable = (definition: TableDefinition): ITable =>
      Table.fromTableAttributes(this, `${definition.id === 'content' ? 'Content' : 'Participation'}Table`, {
        tableName: tableName(config.stage, definition.id),
        globalIndexes: definition.globalSecondaryIndexes.map((index) => index.indexName),
      });
    const tables = { content: importTable(contentTable), participation: importTable(participationTable) };
    const account = Token.isUnresolved(this.account) ? '<AWS::AccountId>' : this.account;
    /** Grants on a table with indexes include `<table>/index/*`: the table's own indexes, nothing else. */
    const acknowledgeIndexes = (fn: ApiFunction, ...definitions: TableDefinition[]) => {
      for (const definition of definitions) {
        const arn = `arn:<AWS::Partition>:dynamodb:${this.region}:${account}:table/${tableName(config.stage, definition.id)}`;
        Validations.of(fn.role).acknowledge({
          id: `AwsSolutions-IAM5[Resource::${arn}/index/*]`,
          reason: `Queries the GSIs of its own ${definition.id} table (${definition.globalSecondaryIndexes.map((i) => i.indexName).join(', ')}); the wildcard covers only that table's indexes.`,
        });
      }
    };

    const graphql = new ApiFunction(this, 'Graphql', {
      ...common,
      entry: entry('api/src/handler.ts'),
      description: `CmK GraphQL API (${config.stage})`,
      memorySize: 1024,
      timeout: Duration.seconds(10),
      // Installed beside the bundle and loaded only when asked for (lib/graphql-bundle.ts).
      nodeModules: GRAPHQL_NODE_MODULES,
      environment: {
        ...baseEnvironment,
        CONTENT_TABLE: tables.content.tableName,
        PARTICIPATION_TABLE: tables.participation.tableName,
        JWT_ISSUER: props.jwtIssuer,
        JWT_AUDIENCE: props.portalClient.userPoolClientId,
        JWKS_URL: `${props.jwtIssuer}/.well-known/jwks.json`,
        // approveProposal publishes the knowledge item in Strapi with this token (read on first use).
        STRAPI_URL: props.strapiUrl,
        STRAPI_PUBLISH_TOKEN_SECRET_ARN: props.strapiPublishTokenSecret.secretArn,
      },
    });
    props.strapiPublishTokenSecret.grantRead(graphql.function);
    tables.content.grantReadData(graphql.function);
    // The one content write of the GraphQL function: the catalogue snapshot it loaded, so the next
    // cold start reads a few items instead of every document (api/src/sources/content/snapshot.ts).
    // The condition keeps it away from the projected documents themselves.
    graphql.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:PutItem'],
        resources: [tables.content.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SNAPSHOT#*'] } },
      }),
    );
    tables.participation.grantReadWriteData(graphql.function);
    acknowledgeIndexes(graphql, contentTable, participationTable);

    const strapiEnvironment = {
      STRAPI_URL: props.strapiUrl,
      STRAPI_TOKEN_SECRET_ARN: props.strapiApiTokenSecret.secretArn,
    };
    const sync = new ApiFunction(this, 'Sync', {
      ...common,
      entry: entry('api/src/sync/handler.ts'),
      description: `CmK content sync from Strapi webhooks (${config.stage})`,
      memorySize: 512,
      timeout: Duration.seconds(20),
      environment: {
        ...baseEnvironment,
        ...strapiEnvironment,
        CONTENT_TABLE: tables.content.tableName,
        // An editor's capacity change moves the offer's capacity counter (participation table).
        PARTICIPATION_TABLE: tables.participation.tableName,
        SYNC_SECRET_ARN: props.syncSecret.secretArn,
      },
    });
    tables.content.grantReadWriteData(sync.function);
    tables.participation.grantReadWriteData(sync.function);
    acknowledgeIndexes(sync, contentTable, participationTable);
    props.syncSecret.grantRead(sync.function);
    props.strapiApiTokenSecret.grantRead(sync.function);

    const reconcile = new ApiFunction(this, 'Reconcile', {
      ...common,
      entry: entry('api/src/sync/reconcile-handler.ts'),
      description: `CmK nightly reconcile of the content projection with Strapi (${config.stage})`,
      memorySize: 1024,
      timeout: Duration.minutes(10),
      environment: {
        ...baseEnvironment,
        ...strapiEnvironment,
        CONTENT_TABLE: tables.content.tableName,
      },
    });
    tables.content.grantReadWriteData(reconcile.function);
    acknowledgeIndexes(reconcile, contentTable);
    props.strapiApiTokenSecret.grantRead(reconcile.function);
    new Rule(this, 'NightlyReconcile', {
      description: 'Rebuilds missed or stale content items from Strapi (webhooks can be lost).',
      schedule: Schedule.cron({ minute: '0', hour: '2' }),
      targets: [new LambdaFunction(reconcile.function, { retryAttempts: 2 })],
    });

    // The participation table once more, with its stream (its ARN from the data stack's parameter).
    const participationWithStream = Table.fromTableAttributes(this, 'ParticipationTableStream', {
      tableName: tableName(config.stage, participationTable.id),
      globalIndexes: participationTable.globalSecondaryIndexes.map((index) => index.indexName),
      tableStreamArn: StringParameter.valueForStringParameter(this, participationStreamParameter(config.stage)),
    });
    this.webhooks = new WebhookDelivery(this, 'Webhooks', {
      ...common,
      entry: entry('api/src/webhooks/handler.ts'),
      stage: config.stage,
      table: participationWithStream,
      environment: { ...baseEnvironment, PARTICIPATION_TABLE: participationWithStream.tableName, CONTENT_TABLE: tables.content.tableName },
    });
    acknowledgeIndexes(this.webhooks.fn, participationTable);

    this.functions = { graphql, sync, reconcile };
    this.graphqlFunction = graphql.function;
    this.syncFunction = sync.function;
    this.reconcileFunction = reconcile.function;

    // --- HTTP API ---
    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `cmk-${config.stage}-api`,
      description: `CmK GraphQL API (${config.stage})`,
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [...config.corsOrigins],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
        allowHeaders: ['authorization', 'content-type', 'x-api-key', 'accept-language', 'apollo-require-preflight'],
        maxAge: Duration.hours(1),
      },
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: config.logRetention,
      removalPolicy: config.dataRemovalPolicy,
    });
    // No IP addresses or user agents: access logs hold no personal data.
    const accessLogFormat = AccessLogFormat.custom(
      JSON.stringify({
        requestId: '$context.requestId',
        requestTime: '$context.requestTime',
        routeKey: '$context.routeKey',
        status: '$context.status',
        responseLength: '$context.responseLength',
        responseLatency: '$context.responseLatency',
        integrationLatency: '$context.integrationLatency',
        integrationError: '$context.integrationErrorMessage',
        authorizerError: '$context.authorizer.error',
      }),
    );
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: config.api.throttleRateLimit, burstLimit: config.api.throttleBurstLimit },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: accessLogFormat },
    });

    const graphqlIntegration = new HttpLambdaIntegration('GraphqlIntegration', graphql.function);
    const publicRoutes = this.httpApi.addRoutes({
      path: '/graphql',
      methods: [HttpMethod.GET, HttpMethod.POST],
      integration: graphqlIntegration,
    });
    this.httpApi.addRoutes({
      path: '/portal/graphql',
      methods: [HttpMethod.GET, HttpMethod.POST],
      integration: graphqlIntegration,
      authorizer: new HttpUserPoolAuthorizer('CognitoAuthorizer', props.userPool, {
        userPoolClients: [props.portalClient],
      }),
    });
    // Schools' calendar feeds: the token in the path is the credential, checked in the Lambda.
    const calendarRoutes = this.httpApi.addRoutes({
      path: '/calendar/{file}',
      methods: [HttpMethod.GET],
      integration: graphqlIntegration,
    });
    const syncRoutes = this.httpApi.addRoutes({
      path: '/sync',
      methods: [HttpMethod.POST],
      integration: new HttpLambdaIntegration('SyncIntegration', sync.function),
    });
    new CfnOutput(this, 'GraphqlUrl', { value: this.graphqlUrl, description: 'GraphQL endpoint (anonymous, x-api-key, Bearer)' });
    new CfnOutput(this, 'PortalGraphqlUrl', {
      value: `${this.httpApi.apiEndpoint}/portal/graphql`,
      description: 'GraphQL endpoint behind the Cognito JWT authorizer',
    });
    new CfnOutput(this, 'SyncUrl', { value: `${this.httpApi.apiEndpoint}/sync`, description: 'Target for the Strapi webhook' });
    for (const route of publicRoutes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Anonymous callers must read published content (CONTRACT: role anonymous); x-api-key and Bearer tokens are verified in the Lambda. Signed-in portals can use /portal/graphql with the gateway JWT authorizer.',
      });
    }
    for (const route of calendarRoutes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Calendar apps subscribe to a URL and send no credentials; the secret token in the path is the credential, checked (as a SHA-256 hash) in the Lambda.',
      });
    }
    for (const route of syncRoutes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Called by Strapi webhooks, which cannot obtain a Cognito token; every call is authenticated by its HMAC signature in the Lambda.',
      });
    }
  }

  /** The GraphQL endpoint for anonymous, API-key and token callers. */
  public get graphqlUrl(): string {
    return `${this.httpApi.apiEndpoint}/graphql`;
  }
}
