import path from 'node:path';
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { beforeAll, describe, expect, it } from 'vitest';
import { appContext } from '../lib/cmk-app.ts';
import { PortalHosting } from '../lib/constructs/portal-hosting.ts';
import { repoRoot } from '../lib/paths.ts';
import { resourcesOfType, synthStage, type SynthResult } from './synth.ts';

describe('portal stack', () => {
  let prod: SynthResult;
  let template: Template;
  beforeAll(() => {
    prod = synthStage('prod');
    template = prod.template(prod.stacks.portal);
  });

  it('serves a private bucket through CloudFront with origin access control, HTTPS only', () => {
    const buckets = resourcesOfType(template, 'AWS::S3::Bucket');
    const site = buckets.find(([id]) => id.includes('SiteBucket'))!;
    expect(site[1].PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(site[1].LoggingConfiguration).toBeDefined();
    expect(resourcesOfType(template, 'AWS::CloudFront::OriginAccessControl')).toHaveLength(1);
    const [[, distribution]] = resourcesOfType(template, 'AWS::CloudFront::Distribution') as [[string, any]];
    const config = distribution.DistributionConfig;
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(config.Origins[0].OriginAccessControlId).toBeDefined();
    expect(config.Origins[0].S3OriginConfig.OriginAccessIdentity).toBe('');
    // Client-side routes are answered by the single page.
    expect(config.CustomErrorResponses).toEqual(
      expect.arrayContaining([expect.objectContaining({ ErrorCode: 404, ResponseCode: 200, ResponsePagePath: '/index.html' })]),
    );
    // The bucket policy lets only this distribution read, through the CloudFront service principal.
    const [[, policy]] = resourcesOfType(template, 'AWS::S3::BucketPolicy').filter(([id]) => id.includes('SiteBucket')) as [[string, any]];
    const statements = JSON.stringify(policy.PolicyDocument.Statement);
    expect(statements).toContain('cloudfront.amazonaws.com');
    expect(statements).toContain('AWS:SourceArn');
  });

  it('sends a CSP without inline scripts, HSTS, nosniff, a referrer policy and frame denial', () => {
    const [[, policy]] = resourcesOfType(template, 'AWS::CloudFront::ResponseHeadersPolicy') as [[string, any]];
    const headers = policy.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp = JSON.stringify(headers.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    // The API's and Cognito's origins are the only other hosts the page may call.
    expect(csp).toContain('connect-src');
    expect(csp).toContain('amazoncognito.com');
    expect(headers.StrictTransportSecurity).toMatchObject({ AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Override: true });
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.ReferrerPolicy.ReferrerPolicy).toBe('strict-origin-when-cross-origin');
    expect(headers.FrameOptions.FrameOption).toBe('DENY');
  });

  it('writes config.json at deploy time from the API and Cognito outputs, so one build serves every stage', () => {
    const deployments = resourcesOfType(template, 'Custom::CDKBucketDeployment');
    expect(deployments).toHaveLength(1);
    const [, deployment] = deployments[0]!;
    // Two sources: the built site and the generated config.json with the stage's values.
    expect(deployment.SourceObjectKeys).toHaveLength(2);
    const markers = JSON.stringify(deployment.SourceMarkers);
    expect(markers).toContain('Cmk-Prod-Api');
    expect(markers).toContain('Cmk-Prod-Auth');
    expect(JSON.stringify(deployment.DistributionPaths)).toContain('/config.json');
  });

  it('gives the portal a hosted UI with authorization code and PKCE, no implicit flow, calling back to the portal', () => {
    const auth = prod.template(prod.stacks.auth);
    const [[, client]] = resourcesOfType(auth, 'AWS::Cognito::UserPoolClient') as [[string, any]];
    expect(client.AllowedOAuthFlows).toEqual(['code']);
    expect(client.AllowedOAuthFlowsUserPoolClient).toBe(true);
    expect(client.GenerateSecret).toBe(false);
    expect(client.CallbackURLs).toEqual(['https://cultuureducatie.nl/auth/callback']);
    expect(client.AllowedOAuthScopes).toEqual(expect.arrayContaining(['openid', 'email']));
    expect(resourcesOfType(auth, 'AWS::Cognito::UserPoolDomain')).toHaveLength(1);
  });
});

describe('portal hosting on its own domain', () => {
  it('serves the domain with its certificate and TLS 1.2 at least', () => {
    // Bundling skipped, as in every synth test: the Vite build belongs to a real synth.
    const app = new App({ context: { ...appContext, 'aws:cdk:bundling-stacks': [] } });
    const stack = new Stack(app, 'Probe', { env: { region: 'eu-west-1' } });
    new PortalHosting(stack, 'Portal', {
      portalDir: path.join(repoRoot, 'portal'),
      runtimeConfig: {
        stage: 'prod',
        apiUrl: 'https://api.example/graphql',
        cognito: { authority: 'https://idp.example', clientId: 'c', domain: 'https://auth.example' },
      },
      connectOrigins: ['https://api.example'],
      formActionOrigins: ['https://auth.example'],
      removalPolicy: RemovalPolicy.RETAIN,
      logRetentionDays: 365,
      domainName: 'portaal.example.nl',
      certificate: Certificate.fromCertificateArn(stack, 'Cert', 'arn:aws:acm:us-east-1:111111111111:certificate/abc'),
    });
    const [[, distribution]] = resourcesOfType(Template.fromStack(stack), 'AWS::CloudFront::Distribution') as [[string, any]];
    expect(distribution.DistributionConfig.Aliases).toEqual(['portaal.example.nl']);
    expect(distribution.DistributionConfig.ViewerCertificate).toMatchObject({
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
  });
});
