import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DockerImage, Duration, RemovalPolicy, Stack, Validations, type ILocalBundling } from 'aws-cdk-lib';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { contentSecurityPolicy, HSTS_MAX_AGE_SECONDS } from '../../../portal/server/security-headers.ts';

/** What the portal reads from /config.json (portal/src/config/env.ts): one build serves every stage. */
export interface PortalRuntimeConfig {
  readonly stage: string;
  readonly apiUrl: string;
  readonly cognito: { readonly authority: string; readonly clientId: string; readonly domain: string };
}

export interface PortalHostingProps {
  /** The portal workspace (portal/): built with Vite at synth time when its stack is bundled. */
  readonly portalDir: string;
  readonly runtimeConfig: PortalRuntimeConfig;
  /** Origins the page may call: the API's and Cognito's (the token exchange of the hosted UI). */
  readonly connectOrigins: readonly string[];
  /** Where the hosted UI's sign-in form posts. */
  readonly formActionOrigins: readonly string[];
  /** Where offer images and logos come from (the uploads CDN). */
  readonly imageOrigins?: readonly string[];
  readonly removalPolicy: RemovalPolicy;
  readonly logRetentionDays: number;
  /** A custom domain with its us-east-1 certificate; without them, the *.cloudfront.net name. */
  readonly domainName?: string;
  readonly certificate?: ICertificate;
}

/** Vite's build on this machine, copied into the asset folder; no container needed. */
class PortalBuild implements ILocalBundling {
  constructor(private readonly portalDir: string) {}

  tryBundle(outputDir: string): boolean {
    execFileSync(process.execPath, ['--import', 'tsx', path.join(this.portalDir, 'scripts', 'build.ts')], {
      cwd: this.portalDir,
      stdio: 'inherit',
    });
    fs.cpSync(path.join(this.portalDir, 'dist'), outputDir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.vite`) });
    return true;
  }
}

/**
 * The portal's hosting: a private S3 bucket behind CloudFront with origin access control, HTTPS
 * only, the security headers of portal/server/security-headers.ts (a CSP without inline scripts,
 * HSTS, nosniff, a referrer policy), client-side routes answered by index.html, and config.json
 * written at deploy time from the other stacks' outputs.
 */
export class PortalHosting extends Construct {
  public readonly bucket: Bucket;
  public readonly distribution: Distribution;
  public readonly headersPolicy: ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: PortalHostingProps) {
    super(scope, id);

    const logsBucket = new Bucket(this, 'AccessLogsBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(props.logRetentionDays) }],
      removalPolicy: props.removalPolicy,
    });
    Validations.of(logsBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging it into itself would loop.',
    });

    this.bucket = new Bucket(this, 'SiteBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: logsBucket,
      serverAccessLogsPrefix: 'site/',
      // The build is reproducible from git: nothing here needs to outlive the stack.
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });

    this.headersPolicy = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'CmK portal: CSP without inline scripts, HSTS, nosniff, referrer policy',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy({
            connect: props.connectOrigins,
            formAction: props.formActionOrigins,
            img: props.imageOrigins ?? [],
          }),
          override: true,
        },
        strictTransportSecurity: { accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      },
    });

    const custom = props.domainName && props.certificate;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `CmK portal (${props.runtimeConfig.stage})`,
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      // TLS 1.2 at least with the stage's own certificate; the default certificate's policy is fixed by CloudFront.
      ...(custom
        ? { domainNames: [props.domainName!], certificate: props.certificate, minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021 }
        : {}),
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headersPolicy,
        compress: true,
      },
      // A client-side route (/aanbod/...) is no object in the bucket: the single page answers it.
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: '/index.html',
        ttl: Duration.seconds(0),
      })),
    });
    const acknowledgements: [string, string][] = [
      [
        'AwsSolutions-CFR1',
        'The portal is public for every school in the Netherlands; a geo restriction would lock out travellers and VPNs.',
      ],
      [
        'AwsSolutions-CFR2',
        'Static files from a private bucket via OAC; the API behind it has its own throttling, so WAF cost is not justified here.',
      ],
      [
        'AwsSolutions-CFR3',
        'Standard logging needs an ACL-enabled bucket; the origin bucket has S3 access logs and CloudFront metrics are on.',
      ],
    ];
    if (!custom) {
      acknowledgements.push([
        'AwsSolutions-CFR4',
        'Uses the default *.cloudfront.net certificate until the stage has its own portal domain; HTTPS is enforced.',
      ]);
    }
    for (const [ruleId, reason] of acknowledgements) Validations.of(this.distribution).acknowledge({ id: ruleId, reason });

    const site = Source.asset(props.portalDir, {
      exclude: ['node_modules', 'dist', 'test-results', 'test'],
      bundling: { image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'), local: new PortalBuild(props.portalDir) },
    });
    const deployment = new BucketDeployment(this, 'Deploy', {
      sources: [site, Source.jsonData('config.json', props.runtimeConfig)],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/config.json'],
      prune: true,
      memoryLimit: 512,
      // Hashed assets are immutable; index.html and config.json are revalidated on every visit.
      cacheControl: [CacheControl.fromString('public, max-age=0, must-revalidate')],
    });
    this.acknowledgeDeploymentHandler(deployment);
  }

  /** The BucketDeployment handler is a stack-level singleton of aws-cdk-lib: its findings are acknowledged where it lives. */
  private acknowledgeDeploymentHandler(deployment: BucketDeployment): void {
    const stack = Stack.of(this);
    const handler = stack.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!handler) throw new Error(`No BucketDeployment handler found for ${deployment.node.path}`);
    const siteBucket = stack.getLogicalId(this.bucket.node.defaultChild as CfnBucket);
    const copy = 'copies the built portal from the CDK asset bucket into the site bucket and prunes what the build no longer has';
    Validations.of(handler).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'The BucketDeployment handler of aws-cdk-lib writes its own logs with the AWS-managed basic execution role.',
      },
      ...['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'].map((action) => ({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason: `The BucketDeployment handler of aws-cdk-lib ${copy}: the grant methods give these action groups.`,
      })),
      {
        id: `AwsSolutions-IAM5[Resource::<${siteBucket}.Arn>/*]`,
        reason: `The BucketDeployment handler ${copy}: every object of the site bucket.`,
      },
      {
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${stack.region}/*]`,
        reason:
          'The BucketDeployment handler reads the uploaded asset zip from the CDK bootstrap asset bucket (the key is only known at deploy time).',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'CloudFront CreateInvalidation takes no resource-level permission; the handler invalidates index.html and config.json after a deploy.',
      },
      { id: 'AwsSolutions-L1', reason: 'The BucketDeployment handler runtime is chosen by aws-cdk-lib and moves with its upgrades.' },
    );
  }
}
