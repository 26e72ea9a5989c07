/** The access-control settings, derived once from the parsed environment (api/src/env.ts). */
import type { Env } from '../../env.ts';
import type { ClaimStyle } from './claims.ts';
import { defaultKeysDir, jwksFileIn, LOCAL_AUDIENCE, LOCAL_ISSUER } from './local-keys.ts';

export type JwksSource = { readonly kind: 'remote'; readonly url: URL } | { readonly kind: 'file'; readonly path: string };

export interface AuthSettings {
  readonly issuer: string;
  readonly audience: string;
  readonly jwks: JwksSource;
  /** Cognito issuers write `cognito:groups` and `custom:*`; the local issuer writes plain claims. */
  readonly claimStyle: ClaimStyle;
  readonly algorithms: readonly string[];
  readonly clockToleranceSeconds: number;
  readonly rateLimit: { readonly perSecond: number; readonly perMinute: number };
}

export const cognitoIssuer = (region: string, userPoolId: string): string => `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;

export function authSettings(env: Env, processEnv: NodeJS.ProcessEnv = process.env): AuthSettings {
  const poolIssuer = env.COGNITO_USER_POOL_ID ? cognitoIssuer(env.AWS_REGION, env.COGNITO_USER_POOL_ID) : undefined;
  const issuer = env.JWT_ISSUER ?? poolIssuer ?? LOCAL_ISSUER;
  const remote = env.JWKS_URL ?? (poolIssuer ? `${poolIssuer}/.well-known/jwks.json` : undefined);
  const jwks: JwksSource =
    remote && !env.LOCAL_JWKS_FILE
      ? { kind: 'remote', url: new URL(remote) }
      : { kind: 'file', path: env.LOCAL_JWKS_FILE ?? jwksFileIn(defaultKeysDir(processEnv)) };
  return {
    issuer,
    audience: env.JWT_AUDIENCE ?? LOCAL_AUDIENCE,
    jwks,
    claimStyle: issuer.startsWith('https://cognito-idp.') ? 'cognito' : 'local',
    algorithms: env.JWT_ALGORITHMS,
    clockToleranceSeconds: env.JWT_CLOCK_TOLERANCE_SECONDS,
    rateLimit: { perSecond: env.API_KEY_RATE_PER_SECOND, perMinute: env.API_KEY_RATE_PER_MINUTE },
  };
}
