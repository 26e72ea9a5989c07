import { z } from 'zod/v3';
import type { ContentStore } from '../sources/content/projection-store.ts';
import { listDocuments, putDocument, removeDocument } from '../sources/content/projection-store.ts';
import type { ContentKind, MunicipalityDoc } from '../domain/content.ts';
import type { Locale } from '../domain/vocabulary.ts';
import { LOCALISED, type StrapiClient } from '../sources/strapi/client.ts';
import { setOfferCapacity } from '../modules/bookings/operations/set-offer-capacity.ts';
import { schoolYearOf } from '../domain/vocabulary.ts';
import { getDocument } from '../sources/content/projection-store.ts';
import type { OfferDoc } from '../domain/content.ts';
import type { ParticipationStore } from '../sources/dynamodb/store.ts';
import { mapEntry, versionOf } from './map-entry.ts';

export const changeSchema = z.object({
  kind: z.enum(['offer', 'partner', 'project', 'region', 'municipality', 'learningCommunity', 'knowledgeItem']),
  documentId: z.string().min(1).max(64),
  locale: z.enum(['nl', 'en']).nullish(),
  action: z.enum(['publish', 'unpublish', 'update', 'delete', 'create']),
  /** Strapi's updatedAt (ms) at the moment of the change. */
  version: z.number().int().nonnegative(),
});
export const deliverySchema = z.object({
  deliveryId: z.string().min(8).max(100),
  changes: z.array(changeSchema).min(1).max(100),
});
export type Change = z.infer<typeof changeSchema>;
export type Delivery = z.infer<typeof deliverySchema>;

export interface SyncDeps {
  readonly store: ContentStore;
  readonly strapi: StrapiClient;
  /** When given, an offer's capacity change in the CMS moves its counter for the current school year. */
  readonly participation?: ParticipationStore;
}

export interface SyncReport {
  written: number;
  removed: number;
  /** Deliveries older than what the projection holds: nothing written. */
  skipped: number;
}

const LOCALES: Locale[] = ['nl', 'en'];

/** Which related documents embed something of this one and must be projected again. */
const DEPENDENTS: Partial<Record<ContentKind, { kind: ContentKind; filter: (documentId: string) => object }[]>> = {
  partner: [{ kind: 'offer', filter: (id) => ({ partner: { documentId: { $eq: id } } }) }],
  municipality: [
    { kind: 'offer', filter: (id) => ({ municipalities: { documentId: { $eq: id } } }) },
    { kind: 'partner', filter: (id) => ({ homeMunicipality: { documentId: { $eq: id } } }) },
  ],
  region: [{ kind: 'municipality', filter: (id) => ({ regions: { documentId: { $eq: id } } }) }],
};

/**
 * Projects one change: fetch the published document as it is now and write it, or remove it when
 * Strapi no longer publishes it. Version conditions make re-deliveries and out-of-order ones harmless.
 */
export async function applyChange(
  deps: SyncDeps,
  change: Change,
  report: SyncReport = { written: 0, removed: 0, skipped: 0 },
): Promise<SyncReport> {
  const locales = LOCALISED[change.kind] ? (change.locale ? [change.locale] : LOCALES) : (['nl'] as Locale[]);
  for (const locale of locales) {
    const entry = await deps.strapi.findPublished(change.kind, change.documentId, locale);
    if (entry) {
      const doc = mapEntry(change.kind, entry, locale);
      const before = doc.kind === 'offer' && locale === 'nl' ? await getDocument<OfferDoc>(deps.store, 'offer', doc.id, 'nl') : null;
      const written = await putDocument(deps.store, doc, versionOf(entry));
      if (written) report.written++;
      else report.skipped++;
      if (
        written &&
        doc.kind === 'offer' &&
        before &&
        deps.participation &&
        (before.document.capacity ?? null) !== (doc.capacity ?? null)
      ) {
        // Lowering below what is booked keeps the bookings; remaining capacity then reads 0.
        await setOfferCapacity(deps.participation, doc.id, schoolYearOf(new Date()), doc.capacity ?? null);
      }
    } else {
      const id = change.kind === 'municipality' ? await municipalityCode(deps.store, change.documentId) : change.documentId;
      if (id && (await removeDocument(deps.store, change.kind, id, locale, change.version))) report.removed++;
    }
  }
  for (const dependent of DEPENDENTS[change.kind] ?? []) {
    for (const locale of LOCALISED[dependent.kind] ? LOCALES : (['nl'] as Locale[])) {
      for (const entry of await deps.strapi.listPublished(dependent.kind, locale, dependent.filter(change.documentId))) {
        // The dependent's own updatedAt did not move, but what it embeds did: the change's version orders it.
        const written = await putDocument(deps.store, mapEntry(dependent.kind, entry, locale), Math.max(versionOf(entry), change.version));
        if (written) report.written++;
      }
    }
  }
  return report;
}

/** Municipalities are keyed by CBS code; a deleted one is found by its Strapi documentId. */
async function municipalityCode(store: ContentStore, documentId: string): Promise<string | undefined> {
  const all = await listDocuments<MunicipalityDoc>(store, 'municipality', 'nl');
  return all.find((m) => m.document.documentId === documentId)?.document.id;
}

export async function applyDelivery(deps: SyncDeps, delivery: Delivery): Promise<SyncReport> {
  const report: SyncReport = { written: 0, removed: 0, skipped: 0 };
  // A create followed by a publish is one fetch: keep the newest change per document and locale.
  const latest = new Map<string, Change>();
  for (const change of delivery.changes) {
    const key = `${change.kind}|${change.documentId}|${change.locale ?? '*'}`;
    const known = latest.get(key);
    if (!known || known.version <= change.version) latest.set(key, change);
  }
  for (const change of latest.values()) await applyChange(deps, change, report);
  return report;
}
