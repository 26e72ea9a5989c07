/**
 * `npm run -s token -- --role school --school 00AA00 [--expires 2h]`: prints a signed local token
 * for trying the API as that role (stdout: the token only; stderr: a curl example). The key pair
 * is made on first use in the git-ignored `.data/keys/`; the local API verifies against it.
 */
import { parseArgs } from 'node:util';
import type { Viewer } from '@cmk/api/domain/viewer';
import { parseEnv } from '@cmk/api/env';
import { BRIN6, CONTENT_ID, roleNames, viewerOf } from '@cmk/api/shared/auth/claims';
import { AuthenticationError } from '@cmk/api/shared/auth/errors';
import { defaultKeysDir, durationSeconds, ensureLocalKeys, MAX_LOCAL_TOKEN_SECONDS, signLocalToken } from '@cmk/api/shared/auth/local-keys';
import { authSettings } from '@cmk/api/shared/auth/settings';
import path from 'node:path';

const USAGE = `Usage: npm run -s token -- --role <school|partner|advisor|admin|member|moderator> [options]

  --role      school, partner, advisor, admin, member or moderator (required)
  --school    BRIN6 of the school, e.g. 00AA00 (required for --role school)
  --partner   partner documentId (required for --role partner)
  --region    region documentId (required for --role advisor)
  --member    member id (required for --role member and --role moderator)
  --expires   lifetime, e.g. 30m, 2h, 7d (default 8h, at most 7d)

Examples:
  npm run -s token -- --role school --school 00AA00
  npm run -s token -- --role partner --partner k3x9a2b7c1d4e5f6g7h8i9j0
  npm run -s token -- --role advisor --region r1 --expires 2h
  npm run -s token -- --role admin
  npm run -s token -- --role member --member m-rik-veenstra
  npm run -s token -- --role moderator --member m-hanneke-bos

Seeded members (api/seed/knowledge-platform.ts, made up): m-rik-veenstra, m-samira-el-amrani,
m-joost-van-den-berg, m-lotte-jansen, m-wouter-kramer, ...; m-hanneke-bos is the demo moderator.`;

export class UsageError extends Error {}

const SCOPE_OF = { SCHOOL: 'school', PARTNER: 'partner', ADVISOR: 'region', MEMBER: 'member', MODERATOR: 'member' } as const;

/** The viewer and lifetime the arguments ask for; a UsageError names what is wrong. */
export function parseTokenArgs(argv: readonly string[]): { viewer: Viewer; expiresIn: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        role: { type: 'string' },
        school: { type: 'string' },
        partner: { type: 'string' },
        region: { type: 'string' },
        member: { type: 'string' },
        expires: { type: 'string', default: '8h' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) throw new UsageError('');
  const roleText = values.role;
  if (typeof roleText !== 'string') throw new UsageError('--role is required (school, partner, advisor, admin, member or moderator).');
  const role = roleNames[roleText.toLowerCase()];
  if (!role) throw new UsageError(`--role ${roleText} is not a role; use school, partner, advisor, admin, member or moderator.`);

  const school = typeof values.school === 'string' ? values.school.trim().toUpperCase() : undefined;
  const partner = typeof values.partner === 'string' ? values.partner.trim() : undefined;
  const region = typeof values.region === 'string' ? values.region.trim() : undefined;
  const member = typeof values.member === 'string' ? values.member.trim() : undefined;
  const given = { school, partner, region, member };
  for (const [option, value] of Object.entries(given)) {
    if (value !== undefined && (role === 'ADMIN' || SCOPE_OF[role] !== option)) {
      throw new UsageError(`--${option} does not apply to --role ${roleText.toLowerCase()}.`);
    }
  }
  if (role === 'SCHOOL') {
    if (!school) throw new UsageError('--role school needs --school <BRIN6>, e.g. --school 00AA00.');
    if (!BRIN6.test(school)) {
      throw new UsageError(`--school ${values.school} is not a BRIN6: two digits, two letters, two digits (e.g. 00AA00).`);
    }
  }
  if (role === 'PARTNER' && !partner) throw new UsageError('--role partner needs --partner <partner documentId>.');
  if (role === 'ADVISOR' && !region) throw new UsageError('--role advisor needs --region <region documentId>.');
  if ((role === 'MEMBER' || role === 'MODERATOR') && !member)
    throw new UsageError(`--role ${roleText.toLowerCase()} needs --member <member id>, e.g. --member m-rik-veenstra.`);
  for (const [option, value] of [
    ['partner', partner],
    ['region', region],
    ['member', member],
  ] as const) {
    if (value !== undefined && !CONTENT_ID.test(value)) {
      throw new UsageError(`--${option} ${value} is not an id (letters, digits, _ and -; at most 64).`);
    }
  }

  const expiresIn = String(values.expires);
  const seconds = durationSeconds(expiresIn);
  if (seconds === undefined || seconds < 1) throw new UsageError(`--expires ${expiresIn} is not a duration; use e.g. 30m, 2h, 7d.`);
  if (seconds > MAX_LOCAL_TOKEN_SECONDS) throw new UsageError(`--expires ${expiresIn} is too long; at most 7d.`);

  try {
    return { viewer: viewerOf(role, given), expiresIn };
  } catch (error) {
    if (error instanceof AuthenticationError) throw new UsageError(error.message);
    throw error;
  }
}

async function main(): Promise<void> {
  let request: { viewer: Viewer; expiresIn: string };
  try {
    request = parseTokenArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) console.error(`token: ${error.message}\n`);
    console.error(USAGE);
    process.exitCode = error.message ? 2 : 0;
    return;
  }
  const env = parseEnv({ ...process.env, STAGE: process.env.STAGE ?? 'local' });
  if (env.STAGE !== 'local' && env.STAGE !== 'test') {
    throw new Error(`npm run token makes local tokens only; STAGE=${env.STAGE} takes Cognito tokens (see api/docs/access.md).`);
  }
  const settings = authSettings(env);
  const keysDir = settings.jwks.kind === 'file' ? path.dirname(settings.jwks.path) : defaultKeysDir();
  const keys = await ensureLocalKeys(keysDir);
  const token = await signLocalToken(keys, {
    viewer: request.viewer,
    expiresIn: request.expiresIn,
    issuer: settings.issuer,
    audience: settings.audience,
  });
  process.stdout.write(`${token}\n`);
  const port = process.env.API_PORT ?? '4000';
  console.error(
    `# ${request.viewer.role.toLowerCase()} token, valid ${request.expiresIn}. Try:\n` +
      `curl -s http://localhost:${port}/graphql -H 'content-type: application/json' -H "authorization: Bearer ${token}" ` +
      `-d '{"query":"{ me { role schoolId partnerId regionId } }"}'`,
  );
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  main().catch((error: unknown) => {
    console.error(`token: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
