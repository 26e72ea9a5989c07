import { CfnOutput, Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StringAttribute,
  UserPool,
  UserPoolClientIdentityProvider,
  type UserPoolClient,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import type { StageConfig } from '../config.ts';

export interface AuthStackProps extends StackProps {
  readonly config: StageConfig;
}

/** The roles of the contract (anonymous needs no account). Group names are what the API reads from `cognito:groups`. */
export const roleGroups = ['school', 'partner', 'advisor', 'admin'] as const;

/**
 * Who may sign in: the Cognito user pool behind the portals. Users carry their role as a group
 * and the scope of that role as custom attributes (`custom:school` = BRIN6, `custom:partner` =
 * partner documentId, `custom:region` = region documentId), so the API reads them from the token.
 */
export class AuthStack extends Stack {
  public readonly userPool: UserPool;
  public readonly portalClient: UserPoolClient;
  /** The hosted UI the portal signs in through (authorization code with PKCE). */
  public readonly hostedUi: UserPoolDomain;

  constructor(scope: Construct, id: string, props: AuthStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(7),
      },
      customAttributes: {
        school: new StringAttribute({ minLen: 6, maxLen: 6, mutable: true }),
        partner: new StringAttribute({ maxLen: 64, mutable: true }),
        region: new StringAttribute({ maxLen: 64, mutable: true }),
      },
      deletionProtection: config.deletionProtection,
      removalPolicy: config.dataRemovalPolicy,
    });
    Validations.of(this.userPool).acknowledge(
      {
        id: 'AwsSolutions-COG2',
        reason:
          'MFA is optional (TOTP offered): school ICC-ers sign in a few times a year, often from shared school devices; making it required for advisor/admin groups is tracked as a follow-up.',
      },
      {
        id: 'AwsSolutions-COG8',
        reason:
          'The Plus feature plan (threat protection) is priced per active user, out of budget for a subsidised programme; accounts are invite-only (no self sign-up) and passwords are long.',
      },
      {
        id: 'AwsSolutions-COG3',
        reason:
          'Threat protection (advanced security) needs the Plus feature plan at a per-user price that is out of budget for a subsidised programme; accounts are invite-only (no self sign-up).',
      },
    );

    for (const role of roleGroups) {
      new CfnUserPoolGroup(this, `${role.charAt(0).toUpperCase()}${role.slice(1)}Group`, {
        userPoolId: this.userPool.userPoolId,
        groupName: role,
        description: `CmK role "${role}"`,
      });
    }

    this.hostedUi = this.userPool.addDomain('HostedUi', { cognitoDomain: { domainPrefix: config.portal.cognitoDomainPrefix } });

    // Public client for the browser portals: no secret, the hosted UI with authorization code and
    // PKCE (no implicit flow), SRP for other portals, short-lived tokens.
    const portal = config.portal.url.replace(/\/$/, '');
    this.portalClient = this.userPool.addClient('PortalClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [`${portal}/auth/callback`],
        logoutUrls: [`${portal}/`],
      },
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'PortalClientId', { value: this.portalClient.userPoolClientId });
    new CfnOutput(this, 'HostedUiUrl', { value: this.hostedUi.baseUrl() });
  }

  /** Issuer the API verifies tokens against; its JWKS is at `${issuer}/.well-known/jwks.json`. */
  public get issuer(): string {
    return `https://cognito-idp.${this.region}.amazonaws.com/${this.userPool.userPoolId}`;
  }
}
