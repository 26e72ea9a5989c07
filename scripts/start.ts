/**
 * `npm start`: the whole local stack, supervised.
 *   1. prerequisites (Node 20+, Java 17+)   2. free ports   3. DynamoDB Local + tables
 *   4. Strapi (admin built when missing or changed)   5. the API (the Lambda handler behind a local adapter)
 *   6. seeding (idempotent)   7. the portal (built when its sources changed)   then one summary. Ctrl-C stops every child; if one dies, all stop.
 */
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createDynamoDb } from '@cmk/api/sources/dynamodb/client';
import { ensureTables } from '@cmk/api/sources/dynamodb/create-tables';
import { dynamoDbLocalArgs } from '@cmk/api/local/dynamodb-local';
import { portalBuildNeeded } from '../portal/scripts/build-lib.ts';
import { planCmsBuild, recordCmsBuild } from './lib/cms-build.ts';
import { portsInUse } from './lib/ports.ts';
import { checkPrerequisites } from './lib/prerequisites.ts';
import { describeChanges, reconcileLocal, seedParticipationLocal } from './lib/seed-local.ts';
import { cmsSecrets, localSettings, type LocalSettings } from './lib/settings.ts';
import { runStep, ServiceFailedError, Supervisor } from './lib/supervisor.ts';

const require = createRequire(import.meta.url);
const say = (line: string) => process.stdout.write(`${line}\n`);
const fail = (lines: string[]): never => {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(1);
};

