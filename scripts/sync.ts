/**
 * `npm run sync -- --full [--dry-run]`: compares every published document in Strapi with the
 * API's projection in DynamoDB and repairs what differs (missing, stale, unpublished), then
 * reports what it changed. Works against the local stack (`npm start` must be running).
 */
import { parseArgs } from 'node:util';
import { createDynamoDb } from '@cmk/api/sources/dynamodb/client';
import { describeChanges, reconcileLocal } from './lib/seed-local.ts';
import { localSettings } from './lib/settings.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { values } = parseArgs({
  options: { full: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help || !values.full) {
  console.log('Usage: npm run sync -- --full [--dry-run]\n  Repairs the API projection from Strapi (the local stack must be running).');
  process.exit(values.help ? 0 : 2);
}

const settings = localSettings();
const { doc, client } = createDynamoDb({ endpoint: `http://127.0.0.1:${settings.ports.dynamodb}`, region: 'eu-west-1' });
try {
  const changes = await reconcileLocal(
    { doc, tables: settings.tables, strapiUrl: `http://127.0.0.1:${settings.ports.cms}`, tokenFile: settings.cms.apiTokenFile },
    { dryRun: values['dry-run'] },
  );
  for (const c of changes)
    console.log(`${values['dry-run'] ? 'would repair' : 'repaired'}  ${c.what.padEnd(11)} ${c.kind.padEnd(12)} ${c.id} (${c.locale})`);
  console.log(describeChanges(changes));
} catch (error) {
  console.error(`Reconcile failed: ${(error as Error).message}`);
  console.error('Is the local stack running (npm start)? Strapi and DynamoDB Local must answer on their ports.');
  process.exitCode = 1;
} finally {
  client.destroy();
}
