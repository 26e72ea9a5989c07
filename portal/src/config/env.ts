/**
 * The portal's runtime settings, from `/config.json`: written at deploy in AWS (one build serves
 * every stage), served by the local portal server on this machine.
 */
export interface CognitoSettings {
  /** The user pool's issuer, https://cognito-idp.<region>.amazonaws.com/<poolId> (OIDC discovery lives there). */
  readonly authority: string;
  readonly clientId: string;
  /** The hosted UI's domain, https://<prefix>.auth.<region>.amazoncognito.com (for sign-out). */
  readonly domain: string;
}

export interface PortalConfig {
  /** `local` offers the local sign-in page; dev and prod sign in through Cognito. */
  readonly stage: string;
  /** The GraphQL endpoint. */
  readonly apiUrl: string;
  readonly cognito?: CognitoSettings;
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`config.json: ${name} is missing.`);
  return value;
}

export function parseConfig(raw: unknown): PortalConfig {
  const input = (raw ?? {}) as Record<string, unknown>;
  const stage = text(input.stage, 'stage');
  const cognitoRaw = input.cognito as Record<string, unknown> | undefined;
  const cognito = cognitoRaw
    ? {
        authority: text(cognitoRaw.authority, 'cognito.authority'),
        clientId: text(cognitoRaw.clientId, 'cognito.clientId'),
        domain: text(cognitoRaw.domain, 'cognito.domain'),
      }
    : undefined;
  if (stage !== 'local' && !cognito) throw new Error(`config.json: stage ${stage} needs cognito settings.`);
  return { stage, apiUrl: text(input.apiUrl, 'apiUrl'), cognito };
}

export async function loadConfig(): Promise<PortalConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return parseConfig(await response.json());
}
