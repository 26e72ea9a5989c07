import fs from 'node:fs';
import { z } from 'zod/v3';

const schema = z.object({
  STRAPI_URL: z.string().url().default('http://localhost:1337'),
  /** The read-only token: the value (tests), a file (local stack) or a Secrets Manager ARN (AWS). */
  STRAPI_TOKEN: z.string().min(1).optional(),
  STRAPI_TOKEN_FILE: z.string().min(1).optional(),
  STRAPI_TOKEN_SECRET_ARN: z.string().startsWith('arn:').optional(),
  /** The HMAC secret shared with Strapi's outbox: the value locally, a Secrets Manager ARN in AWS. */
  SYNC_SECRET: z.string().min(16).optional(),
  SYNC_SECRET_ARN: z.string().startsWith('arn:').optional(),
});

export type SyncSettings = z.infer<typeof schema>;

export function parseSyncSettings(source: NodeJS.ProcessEnv = process.env): SyncSettings {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new Error(`Invalid sync configuration:\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return result.data;
}

async function fromSecretsManager(arn: string): Promise<string> {
  const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  const { SecretString } = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: arn }));
  if (!SecretString) throw new Error(`Secret ${arn} has no string value`);
  return SecretString.trim();
}

/** Secrets are read once per process, by reference: never from a plain environment value in AWS. */
export async function resolveSecret(
  value: string | undefined,
  file: string | undefined,
  arn: string | undefined,
  name: string,
): Promise<string> {
  if (value) return value;
  if (file) {
    try {
      return fs.readFileSync(file, 'utf8').trim();
    } catch (error) {
      throw new Error(`Cannot read ${name} from ${file}`, { cause: error });
    }
  }
  if (arn) return fromSecretsManager(arn);
  throw new Error(`${name} is not configured`);
}
