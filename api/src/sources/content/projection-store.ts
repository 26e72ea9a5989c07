import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getItem, queryAll, queryIndex } from '../dynamodb/query.ts';
import type { ContentDoc, ContentKind } from '../../domain/content.ts';
import type { Locale } from '../../domain/vocabulary.ts';
import { documents } from '../dynamodb/sdk.ts';

const { DeleteCommand, PutCommand, TransactWriteCommand, UpdateCommand } = documents;

/**
 * Items of the content table:
 *   pk `DOC#<kind>#<id>`, sk `<locale>`      the document, `version` orders deliveries
 *   gsi1pk `KIND#<kind>#<locale>`, gsi1sk `<id>`   every document of a kind in a locale (catalogue load)
 *   pk `META`, sk `CATALOGUE`                 `version`, bumped by every write: caches reload when it moves;
 *                                            `changedAt`, and `bulkAt` (the last bulk write, see touchCatalogue)
 *   pk `CHANGES`, sk `<ms, 15 digits>#<kind>#<id>#<locale>`   one per single write (kept a day, `expiresAt`):
 *                                            a cache applies these few documents instead of reloading all
 */
export interface ContentStore {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
}

export const docKey = (kind: ContentKind, id: string, locale: Locale) => ({ pk: `DOC#${kind}#${id}`, sk: locale });
const META_KEY = { pk: 'META', sk: 'CATALOGUE' };

const CHANGES_PK = 'CHANGES';
/** How long a change is kept: far longer than any catalogue cache goes without checking the version. */
const CHANGE_TTL_S = 24 * 3600;

const bumpCatalogue = (tableName: string, bulk = false) => ({
  Update: {
    TableName: tableName,
    Key: META_KEY,
    UpdateExpression: bulk ? 'ADD #v :one SET changedAt = :now, bulkAt = :now' : 'ADD #v :one SET changedAt = :now',
    ExpressionAttributeNames: { '#v': 'version' },
    ExpressionAttributeValues: { ':one': 1, ':now': Date.now() },
  },
});

const changeKey = (at: number, kind: ContentKind, id: string, locale: Locale) => ({
  pk: CHANGES_PK,
  sk: `${String(at).padStart(15, '0')}#${kind}#${id}#${locale}`,
});

/** The change-log item written in the same transaction as a single document write. */
const logChange = (tableName: string, kind: ContentKind, id: string, locale: Locale) => {
  const at = Date.now();
  return {
    Put: {
      TableName: tableName,
      Item: { ...changeKey(at, kind, id, locale), kind, id, locale, at, expiresAt: Math.floor(at / 1000) + CHANGE_TTL_S },
    },
  };
};

/** A document written (or removed) by a single write, as the change log has it. */
export interface ContentChange {
  readonly kind: ContentKind;
  readonly id: string;
  readonly locale: Locale;
  readonly at: number;
}

/** The single writes logged at or after `since` (ms), oldest first; the same document may appear more than once. */
export async function changesSince(store: ContentStore, since: number): Promise<ContentChange[]> {
  const items = await queryAll(store, {
    ConsistentRead: true,
    KeyConditionExpression: 'pk = :pk AND sk >= :from',
    ExpressionAttributeValues: { ':pk': CHANGES_PK, ':from': String(Math.max(0, Math.floor(since))).padStart(15, '0') },
  });
  return items.map((item) => ({
    kind: item.kind as ContentKind,
    id: item.id as string,
    locale: item.locale as Locale,
    at: item.at as number,
  }));
}

export interface WriteOptions {
  /**
   * Default true: the write and the catalogue version move in one transaction. Bulk writers
   * (reconcile) pass false, write in parallel, and call `touchCatalogue` once at the end.
   */
  readonly bumpCatalogue?: boolean;
}

/** Moves the catalogue version once, after a bulk write without per-item bumps. */
export async function touchCatalogue(store: ContentStore): Promise<void> {
  await store.doc.send(new UpdateCommand(bumpCatalogue(store.tableName, true).Update));
}

function isConditionFailure(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  if (name === 'ConditionalCheckFailedException') return true;
  const reasons = (error as { CancellationReasons?: { Code?: string }[] })?.CancellationReasons;
  return name === 'TransactionCanceledException' && !!reasons?.some((r) => r.Code === 'ConditionalCheckFailed');
}

/**
 * Writes a document unless a newer version is already there (deliveries can arrive out of order).
 * Returns false when the stored version is newer or equal: nothing was written.
 */
export async function putDocument(
  store: ContentStore,
  document: ContentDoc,
  version: number,
  options: WriteOptions = {},
): Promise<boolean> {
  const put = {
    TableName: store.tableName,
    Item: {
      ...docKey(document.kind, document.id, document.locale),
      gsi1pk: `KIND#${document.kind}#${document.locale}`,
      gsi1sk: document.id,
      version,
      document,
    },
    ConditionExpression: 'attribute_not_exists(pk) OR version < :v',
    ExpressionAttributeValues: { ':v': version },
  };
  try {
    if (options.bumpCatalogue === false) await store.doc.send(new PutCommand(put));
    else {
      await store.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: put },
            bumpCatalogue(store.tableName),
            logChange(store.tableName, document.kind, document.id, document.locale),
          ],
        }),
      );
    }
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw new Error(`Could not project ${document.kind} ${document.id} (${document.locale})`, { cause: error });
  }
}

/**
 * Removes a document (unpublished or deleted) unless a newer version is stored. A tombstone is not
 * kept: reconcile compares with Strapi, so a late re-delivery of an old publish is repaired there.
 */
export async function removeDocument(
  store: ContentStore,
  kind: ContentKind,
  id: string,
  locale: Locale,
  version: number,
  options: WriteOptions = {},
): Promise<boolean> {
  const remove = {
    TableName: store.tableName,
    Key: docKey(kind, id, locale),
    ConditionExpression: 'attribute_exists(pk) AND version <= :v',
    ExpressionAttributeValues: { ':v': version },
  };
  try {
    if (options.bumpCatalogue === false) await store.doc.send(new DeleteCommand(remove));
    else {
      await store.doc.send(
        new TransactWriteCommand({
          TransactItems: [{ Delete: remove }, bumpCatalogue(store.tableName), logChange(store.tableName, kind, id, locale)],
        }),
      );
    }
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw new Error(`Could not remove ${kind} ${id} (${locale}) from the projection`, { cause: error });
  }
}

export async function getDocument<T extends ContentDoc>(
  store: ContentStore,
  kind: T['kind'],
  id: string,
  locale: Locale,
): Promise<{ document: T; version: number } | null> {
  const item = await getItem(store, docKey(kind, id, locale));
  return item ? { document: item.document as T, version: item.version as number } : null;
}

/** The catalogue's version: one small read tells whether a cached catalogue is still current. */
export async function catalogueVersion(store: ContentStore): Promise<{ version: number; changedAt: number; bulkAt: number }> {
  const item = await getItem(store, META_KEY, { consistent: true });
  return {
    version: (item?.version as number | undefined) ?? 0,
    changedAt: (item?.changedAt as number | undefined) ?? 0,
    bulkAt: (item?.bulkAt as number | undefined) ?? 0,
  };
}

/** Every document of a kind in a locale, with its version (paged through the kind index). */
export async function listDocuments<T extends ContentDoc>(
  store: ContentStore,
  kind: T['kind'],
  locale: Locale,
): Promise<{ document: T; version: number }[]> {
  const items = await queryIndex(store, 'gsi1', `KIND#${kind}#${locale}`);
  return items.map((item) => ({ document: item.document as T, version: item.version as number }));
}
