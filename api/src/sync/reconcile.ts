import { CONTENT_KINDS, type ContentDoc, type ContentKind } from '../domain/content.ts';
import type { Locale } from '../domain/vocabulary.ts';
import { listDocuments, putDocument, removeDocument, touchCatalogue } from '../sources/content/projection-store.ts';
import { LOCALISED } from '../sources/strapi/client.ts';
import type { SyncDeps } from './apply-changes.ts';
import { mapEntry, versionOf } from './map-entry.ts';

export interface ReconcileChange {
  readonly kind: ContentKind;
  readonly id: string;
  readonly locale: Locale;
  readonly what: 'missing' | 'stale' | 'unpublished';
}

/** JSON with sorted keys: DynamoDB does not keep the order of map keys. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Runs the tasks with at most `limit` at a time. */
async function inParallel(tasks: (() => Promise<unknown>)[], limit = 16): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length) await tasks[next++]!();
    }),
  );
}

/**
 * Compares every published document in Strapi with the projection and repairs what differs:
 * missing documents are written, stale ones rewritten, ones Strapi no longer publishes removed.
 * Returns what it changed (also used to report a webhook or delivery that was lost).
 */
export async function reconcile(
  deps: SyncDeps,
  options: { dryRun?: boolean; kinds?: readonly ContentKind[] } = {},
): Promise<ReconcileChange[]> {
  const changes: ReconcileChange[] = [];
  const writes: (() => Promise<unknown>)[] = [];
  const bulk = { bumpCatalogue: false } as const;
  for (const kind of options.kinds ?? CONTENT_KINDS) {
    for (const locale of LOCALISED[kind] ? (['nl', 'en'] as Locale[]) : (['nl'] as Locale[])) {
      const [entries, projected] = await Promise.all([
        deps.strapi.listPublished(kind, locale),
        listDocuments<ContentDoc>(deps.store, kind, locale),
      ]);
      const current = new Map(projected.map((p) => [p.document.id, p]));
      const published = new Set<string>();
      for (const entry of entries) {
        const doc = mapEntry(kind, entry, locale);
        published.add(doc.id);
        const have = current.get(doc.id);
        if (have && canonical(have.document) === canonical(doc)) continue;
        changes.push({ kind, id: doc.id, locale, what: have ? 'stale' : 'missing' });
        // A repair must win over whatever is there, so it takes a version above both.
        writes.push(() => putDocument(deps.store, doc, Math.max(versionOf(entry), (have?.version ?? 0) + 1), bulk));
      }
      for (const [id, have] of current) {
        if (published.has(id)) continue;
        changes.push({ kind, id, locale, what: 'unpublished' });
        writes.push(() => removeDocument(deps.store, kind, id, locale, have.version, bulk));
      }
    }
  }
  if (!options.dryRun && writes.length > 0) {
    await inParallel(writes);
    // One version move for the whole repair: API caches reload once.
    await touchCatalogue(deps.store);
  }
  return changes;
}
