/**
 * The catalogue snapshot: one locale's whole catalogue as gzipped JSON in a few items of the
 * content table, tagged with the catalogue version it was loaded at. A fresh process (a Lambda
 * cold start) reads these few items instead of thousands of documents: 5,000 offers are about
 * 250 kB, one item. Only a catalogue loaded whole, from the kind index and settled (see
 * catalogue.ts), is written; a snapshot whose version is not the current one is never used.
 *
 * Items: pk `SNAPSHOT#<locale>`, sk `PART#<n>`, with `version`, `parts` (on part 0) and `data`.
 */
import { gunzipSync, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { documents } from '../dynamodb/sdk.ts';
import type { ContentStore } from './projection-store.ts';
import type {
  KnowledgeItemDoc,
  LearningCommunityDoc,
  MunicipalityDoc,
  OfferDoc,
  PartnerDoc,
  ProjectDoc,
  RegionDoc,
} from '../../domain/content.ts';
import type { Locale } from '../../domain/vocabulary.ts';

const { BatchGetCommand, GetCommand, PutCommand } = documents;
const gzipAsync = promisify(gzip);

export interface SnapshotDocs {
  readonly offers: OfferDoc[];
  readonly partners: PartnerDoc[];
  readonly projects: ProjectDoc[];
  readonly regions: RegionDoc[];
  readonly municipalities: MunicipalityDoc[];
  readonly communities: LearningCommunityDoc[];
  readonly knowledgeItems: KnowledgeItemDoc[];
}

/** Under DynamoDB's 400 KB item limit, with room for the keys. */
const PART_BYTES = 380_000;

const partKey = (locale: Locale, part: number) => ({ pk: `SNAPSHOT#${locale}`, sk: `PART#${part}` });

/** The snapshot of `version`, or undefined when there is none for that version (or it is incomplete). */
export async function readSnapshot(store: ContentStore, locale: Locale, version: number): Promise<SnapshotDocs | undefined> {
  const { Item: head } = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: partKey(locale, 0) }));
  if (!head || head.version !== version) return undefined;
  const parts: Uint8Array[] = [head.data as Uint8Array];
  const count = head.parts as number;
  if (count > 1) {
    const found = new Map<number, Uint8Array>();
    let keys: Record<string, unknown>[] | undefined = Array.from({ length: count - 1 }, (_, i) => partKey(locale, i + 1));
    while (keys?.length) {
      const page: BatchGetCommandOutput = await store.doc.send(
        new BatchGetCommand({ RequestItems: { [store.tableName]: { Keys: keys } } }),
      );
      for (const item of page.Responses?.[store.tableName] ?? []) {
        // A part of another version: a newer snapshot is being written over this one.
        if (item.version !== version) return undefined;
        found.set(Number(String(item.sk).slice('PART#'.length)), item.data as Uint8Array);
      }
      keys = page.UnprocessedKeys?.[store.tableName]?.Keys;
    }
    for (let i = 1; i < count; i++) {
      const part = found.get(i);
      if (!part) return undefined;
      parts.push(part);
    }
  }
  return JSON.parse(gunzipSync(Buffer.concat(parts)).toString('utf8')) as SnapshotDocs;
}

/** Documents serialised per kind and a few hundred at a time, pausing between, so a snapshot written in the background never holds up requests for long. */
async function stringifyInSteps(docs: SnapshotDocs): Promise<string> {
  const parts: string[] = [];
  for (const [field, list] of Object.entries(docs) as [string, readonly unknown[]][]) {
    const items: string[] = [];
    for (let i = 0; i < list.length; i += 500) {
      items.push(
        list
          .slice(i, i + 500)
          .map((d) => JSON.stringify(d))
          .join(','),
      );
      await new Promise((resolve) => setImmediate(resolve));
    }
    parts.push(`${JSON.stringify(field)}:[${items.filter((p) => p !== '').join(',')}]`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Writes the snapshot of `version` over an older one. Parts first, part 0 (which readers look at
 * first) last, each only over an older version; a reader that meets a mix finds a version
 * mismatch and loads the documents instead.
 */
export async function writeSnapshot(
  store: ContentStore,
  locale: Locale,
  version: number,
  docs: SnapshotDocs,
  partBytes = PART_BYTES,
): Promise<void> {
  const data = await gzipAsync(await stringifyInSteps(docs));
  const count = Math.max(1, Math.ceil(data.length / partBytes));
  const put = (part: number) =>
    store.doc.send(
      new PutCommand({
        TableName: store.tableName,
        Item: {
          ...partKey(locale, part),
          version,
          ...(part === 0 ? { parts: count } : {}),
          data: data.subarray(part * partBytes, (part + 1) * partBytes),
        },
        ConditionExpression: 'attribute_not_exists(version) OR version < :v',
        ExpressionAttributeValues: { ':v': version },
      }),
    );
  try {
    await Promise.all(Array.from({ length: count - 1 }, (_, i) => put(i + 1)));
    await put(0);
  } catch (error) {
    // Another process wrote this version (or a newer one) first: that snapshot serves as well.
    if ((error as { name?: string })?.name !== 'ConditionalCheckFailedException') throw error;
  }
}
