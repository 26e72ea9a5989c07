/**
 * Partner API keys for machine clients (api/docs/access.md):
 *   npm run -s partner-key -- create --partner <documentId> [--name <label>]   prints the key once
 *   npm run -s partner-key -- list --partner <documentId>
 *   npm run -s partner-key -- revoke <keyId>                                    refused from the next request on
 * Locally it talks to DynamoDB Local of `npm start` (DYNAMODB_ENDPOINT, default http://localhost:$DYNAMODB_PORT);
 * against AWS set STAGE, AWS_REGION and PARTICIPATION_TABLE and use your usual AWS credentials.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseEnv } from '@cmk/api/env';
import { createApiKey, listApiKeys, revokeApiKey, type ApiKeyStore } from '@cmk/api/shared/auth/api-keys';
import { CONTENT_ID } from '@cmk/api/shared/auth/claims';
import { createDynamoDb } from '@cmk/api/sources/dynamodb/client';

const USAGE = `Usage:
  npm run -s partner-key -- create --partner <partner documentId> [--name <label>]
  npm run -s partner-key -- list --partner <partner documentId>
  npm run -s partner-key -- revoke <keyId>`;

export class UsageError extends Error {}

export type PartnerKeyCommand =
  | { readonly action: 'create'; readonly partnerId: string; readonly name?: string }
  | { readonly action: 'list'; readonly partnerId: string }
  | { readonly action: 'revoke'; readonly keyId: string };

export function parsePartnerKeyArgs(argv: readonly string[]): PartnerKeyCommand {
  let parsed: ReturnType<typeof parseArgs<{ options: { partner: { type: 'string' }; name: { type: 'string' } }; allowPositionals: true }>>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { partner: { type: 'string' }, name: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [action, ...rest] = parsed.positionals;
  const partner = parsed.values.partner?.trim();
  const needPartner = () => {
    if (!partner) throw new UsageError(`${action} needs --partner <partner documentId>.`);
    if (!CONTENT_ID.test(partner)) throw new UsageError(`--partner ${partner} is not an id (letters, digits, _ and -; at most 64).`);
    return partner;
  };
  switch (action) {
    case 'create': {
      if (rest.length) throw new UsageError(`create takes no ${rest.join(' ')}.`);
      const name = parsed.values.name?.trim();
      if (name !== undefined && (name === '' || name.length > 80)) throw new UsageError('--name is a label of 1 to 80 characters.');
      return { action, partnerId: needPartner(), ...(name ? { name } : {}) };
    }
    case 'list':
      if (rest.length) throw new UsageError(`list takes no ${rest.join(' ')}.`);
      return { action, partnerId: needPartner() };
    case 'revoke': {
      const [keyId] = rest;
      if (!keyId || rest.length > 1) throw new UsageError('revoke needs exactly one <keyId> (see `list`).');
      if (partner || parsed.values.name) throw new UsageError('revoke takes only a <keyId>.');
      if (!/^[0-9a-f]{16}$/.test(keyId)) throw new UsageError(`${keyId} is not a key id (16 hex characters, as \`list\` shows).`);
      return { action, keyId };
    }
    default:
      throw new UsageError(action ? `Unknown command ${action}.` : 'Say what to do: create, list or revoke.');
  }
}

/** Runs one command and returns what to print on stdout. */
export async function runPartnerKey(store: ApiKeyStore, command: PartnerKeyCommand): Promise<{ stdout: string; stderr: string }> {
  switch (command.action) {
    case 'create': {
      const { key, record } = await createApiKey(store, { partnerId: command.partnerId, ...(command.name ? { name: command.name } : {}) });
      return {
        stdout: `${key}\n`,
        stderr:
          `# API key ${record.keyId} for partner ${record.partnerId}${record.name ? ` (${record.name})` : ''}.\n` +
          `# Shown only now: store it in the client's secret store. Send it as the x-api-key header.\n` +
          `# Revoke with: npm run -s partner-key -- revoke ${record.keyId}\n`,
      };
    }
    case 'list': {
      const records = await listApiKeys(store, command.partnerId);
      const lines = records.map((r) => [r.keyId, r.createdAt, r.revokedAt ? `revoked ${r.revokedAt}` : 'active', r.name ?? ''].join('\t'));
      return {
        stdout: lines.length ? `${lines.join('\n')}\n` : '',
        stderr: lines.length ? '' : `# No API keys for partner ${command.partnerId}.\n`,
      };
    }
    case 'revoke': {
      const record = await revokeApiKey(store, command.keyId);
      if (!record) throw new UsageError(`There is no API key ${command.keyId}.`);
      return { stdout: `revoked ${record.keyId} (partner ${record.partnerId}) at ${record.revokedAt}\n`, stderr: '' };
    }
  }
}

async function main(): Promise<void> {
  let command: PartnerKeyCommand;
  try {
    command = parsePartnerKeyArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`partner-key: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const stage = process.env.STAGE ?? 'local';
  const local = stage === 'local' || stage === 'test';
  const env = parseEnv({
    ...process.env,
    STAGE: stage,
    ...(local && !process.env.DYNAMODB_ENDPOINT ? { DYNAMODB_ENDPOINT: `http://localhost:${process.env.DYNAMODB_PORT ?? 8000}` } : {}),
  });
  const { client, doc } = createDynamoDb({ region: env.AWS_REGION, ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}) });
  try {
    const { stdout, stderr } = await runPartnerKey({ doc, tableName: env.PARTICIPATION_TABLE, now: () => new Date() }, command);
    process.stdout.write(stdout);
    process.stderr.write(stderr);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`partner-key: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    const text = String((error as Error).name ?? '') + String((error as Error).message ?? '');
    if (/ECONNREFUSED|ResourceNotFound|fetch failed/i.test(text) || (error as { code?: string }).code === 'ECONNREFUSED') {
      throw new Error(
        local
          ? `DynamoDB Local at ${env.DYNAMODB_ENDPOINT} has no table ${env.PARTICIPATION_TABLE} or is not running: start the stack with \`npm start\` first.`
          : `Table ${env.PARTICIPATION_TABLE} was not found in ${env.AWS_REGION}: check STAGE, AWS_REGION and PARTICIPATION_TABLE.`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    client.destroy();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  main().catch((error: unknown) => {
    console.error(`partner-key: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
