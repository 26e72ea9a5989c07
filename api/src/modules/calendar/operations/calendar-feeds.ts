/**
 * A school's calendar feed URL: `<base>/calendar/<token>.ics`. The token is 32 random bytes
 * (base64url) and only its SHA-256 is stored, as with partners' API keys, so the URL is in the
 * answer of `createCalendarFeed` once. A school has at most one: making a new one revokes the old
 * one in the same transaction (rotate), and revoking deletes it, so the old URL answers 404 on the
 * very next request (every request reads the token's item with a consistent read).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import { authorize, type Actor } from '../../../shared/policy.ts';
import { keys } from '../../../sources/dynamodb/keys.ts';
import { nowOf, type ParticipationStore } from '../../../sources/dynamodb/store.ts';
import { authorizedSchoolFor } from '../../schools/operations/authorized-school.ts';
import { documents } from '../../../sources/dynamodb/sdk.ts';

const { GetCommand, TransactWriteCommand } = documents;

export const CALENDAR_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface CalendarFeedRecord {
  readonly schoolId: string;
  readonly createdAt: string;
}

export interface NewCalendarFeed extends CalendarFeedRecord {
  readonly token: string;
  readonly url: string;
}

export const tokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Where the feed is served; `calendarBaseUrl` is the API's public base (CALENDAR_BASE_URL). */
export const feedUrl = (baseUrl: string, token: string): string => `${baseUrl.replace(/\/+$/, '')}/calendar/${token}.ics`;

export interface CalendarDeps extends ParticipationDeps {
  readonly calendarBaseUrl: string;
}

/** The school's current feed (never its token), or null. */
export async function getCalendarFeed(store: ParticipationStore, schoolId: string): Promise<CalendarFeedRecord | null> {
  const { Item } = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: keys.calendarFeed(schoolId), ConsistentRead: true }),
  );
  return Item?.kind === 'CalendarFeed' ? { schoolId, createdAt: String(Item.createdAt) } : null;
}

/** The school a presented token stands for, or null when it is malformed, unknown or revoked. */
export async function schoolOfToken(store: ParticipationStore, token: string): Promise<string | null> {
  if (!CALENDAR_TOKEN.test(token)) return null;
  const { Item } = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: keys.calendarToken(tokenHash(token)), ConsistentRead: true }),
  );
  return Item?.kind === 'CalendarToken' && typeof Item.schoolId === 'string' ? Item.schoolId : null;
}

async function currentHash(store: ParticipationStore, schoolId: string): Promise<string | undefined> {
  const { Item } = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: keys.calendarFeed(schoolId), ConsistentRead: true }),
  );
  return typeof Item?.tokenHash === 'string' ? Item.tokenHash : undefined;
}

export async function createCalendarFeed(deps: CalendarDeps, actor: Actor, input: { schoolId: string }): Promise<NewCalendarFeed> {
  authorize(actor, 'Mutation.createCalendarFeed', undefined, deps.logger);
  const school = await authorizedSchoolFor(deps.store, actor, 'Mutation.createCalendarFeed', input.schoolId, deps.logger);
  const { store } = deps;
  const token = randomBytes(32).toString('base64url');
  const hash = tokenHash(token);
  const createdAt = nowOf(store).toISOString();
  const previous = await currentHash(store, school.id);
  await store.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        ...(previous ? [{ Delete: { TableName: store.tableName, Key: keys.calendarToken(previous) } }] : []),
        {
          Put: {
            TableName: store.tableName,
            Item: { ...keys.calendarToken(hash), kind: 'CalendarToken', schoolId: school.id, createdAt },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: store.tableName,
            Item: { ...keys.calendarFeed(school.id), kind: 'CalendarFeed', schoolId: school.id, tokenHash: hash, createdAt },
            // Two makes at once: the second fails instead of leaving the first one's token unrevoked.
            ConditionExpression: previous ? 'tokenHash = :previous' : 'attribute_not_exists(pk)',
            ...(previous ? { ExpressionAttributeValues: { ':previous': previous } } : {}),
          },
        },
      ],
    }),
  );
  return { schoolId: school.id, createdAt, token, url: feedUrl(deps.calendarBaseUrl, token) };
}

export async function revokeCalendarFeed(deps: ParticipationDeps, actor: Actor, input: { schoolId: string }): Promise<boolean> {
  authorize(actor, 'Mutation.revokeCalendarFeed', undefined, deps.logger);
  const school = await authorizedSchoolFor(deps.store, actor, 'Mutation.revokeCalendarFeed', input.schoolId, deps.logger);
  const { store } = deps;
  const previous = await currentHash(store, school.id);
  if (!previous) return false;
  await store.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        { Delete: { TableName: store.tableName, Key: keys.calendarToken(previous) } },
        {
          Delete: {
            TableName: store.tableName,
            Key: keys.calendarFeed(school.id),
            ConditionExpression: 'tokenHash = :previous',
            ExpressionAttributeValues: { ':previous': previous },
          },
        },
      ],
    }),
  );
  return true;
}