async function httpOk(url: string, init?: RequestInit): Promise<boolean> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  // The AWS SDK warns that Node 20 support ends; the Lambda runtime is Node 22, local dev on 20 is supported.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const started = Date.now();
  const problems = checkPrerequisites();
  if (problems.length) fail(['Cannot start the local stack:', ...problems.map((p) => `  - ${p.what}.\n    ${p.advice}`)]);

  let settings: LocalSettings;
  try {
    settings = localSettings(process.env, process.argv.slice(2));
  } catch (error) {
    return fail([(error as Error).message]);
  }
  const taken = await portsInUse([
    { port: settings.ports.dynamodb, service: 'DynamoDB Local', variable: 'DYNAMODB_PORT' },
    { port: settings.ports.cms, service: 'Strapi', variable: 'CMS_PORT' },
    { port: settings.ports.api, service: 'GraphQL API', variable: 'API_PORT' },
    { port: settings.ports.portal, service: 'Portal', variable: 'PORTAL_PORT' },
  ]);
  if (taken.length) fail(taken);

  const supervisor = new Supervisor();
  let interrupted = false;
  const shutdown = (signal: string) => {
    if (interrupted) return;
    interrupted = true;
    say(`\n${signal}: stopping ${supervisor.names.join(', ') || 'everything'}...`);
    void supervisor.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('Ctrl-C'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  const dynamoEndpoint = `http://127.0.0.1:${settings.ports.dynamodb}`;
  const cmsUrl = `http://localhost:${settings.ports.cms}`;
  const apiUrl = `http://localhost:${settings.ports.api}/graphql`;
  const cmsDir = path.join(settings.root, 'cms');
  const awsEnv = {
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };

  try {
    say(
      `[start] DynamoDB Local on port ${settings.ports.dynamodb} (${settings.inMemory ? 'in memory' : `data in ${path.relative(settings.root, settings.dataDir)}/dynamodb`})`,
    );
    const dynamo = new DynamoDBClient({
      endpoint: dynamoEndpoint,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await supervisor.start({
      name: 'dynamodb',
      command: 'java',
      args: dynamoDbLocalArgs({
        port: settings.ports.dynamodb,
        dbPath: settings.inMemory ? undefined : path.join(settings.dataDir, 'dynamodb'),
      }),
      ready: async () => {
        await dynamo.send(new ListTablesCommand({}));
        return true;
      },
      readyTimeoutMs: 60_000,
    });
    const created = await ensureTables(dynamo, settings.tables);
    say(`[start] tables ${created.length ? `created: ${created.join(', ')}` : 'present'}`);

    const plan = planCmsBuild(cmsDir);
    const strapiBin = path.join(path.dirname(require.resolve('@strapi/strapi/package.json', { paths: [cmsDir] })), 'bin', 'strapi.js');
    const secrets = cmsSecrets(settings.cms.secretsFile);
    const syncUrl = `http://127.0.0.1:${settings.ports.api}/sync`;
    const cmsEnv = {
      ...secrets,
      HOST: '127.0.0.1',
      PORT: String(settings.ports.cms),
      DATABASE_FILENAME: settings.cms.databaseFile,
      CMS_API_TOKEN_FILE: settings.cms.apiTokenFile,
      CMS_PUBLISH_TOKEN_FILE: settings.cms.publishTokenFile,
      CMS_ADMIN_EMAIL: settings.admin.email,
      CMS_ADMIN_PASSWORD: settings.admin.password,
      CMS_EDITOR_EMAIL: settings.editor.email,
      CMS_EDITOR_PASSWORD: settings.editor.password,
      CMS_PARTNER_EMAIL: settings.partner.email,
      CMS_PARTNER_PASSWORD: settings.partner.password,
      CMS_SYNC_URL: syncUrl,
      CMS_SYNC_SECRET: secrets.SYNC_SECRET,
      // The API starts after Strapi: keep retries of the outbox short on this machine.
      CMS_SYNC_MAX_BACKOFF_MS: '5000',
      STRAPI_TELEMETRY_DISABLED: 'true',
      BROWSER: 'none',
      NODE_ENV: 'development',
    };
    if (plan.admin) {
      say('[start] building the Strapi admin panel (first start or changed sources; about a minute)...');
      await runStep('cms-build', process.execPath, [strapiBin, 'build'], { cwd: cmsDir, env: cmsEnv });
    } else if (plan.server) {
      say('[start] compiling the Strapi server code (admin panel unchanged)...');
      await runStep(
        'cms-build',
        process.execPath,
        ['-e', "require('@strapi/strapi').compileStrapi().catch((e) => { console.error(e); process.exit(1); })"],
        {
          cwd: cmsDir,
          env: cmsEnv,
        },
      );
    }
    if (plan.admin || plan.server) recordCmsBuild(cmsDir);

    say(`[start] Strapi on port ${settings.ports.cms}`);
    await supervisor.start({
      name: 'cms',
      command: process.execPath,
      args: [strapiBin, 'start'],
      cwd: cmsDir,
      env: cmsEnv,
      ready: () => httpOk(`${cmsUrl}/_health`),
      readyTimeoutMs: 180_000,
    });

    say(`[start] GraphQL API on port ${settings.ports.api}`);
    await supervisor.start({
      name: 'api',
      command: process.execPath,
      args: ['--import', 'tsx', path.join(settings.root, 'api', 'src', 'local', 'main.ts')],
      cwd: settings.root,
      env: {
        ...awsEnv,
        STAGE: 'local',
        API_PORT: String(settings.ports.api),
        DYNAMODB_ENDPOINT: dynamoEndpoint,
        CONTENT_TABLE: settings.tables.content,
        PARTICIPATION_TABLE: settings.tables.participation,
        STRAPI_URL: cmsUrl,
        MEDIA_BASE_URL: cmsUrl,
        STRAPI_TOKEN_FILE: settings.cms.apiTokenFile,
        // approveProposal publishes through it; read on the first approval.
        STRAPI_PUBLISH_TOKEN_FILE: settings.cms.publishTokenFile,
        SYNC_SECRET: secrets.SYNC_SECRET,
        CMK_DATA_DIR: settings.dataDir,
        LOCAL_JWKS_FILE: path.join(settings.dataDir, 'keys', 'jwks.json'),
      },
      ready: () =>
        httpOk(apiUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        }),
      readyTimeoutMs: 60_000,
    });

    const local = {
      doc: createDynamoDb({ endpoint: dynamoEndpoint, region: 'eu-west-1' }).doc,
      tables: settings.tables,
      strapiUrl: cmsUrl,
      tokenFile: settings.cms.apiTokenFile,
    };
    say(`[seed]       reconcile: ${describeChanges(await reconcileLocal(local))}`);
    await seedParticipationLocal(local, (line) => say(`[seed]       ${line}`));

    if (portalBuildNeeded()) {
      say('[start] building the portal (first start or changed sources; a few seconds)...');
      await runStep('portal-build', process.execPath, ['--import', 'tsx', path.join(settings.root, 'portal', 'scripts', 'build.ts')], {
        cwd: path.join(settings.root, 'portal'),
      });
    }
    const portalUrl = `http://localhost:${settings.ports.portal}`;
    say(`[start] portal on port ${settings.ports.portal}`);
    await supervisor.start({
      name: 'portal',
      command: process.execPath,
      args: ['--import', 'tsx', path.join(settings.root, 'portal', 'server', 'main.ts')],
      cwd: settings.root,
      env: {
        STAGE: 'local',
        PORTAL_PORT: String(settings.ports.portal),
        API_URL: `http://127.0.0.1:${settings.ports.api}/graphql`,
        LOCAL_KEYS_DIR: path.join(settings.dataDir, 'keys'),
        MEDIA_ORIGIN: cmsUrl,
      },
      ready: () => httpOk(`http://127.0.0.1:${settings.ports.portal}/config.json`),
      readyTimeoutMs: 30_000,
    });

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    say(summary(settings, { apiUrl, cmsUrl, dynamoEndpoint, portalUrl, seconds }));
    await supervisor.done;
  } catch (error) {
    if (interrupted) return;
    await supervisor.stop();
    const name = error instanceof ServiceFailedError ? error.service : 'start';
    fail([``, `The local stack stopped: ${(error as Error).message}`, `Part that failed: ${name}. Fix it and run npm start again.`]);
  }
}

function summary(
  s: LocalSettings,
  urls: { apiUrl: string; cmsUrl: string; dynamoEndpoint: string; portalUrl: string; seconds: string },
): string {
  return [
    '',
    `CmK local stack is running (healthy after ${urls.seconds} s)`,
    '',
    `  Portal           ${urls.portalUrl}   (schools find and book offers; sign in as a seeded school or partner)`,
    `  GraphQL API      ${urls.apiUrl}   (open it in a browser for the explorer)`,
    `  Strapi admin     ${urls.cmsUrl}/admin`,
    `  Strapi REST      ${urls.cmsUrl}/api`,
    `  DynamoDB Local   ${urls.dynamoEndpoint}   (${s.inMemory ? 'in memory' : `data in ${path.relative(s.root, s.dataDir)}/dynamodb`})`,
    '',
    '  Admin logins',
    `    super admin    ${s.admin.email} / ${s.admin.password}`,
    `    editor         ${s.editor.email} / ${s.editor.password}`,
    `    partner        ${s.partner.email} / ${s.partner.password}   (writes Teylers Museum's offers as drafts)`,
    '',
    `  The API's read-only Strapi token is in ${path.relative(s.root, s.cms.apiTokenFile)}, its publish token (knowledge items only) in ${path.relative(s.root, s.cms.publishTokenFile)}.`,
    `  Try:  curl -s ${urls.apiUrl} -H 'content-type: application/json' -d '{"query":"{ offers(first: 3) { totalCount edges { node { title } } } }"}'`,
    `  A token to try a role:  npm run -s token -- --role school --school 00AA00   (also partner, advisor, admin)`,
    `  As a seeded member:     npm run -s token -- --role member --member m-rik-veenstra   (moderator: --role moderator --member m-hanneke-bos)`,
    `  Repair the projection from Strapi:  npm run sync -- --full`,
    '',
    '  Ctrl-C stops everything.',
    '',
  ].join('\n');
}

await main();
