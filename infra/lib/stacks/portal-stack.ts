import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { Construct } from 'constructs';
import path from 'node:path';
import type { StageConfig } from '../config.ts';
import { PortalHosting } from '../constructs/portal-hosting.ts';

export interface PortalStackProps extends StackProps {
  readonly config: StageConfig;
  readonly repoRoot: string;
  /** The API's GraphQL URL (https://<id>.execute-api.<region>.amazonaws.com/graphql). */
  readonly apiUrl: string;
  readonly apiOrigin: string;
  readonly cognito: { readonly issuer: string; readonly clientId: string; readonly domain: string };
  /** The uploads CDN's origin (https://…cloudfront.net), where offer images come from. */
  readonly mediaOrigin?: string;
}

/** The portal for schools and partners: the built web app on S3 and CloudFront, with config.json for this stage. */
export class PortalStack extends Stack {
  public readonly hosting: PortalHosting;

  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);
    const { config } = props;
    const cognitoIdp = `https://cognito-idp.${this.region}.amazonaws.com`;
    this.hosting = new PortalHosting(this, 'Portal', {
      portalDir: path.join(props.repoRoot, 'portal'),
      runtimeConfig: {
        stage: config.stage,
        apiUrl: props.apiUrl,
        cognito: { authority: props.cognito.issuer, clientId: props.cognito.clientId, domain: props.cognito.domain },
      },
      connectOrigins: [props.apiOrigin, props.cognito.domain, cognitoIdp],
      formActionOrigins: [props.cognito.domain],
      imageOrigins: props.mediaOrigin ? [props.mediaOrigin] : [],
      removalPolicy: config.dataRemovalPolicy,
      logRetentionDays: config.stage === 'prod' ? 365 : 30,
      ...(config.portal.domainName && config.portal.certificateArn
        ? {
            domainName: config.portal.domainName,
            certificate: Certificate.fromCertificateArn(this, 'Certificate', config.portal.certificateArn),
          }
        : {}),
    });
    new CfnOutput(this, 'PortalUrl', { value: `https://${this.hosting.distribution.distributionDomainName}` });
  }
}
