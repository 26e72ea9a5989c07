/**
 * Catalogues of other sizes for the scale table, made from the projection of the generated
 * catalogue without going through Strapi again: a smaller one keeps the first offers (by id), a
 * larger one adds numbered copies of every offer (id `<id>-copy-<k>`, title ending in
 * "(copy k)"), so filters and facets keep the same proportions. Written into a table of its own
 * with the projection's own write, then the catalogue version is moved once.
 */
import { ensureTables } from '@cmk/api/sources/dynamodb/create-tables';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { catalogueVersion, listDocuments, putDocument, touchCatalogue, type ContentStore } from '@cmk/api/sources/content/projection-store';
import { writeSnapshot } from '@cmk/api/sources/content/snapshot';
import { CONTENT_KINDS, type ContentDoc, type OfferDoc } from '@cmk/api/domain/content';
import type { Locale } from '@cmk/api/domain/vocabulary';

const LOCALES: readonly Locale[] = ['nl', 'en'];

export async function writeScaledCatalogue(
  client: DynamoDBClient,
  source: ContentStore,
  target: ContentStore,
  offers: number,
  say: (line: string) => void,
): Promise<void> {
  await ensureTables(client, { content: target.tableName, participation: `${target.tableName}-unused` });
  const docs: ContentDoc[] = [];
  for (const locale of LOCALES) {
    for (const kind of CONTENT_KINDS) {
      const found = (await listDocuments<ContentDoc>(source, kind, locale)).map((d) => d.document);
      if (kind !== 'offer') {
        docs.push(...found);
        continue;
      }
      const originals = (found as OfferDoc[]).sort((a, b) => (a.id < b.id ? -1 : 1));
      for (let i = 0; i < offers && originals.length > 0; i++) {
        const original = originals[i % originals.length]!;
        const copy = Math.floor(i / originals.length);
        docs.push(copy === 0 ? original : { ...original, id: `${original.id}-copy-${copy}`, title: `${original.title} (copy ${copy})` });
      }
    }
  }
  let written = 0;
  let shown = Date.now();
  const queue = [...docs];
  await Promise.all(
    Array.from({ length: 24 }, async () => {
      for (let doc = queue.pop(); doc; doc = queue.pop()) {
        await putDocument(target, doc, 1, { bumpCatalogue: false });
        written++;
        if (Date.now() - shown > 10_000) {
          shown = Date.now();
          say(`${written} of ${docs.length} documents written`);
        }
      }
    }),
  );
  await touchCatalogue(target);
  // The snapshot a first API process would write after loading these documents (sources/content/snapshot.ts),
  // so the API over this table starts in seconds instead of reading every document first.
  const { version } = await catalogueVersion(target);
  const nl = (kind: ContentDoc['kind']) => docs.filter((d) => d.locale === 'nl' && d.kind === kind) as never[];
  await writeSnapshot(target, 'nl', version, {
    offers: nl('offer'),
    partners: nl('partner'),
    projects: nl('project'),
    regions: nl('region'),
    communities: nl('learningCommunity'),
    knowledgeItems: nl('knowledgeItem'),
    municipalities: nl('municipality'),
  });
}
