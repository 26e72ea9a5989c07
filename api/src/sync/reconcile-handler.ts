/** Scheduled reconcile (EventBridge in AWS): repairs the projection from Strapi and logs what it changed. */
import { parseEnv } from '../env.ts';
import { createLogger } from '../shared/logger.ts';
import { createDynamoDb } from '../sources/dynamodb/client.ts';
import { createStrapiClient } from '../sources/strapi/client.ts';
import { reconcile } from './reconcile.ts';
import { parseSyncSettings, resolveSecret } from './settings.ts';

const logger = createLogger(process.env.LOG_LEVEL ?? 'INFO', 'cmk-reconcile');

export const handler = async (): Promise<{ changed: number }> => {
  const env = parseEnv();
  const settings = parseSyncSettings();
  const token = await resolveSecret(
    settings.STRAPI_TOKEN,
    settings.STRAPI_TOKEN_FILE,
    settings.STRAPI_TOKEN_SECRET_ARN,
    'the Strapi API token',
  );
  const { doc } = createDynamoDb({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION });
  const changes = await reconcile({ store: { doc, tableName: env.CONTENT_TABLE }, strapi: createStrapiClient(settings.STRAPI_URL, token) });
  logger.info('reconcile done', {
    changed: changes.length,
    missing: changes.filter((c) => c.what === 'missing').length,
    stale: changes.filter((c) => c.what === 'stale').length,
    unpublished: changes.filter((c) => c.what === 'unpublished').length,
  });
  return { changed: changes.length };
};
