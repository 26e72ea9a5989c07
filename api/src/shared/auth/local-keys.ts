/**
 * The local token issuer: an ES256 key pair made on first use in the git-ignored `.data/keys/`
 * (or `$CMK_DATA_DIR/keys/`). The API reads only the public JWKS; `npm run token` signs with the
 * private key. Nothing here runs in AWS, where Cognito issues the tokens.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import type { Viewer } from '../../domain/viewer.ts';

export const LOCAL_ISSUER = 'cmk-local';
export const LOCAL_AUDIENCE = 'cmk-api';
const ALG = 'ES256';
const PRIVATE_FILE = 'private.jwk.json';
const JWKS_FILE = 'jwks.json';

/** `<repo>/.data/keys` (or under CMK_DATA_DIR), whatever the working directory. */
export function defaultKeysDir(env: NodeJS.ProcessEnv = process.env): string {
  // Resolved lazily: this module sits at api/src/shared/auth/, four levels below the repository root.
  const root = fileURLToPath(new URL('../../../../', import.meta.url));
  return path.resolve(root, env.CMK_DATA_DIR || '.data', 'keys');
}

export const jwksFileIn = (dir: string): string => path.join(dir, JWKS_FILE);

export interface LocalKeys {
  readonly privateJwk: JWK;
  readonly jwksFile: string;
}

/**
 * Makes the key pair once. Two processes may race on the first start (the API and `npm run
 * token`): the private key is published with an exclusive hard link, so exactly one wins and the
 * other reads the winner's key; the JWKS is derived from it deterministically.
 */
export async function ensureLocalKeys(dir: string): Promise<LocalKeys> {
  const privateFile = path.join(dir, PRIVATE_FILE);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!fs.existsSync(privateFile)) {
    const { privateKey } = await generateKeyPair(ALG, { extractable: true });
    const jwk = await exportJWK(privateKey);
    const kid = await calculateJwkThumbprint(jwk);
    const temp = path.join(dir, `.${PRIVATE_FILE}.${randomUUID()}`);
    fs.writeFileSync(temp, JSON.stringify({ ...jwk, kid, alg: ALG, use: 'sig' }, null, 2), { mode: 0o600 });
    try {
      fs.linkSync(temp, privateFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }
  const privateJwk = JSON.parse(fs.readFileSync(privateFile, 'utf8')) as JWK;
  const { d: _secret, ...publicJwk } = privateJwk;
  const jwks = `${JSON.stringify({ keys: [publicJwk] }, null, 2)}\n`;
  const jwksFile = jwksFileIn(dir);
  if (!fs.existsSync(jwksFile) || fs.readFileSync(jwksFile, 'utf8') !== jwks) {
    const temp = `${jwksFile}.${randomUUID()}`;
    fs.writeFileSync(temp, jwks);
    fs.renameSync(temp, jwksFile);
  }
  return { privateJwk, jwksFile };
}

export interface LocalTokenInput {
  readonly viewer: Viewer;
  /** jose duration: `2h`, `30m`, `7d`. */
  readonly expiresIn: string;
  readonly issuer?: string;
  readonly audience?: string;
  readonly now?: Date;
}

/** A token in the local claim style (`role`, `school`, `partner`, `region`), signed with the local key. */
export async function signLocalToken(keys: LocalKeys, input: LocalTokenInput): Promise<string> {
  const { viewer } = input;
  const key = await importJWK(keys.privateJwk, ALG);
  const claims: Record<string, string> = { role: viewer.role.toLowerCase() };
  if (viewer.schoolId) claims.school = viewer.schoolId;
  if (viewer.partnerId) claims.partner = viewer.partnerId;
  if (viewer.regionId) claims.region = viewer.regionId;
  if (viewer.memberId) claims.member = viewer.memberId;
  const subject = ['local', viewer.role.toLowerCase(), viewer.schoolId ?? viewer.partnerId ?? viewer.regionId ?? viewer.memberId]
    .filter(Boolean)
    .join(':');
  const now = input.now ?? new Date();
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALG, kid: keys.privateJwk.kid ?? '', typ: 'JWT' })
    .setIssuer(input.issuer ?? LOCAL_ISSUER)
    .setAudience(input.audience ?? LOCAL_AUDIENCE)
    .setSubject(subject)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(expiryFrom(now, input.expiresIn))
    .setJti(randomUUID())
    .sign(key);
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };
export const DURATION = /^(\d{1,6})\s*([smhd])$/;
/** Longest lifetime of a local token: a week of trying things out. */
export const MAX_LOCAL_TOKEN_SECONDS = 7 * 86_400;

/** `2h` → seconds; undefined when the text is not a duration. */
export function durationSeconds(text: string): number | undefined {
  const match = DURATION.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * UNIT_SECONDS[match[2]!]!;
}

function expiryFrom(now: Date, expiresIn: string): number {
  const seconds = durationSeconds(expiresIn);
  if (seconds === undefined) throw new Error(`Not a duration: ${expiresIn} (use e.g. 30m, 2h, 7d).`);
  return Math.floor(now.getTime() / 1000) + seconds;
}
