/**
 * Reliable change delivery from Strapi to the API's sync endpoint.
 *
 * Strapi's webhooks are unsigned, not retried and lost on a restart, so every change to projected
 * content is written to an outbox table in Strapi's own database, in the same transaction as the
 * change, and a worker delivers it signed (HMAC over timestamp and body) with retries and back-off.
 * Rows stay until the API accepted them, so a restart or an API outage loses nothing.
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { SIGNATURE_HEADER, sign } from './signature';

export const OUTBOX_TABLE = 'cmk_sync_outbox';

/** Content types the API projects, by Strapi uid → kind of the sync protocol. */
export const SYNCED_TYPES: Record<string, string> = {
  'api::offer.offer': 'offer',
  'api::partner.partner': 'partner',
  'api::project.project': 'project',
  'api::learning-community.learning-community': 'learningCommunity',
  'api::knowledge-item.knowledge-item': 'knowledgeItem',
  'api::region.region': 'region',
  'api::municipality.municipality': 'municipality',
};

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

export interface OutboxSettings {
  /** The API's sync endpoint, e.g. http://localhost:4000/sync; unset: changes are kept, not delivered. */
  url?: string;
  secret?: string;
  pollMs: number;
  batchSize: number;
  maxBackoffMs: number;
}

export function outboxSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OutboxSettings {
  return {
    url: env.CMS_SYNC_URL || undefined,
    secret: env.CMS_SYNC_SECRET || undefined,
    pollMs: Number(env.CMS_SYNC_POLL_MS || 1000),
    batchSize: 50,
    maxBackoffMs: Number(env.CMS_SYNC_MAX_BACKOFF_MS || 300_000),
  };
}

export async function ensureOutboxTable(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  if (await knex.schema.hasTable(OUTBOX_TABLE)) return;
  await knex.schema.createTable(OUTBOX_TABLE, (t) => {
    t.increments('id').primary();
    t.string('kind', 32).notNullable();
    t.string('document_id', 64).notNullable();
    t.string('locale', 16).nullable();
    t.string('action', 32).notNullable();
    t.bigInteger('version').notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.bigInteger('next_attempt_at').notNullable();
    t.text('last_error').nullable();
    t.index(['next_attempt_at']);
  });
}

/** Records every write to a synced type in the outbox, inside the transaction of the write itself. */
export function registerOutboxRecorder(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    const kind = SYNCED_TYPES[ctx.uid];
    if (!kind || !WRITE_ACTIONS.has(ctx.action)) return next();
    return strapi.db.transaction(async ({ trx }) => {
      const result: any = await next();
      const params = ctx.params as { documentId?: string; locale?: string };
      const documentId = params.documentId ?? result?.documentId ?? result?.entries?.[0]?.documentId;
      if (documentId) {
        const now = Date.now();
        const locale = params.locale === 'nl' || params.locale === 'en' ? params.locale : (result?.locale ?? null);
        await trx(OUTBOX_TABLE).insert({
          kind,
          document_id: documentId,
          locale: locale === 'nl' || locale === 'en' ? locale : null,
          action: ctx.action,
          version: now,
          attempts: 0,
          next_attempt_at: now,
        });
      }
      return result;
    });
  });
}

interface Row {
  id: number;
  kind: string;
  document_id: string;
  locale: string | null;
  action: string;
  version: number | string;
  attempts: number;
}

/** Back-off after n failed attempts: 1 s, 2 s, 4 s ... up to the maximum, with jitter. */
export const backoffMs = (attempts: number, maxMs: number) =>
  Math.min(maxMs, 1000 * 2 ** Math.max(0, attempts - 1)) * (0.8 + Math.random() * 0.4);

/** One delivery round: sends what is due, deletes what the API accepted, schedules the rest again. */
export async function deliverDue(strapi: Core.Strapi, settings: OutboxSettings, fetchImpl: typeof fetch = fetch): Promise<number> {
  if (!settings.url || !settings.secret) return 0;
  const knex = strapi.db.connection;
  const now = Date.now();
  const rows: Row[] = await knex(OUTBOX_TABLE).where('next_attempt_at', '<=', now).orderBy('id').limit(settings.batchSize);
  if (rows.length === 0) return 0;
  // The same rows give the same delivery id, so a retry of a delivery the API did apply is recognised there.
  const deliveryId = `outbox-${createHash('sha256')
    .update(rows.map((r) => r.id).join(','))
    .digest('hex')
    .slice(0, 32)}`;
  const body = JSON.stringify({
    deliveryId,
    changes: rows.map((r) => ({ kind: r.kind, documentId: r.document_id, locale: r.locale, action: r.action, version: Number(r.version) })),
  });
  let error: string | undefined;
  try {
    const res = await fetchImpl(settings.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: sign(body, settings.secret) },
      body,
      signal: AbortSignal.timeout(15_000),
    });
    // 409: the API had applied this delivery already.
    if (!(res.ok || res.status === 409)) error = `sync endpoint answered ${res.status}`;
  } catch (e) {
    error = `sync endpoint unreachable: ${(e as Error).message}`;
  }
  const ids = rows.map((r) => r.id);
  if (!error) {
    await knex(OUTBOX_TABLE).whereIn('id', ids).delete();
    return rows.length;
  }
  for (const row of rows) {
    await knex(OUTBOX_TABLE)
      .where('id', row.id)
      .update({ attempts: row.attempts + 1, next_attempt_at: now + backoffMs(row.attempts + 1, settings.maxBackoffMs), last_error: error });
  }
  strapi.log.warn(`cmk sync: ${rows.length} change(s) not delivered (${error}); retrying with back-off`);
  return 0;
}

/** Starts the delivery loop; returns a stop function (used on destroy and in tests). */
export function startOutboxWorker(strapi: Core.Strapi, settings: OutboxSettings): () => void {
  if (!settings.url || !settings.secret) {
    strapi.log.info('cmk sync: CMS_SYNC_URL or CMS_SYNC_SECRET not set; changes are kept in the outbox, not delivered');
    return () => undefined;
  }
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      while (!stopped && (await deliverDue(strapi, settings)) > 0) {
        // keep going while there is a backlog
      }
    } catch (e) {
      strapi.log.error(`cmk sync: delivery round failed: ${(e as Error).message}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, settings.pollMs);
  timer.unref?.();
  void tick();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
