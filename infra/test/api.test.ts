import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { resourcesOfType, synthStage, type SynthResult } from './synth.ts';

const functionIds = ['Graphql', 'Sync', 'Reconcile'] as const;
type FunctionId = (typeof functionIds)[number];

/** Which tables each function may touch: everything else must be unreachable. */
const ownTables: Record<FunctionId, string[]> = {
  Graphql: ['cmk-prod-content', 'cmk-prod-participation'],
  Sync: ['cmk-prod-content', 'cmk-prod-participation'],
  Reconcile: ['cmk-prod-content'],
};

describe('API stack', () => {
  let prod: SynthResult;
  let template: Template;
  beforeAll(() => {
    prod = synthStage('prod');
    template = prod.template(prod.stacks.api);
  });

  const functionProps = (id: FunctionId) => {
    const match = resourcesOfType(template, 'AWS::Lambda::Function').find(([logicalId]) => logicalId.startsWith(`${id}Function`));
    if (!match) throw new Error(`no function ${id}`);
    return match[1];
  };
  const policiesOf = (id: FunctionId) =>
    resourcesOfType(template, 'AWS::IAM::Policy')
      .filter(([, props]) => JSON.stringify(props.Roles).includes(`"${id}Role`))
      .flatMap(([, props]) => props.PolicyDocument.Statement as any[]);
  const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

  it('has exactly the three API functions and the webhook delivery, each on Node 22 / arm64 with the shared defaults', () => {
    expect(resourcesOfType(template, 'AWS::Lambda::Function')).toHaveLength(4);
    for (const id of functionIds) {
      const props = functionProps(id);
      expect(props.Runtime).toBe('nodejs22.x');
      expect(props.Architectures).toEqual(['arm64']);
      expect(props.Handler).toBe('index.handler');
      expect(props.Environment.Variables.NODE_OPTIONS).toBe('--enable-source-maps');
      expect(props.Environment.Variables.STAGE).toBe('prod');
      expect(props.LoggingConfig.LogGroup).toBeDefined();
    }
  });

  it('gives every function a log group with retention', () => {
    const groups = resourcesOfType(template, 'AWS::Logs::LogGroup');
    expect(groups.length).toBeGreaterThanOrEqual(4); // three functions + access logs
    for (const [, props] of groups) expect(props.RetentionInDays).toBe(90);
  });

  it.each(functionIds)('%s reaches only its own tables, never a "*" resource', (id) => {
    const statements = policiesOf(id).filter((s) => asList(s.Action).some((action: string) => action.startsWith('dynamodb:')));
    expect(statements.length).toBeGreaterThan(0);
    const reached = new Set<string>();
    for (const statement of statements) {
      for (const resource of asList(statement.Resource)) {
        expect(resource).not.toBe('*');
        const text = JSON.stringify(resource);
        const table = text.match(/:table\/([a-z0-9-]+)(\/index\/\*)?"/);
        expect(table, `unexpected DynamoDB resource ${text}`).not.toBeNull();
        reached.add(table![1]!);
      }
    }
    expect([...reached].sort()).toEqual(ownTables[id]);
    // No role in the stack uses a wildcard resource for anything.
    for (const statement of policiesOf(id)) expect(asList(statement.Resource)).not.toContain('*');
  });

  it('lets GraphQL read content but write only participation, and of content only the catalogue snapshot', () => {
    const writes = policiesOf('Graphql').filter((s) =>
      asList(s.Action).some((a: string) => /^dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem)$/.test(a)),
    );
    const written = writes.flatMap((s) => asList(s.Resource)).map((r) => JSON.stringify(r));
    expect(written.some((r) => r.includes('cmk-prod-participation'))).toBe(true);
    const contentWrites = writes.filter((s) => asList(s.Resource).some((r: unknown) => JSON.stringify(r).includes('cmk-prod-content')));
    expect(contentWrites).toHaveLength(1);
    expect(asList(contentWrites[0].Action)).toEqual(['dynamodb:PutItem']);
    expect(contentWrites[0].Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SNAPSHOT#*'] } });
  });

  it('passes secrets by reference (ARN), never as values', () => {
    for (const id of functionIds) {
      const variables: Record<string, unknown> = functionProps(id).Environment.Variables;
      for (const [name, value] of Object.entries(variables)) {
        expect(JSON.stringify(value)).not.toContain('resolve:secretsmanager');
        if (/SECRET|TOKEN|PASSWORD|PRIVATE|API_KEY/.test(name)) {
          expect(name, `${id}.${name} must carry an ARN`).toMatch(/_ARN$/);
          // A reference to a secret in the CMS stack, not a literal.
          expect(typeof value, `${id}.${name}`).toBe('object');
          expect(JSON.stringify(value)).toMatch(/Fn::ImportValue|Ref/);
        }
      }
    }
    expect(functionProps('Sync').Environment.Variables).toMatchObject({
      SYNC_SECRET_ARN: expect.anything(),
      STRAPI_TOKEN_SECRET_ARN: expect.anything(),
    });
    expect(functionProps('Graphql').Environment.Variables.SYNC_SECRET_ARN).toBeUndefined();
  });

  it('lets sync and reconcile read their secrets, and GraphQL only the publish token, each by its ARN', () => {
    const reads = (id: FunctionId) => policiesOf(id).filter((s) => asList(s.Action).includes('secretsmanager:GetSecretValue'));
    const graphqlReads = reads('Graphql').flatMap((s) => asList(s.Resource));
    expect(graphqlReads).toHaveLength(1);
    expect(JSON.stringify(graphqlReads[0])).toContain('StrapiPublishToken');
    expect(functionProps('Graphql').Environment.Variables.STRAPI_PUBLISH_TOKEN_SECRET_ARN).toEqual(graphqlReads[0]);
    for (const id of ['Sync', 'Reconcile'] as const) {
      const resources = reads(id).flatMap((s) => asList(s.Resource));
      expect(resources.length).toBeGreaterThan(0);
      for (const resource of resources) expect(JSON.stringify(resource)).toContain('Fn::ImportValue');
    }
  });

  it('serves /graphql anonymously, /portal/graphql behind the Cognito JWT authorizer, /sync for signed webhooks', () => {
    const routes = Object.fromEntries(resourcesOfType(template, 'AWS::ApiGatewayV2::Route').map(([, p]) => [p.RouteKey, p]));
    expect(Object.keys(routes).sort()).toEqual(
      ['GET /graphql', 'POST /graphql', 'GET /portal/graphql', 'POST /portal/graphql', 'POST /sync', 'GET /calendar/{file}'].sort(),
    );
    for (const key of ['GET /graphql', 'POST /graphql', 'POST /sync', 'GET /calendar/{file}']) {
      expect(routes[key].AuthorizationType ?? 'NONE').toBe('NONE');
    }
    for (const key of ['GET /portal/graphql', 'POST /portal/graphql']) {
      expect(routes[key].AuthorizationType).toBe('JWT');
    }
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Issuer: Match.anyValue(), Audience: Match.anyValue() },
    });
  });

  it('serves the schools’ calendar feeds from the GraphQL function, without a gateway authorizer', () => {
    const routes = Object.fromEntries(resourcesOfType(template, 'AWS::ApiGatewayV2::Route').map(([, p]) => [p.RouteKey, p]));
    expect(routes['GET /calendar/{file}'].Target).toEqual(routes['GET /graphql'].Target);
  });

  it('throttles, writes access logs and answers CORS for the portals', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 200, ThrottlingBurstLimit: 400 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.objectLike({
        AllowOrigins: Match.arrayWith([Match.stringLikeRegexp('^https://')]),
        AllowHeaders: Match.arrayWith(['authorization', 'x-api-key']),
      }),
    });
  });

  it('runs reconcile on a schedule', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: Match.stringLikeRegexp('^cron\\('),
      State: 'ENABLED',
    });
  });
});
