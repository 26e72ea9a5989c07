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

/** A base map of raster tiles under the region map; only when configured (nothing else asks a tile server). */
export interface TileSettings {
  /** An http(s) template with {z}, {x} and {y}, e.g. https://tiles.example.org/{z}/{x}/{y}.png */
  readonly url: string;
  /** Shown under the map, as the tile provider asks (e.g. "© OpenStreetMap-bijdragers"). */
  readonly attribution: string;
}

/** Checks a tile template: http(s), with {z}, {x} and {y}; the error says what is wrong. */
export function parseTileSettings(url: unknown, attribution: unknown, name = 'tiles'): TileSettings {
  const template = text(url, `${name}.url`);
  let parsed: URL;
  try {
    parsed = new URL(template.replace(/\{[xyz]\}/g, '0'));
  } catch {
    throw new Error(`${name}.url is not a URL: ${template}`);
  }
  if (!/^https?:$/.test(parsed.protocol)) throw new Error(`${name}.url must be http(s): ${template}`);
  for (const p of ['{z}', '{x}', '{y}']) if (!template.includes(p)) throw new Error(`${name}.url needs ${p}: ${template}`);
  return { url: template, attribution: text(attribution, `${name}.attribution`) };
}

export interface PortalConfig {
  /** `local` offers the local sign-in page; dev and prod sign in through Cognito. */
  readonly stage: string;
  /** The GraphQL endpoint. */
  readonly apiUrl: string;
  readonly cognito?: CognitoSettings;
  /** Absent: the region map draws no base layer and asks no tile server. */
  readonly tiles?: TileSettings;
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
  const tilesRaw = input.tiles as Record<string, unknown> | undefined;
  const tiles = tilesRaw ? parseTileSettings(tilesRaw.url, tilesRaw.attribution) : undefined;
  return { stage, apiUrl: text(input.apiUrl, 'apiUrl'), cognito, ...(tiles ? { tiles } : {}) };
}

export async function loadConfig(): Promise<PortalConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return parseConfig(await response.json());
}
