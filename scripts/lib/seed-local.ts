import fs from 'node:fs';
import path from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { seedParticipation } from '@cmk/api/seed/participation';
import { seedKnowledgePlatform } from '@cmk/api/seed/knowledge-platform';
import { schoolYearOf, type Discipline, type Sector } from '@cmk/api/domain/vocabulary';
import { SAMPLE_FILES, sampleSchools } from '@cmk/api/seed/duo-sample';
import { importDuo } from '@cmk/api/modules/schools/operations/import-duo';
import { listDocuments } from '@cmk/api/sources/content/projection-store';
import type { LearningCommunityDoc, OfferDoc, RegionDoc } from '@cmk/api/domain/content';
import { createStrapiClient } from '@cmk/api/sources/strapi/client';
import { reconcile, type ReconcileChange } from '@cmk/api/sync/reconcile';

export interface LocalSeedSettings {
  readonly doc: DynamoDBDocumentClient;
  readonly tables: { readonly content: string; readonly participation: string };
  readonly strapiUrl: string;
  readonly tokenFile: string;
}

export function describeChanges(changes: readonly ReconcileChange[]): string {
  if (changes.length === 0) return 'projection matches Strapi, nothing to repair';
  const count = (what: ReconcileChange['what']) => changes.filter((c) => c.what === what).length;
  return `${changes.length} repaired (${count('missing')} missing, ${count('stale')} stale, ${count('unpublished')} unpublished)`;
}

/** Brings the projection up to date with Strapi (reconcile); changes arriving later come through the outbox. */
export async function reconcileLocal(s: LocalSeedSettings, options: { dryRun?: boolean } = {}): Promise<ReconcileChange[]> {
  const token = fs.readFileSync(s.tokenFile, 'utf8').trim();
  return reconcile({ store: { doc: s.doc, tableName: s.tables.content }, strapi: createStrapiClient(s.strapiUrl, token) }, options);
}

/**
 * First-start data of the participation table: the DUO sample's schools, the knowledge platform's
 * members, questions and a proposal, and demo participation on the published offers. All are
 * idempotent, so running them on every start is safe.
 */
export async function seedParticipationLocal(s: LocalSeedSettings, say: (line: string) => void): Promise<void> {
  const store = { doc: s.doc, tableName: s.tables.participation };
  const read = (file: string) => ({ name: path.basename(file), content: fs.readFileSync(file) });
  const imported = await importDuo(store, { locations: SAMPLE_FILES.locations.map(read), pupils: SAMPLE_FILES.pupils.map(read) });
  say(`schools: ${imported.schools} from the DUO sample (api/data/duo), ${imported.pupilCounts} pupil counts`);
  for (const problem of imported.problems) say(`  DUO row skipped: ${JSON.stringify(problem)}`);

  const content = { doc: s.doc, tableName: s.tables.content };
  const communities = (await listDocuments<LearningCommunityDoc>(content, 'learningCommunity', 'nl')).flatMap(({ document: c }) =>
    c.slug ? [{ id: c.id, slug: c.slug }] : [],
  );
  if (communities.length === 0) say('knowledge platform: no published learning communities yet, members and questions skipped');
  else {
    const regions = (await listDocuments<RegionDoc>(content, 'region', 'nl')).map(({ document: r }) => ({ id: r.id, name: r.name }));
    const k = await seedKnowledgePlatform(store, { communities, regions });
    say(
      `knowledge platform: ${k.members} members (${k.findable} findable, ${k.newMembers} new), ${k.questions} questions with ${k.answers} answers, ${k.proposals} proposal for moderators`,
    );
  }

  const offers = (await listDocuments<OfferDoc>({ doc: s.doc, tableName: s.tables.content }, 'offer', 'nl')).map(({ document: o }) => ({
    id: o.id,
    slug: o.slug,
    title: o.title,
    partnerId: o.partner?.id ?? '',
    capacity: o.capacity ?? null,
    municipalityCodes: o.municipalityCodes,
    disciplines: o.disciplines as Discipline[],
    sectors: o.sectors as Sector[],
  }));
  if (offers.length === 0) {
    say('participation: no published offers yet, demo bookings skipped');
    return;
  }
  const summary = await seedParticipation(store, { schools: sampleSchools(), offers, schoolYear: schoolYearOf(new Date()) });
  const bookings = Object.values(summary.bookings).reduce((a, b) => a + b, 0);
  say(
    `participation: ${summary.participations} schools taking part, ${bookings} bookings, ${summary.eviResults} Evi results, ${summary.ambitionTalks} ambition talks`,
  );
}
