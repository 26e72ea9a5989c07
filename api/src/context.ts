import type { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Env } from './env.ts';
import { createOfferLoaders, type OfferLoaders } from './modules/offers/loaders.ts';
import { prepareOfferIndex } from './modules/offers/offer-index.ts';
import type { ParticipationDeps } from './modules/participation/deps.ts';
import { createParticipationLoaders, participationDeps, type ParticipationLoaders } from './modules/participation/loaders.ts';
import { actorOf, type Actor } from './shared/policy.ts';
import { CatalogueCache } from './sources/content/catalogue.ts';
import { createDynamoDb } from './sources/dynamodb/client.ts';

export type Role = 'ANONYMOUS' | 'SCHOOL' | 'PARTNER' | 'ADVISOR' | 'ADMIN';

export interface Viewer {
  readonly role: Role;
  readonly schoolId?: string;
  readonly partnerId?: string;
  readonly regionId?: string;
}

export const anonymous: Viewer = { role: 'ANONYMOUS' };

/** Made once per process (Lambda container) and shared by all requests. */
export interface Services {
  readonly env: Env;
  readonly doc: DynamoDBDocumentClient;
  readonly tables: { readonly content: string; readonly participation: string };
  /** Injectable clock for deterministic tests. */
  readonly now: () => Date;
  /** Published content in memory, reloaded when the projection changes. */
  readonly catalogue: CatalogueCache;
}

export function createServices(env: Env, overrides: Partial<Services> = {}): Services {
  const doc = overrides.doc ?? createDynamoDb({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION }).doc;
  const tables = overrides.tables ?? { content: env.CONTENT_TABLE, participation: env.PARTICIPATION_TABLE };
  return {
    env,
    doc,
    tables,
    now: () => new Date(),
    // The search index is built with each new catalogue, before requests see it.
    catalogue: new CatalogueCache({ doc, tableName: tables.content }, { prepare: prepareOfferIndex }),
    ...overrides,
  };
}

/** Built per request: who asks, the shared services, and a logger that carries the request id. */
export interface Context {
  readonly viewer: Viewer;
  readonly services: Services;
  readonly logger: Logger;
  readonly requestId: string;
  /** `nl` (default) or `en`, from Accept-Language: the language of labels. */
  readonly locale: 'nl' | 'en';
  /** DataLoaders of this request (batching and per-request caching). */
  readonly loaders: OfferLoaders & ParticipationLoaders;
  /** The viewer with what the policy needs (an advisor's municipalities), loaded once per request. */
  readonly actor: () => Promise<Actor>;
  /** What the participation operations need: the store, offers and regions from the catalogue. */
  readonly participation: ParticipationDeps;
}

export function localeFrom(acceptLanguage: string | undefined): 'nl' | 'en' {
  if (!acceptLanguage) return 'nl';
  const first = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q ? Number(q) : 1 };
    })
    .filter((l) => l.tag.startsWith('nl') || l.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q)[0];
  return first?.tag.startsWith('en') ? 'en' : 'nl';
}

export function createContext(input: {
  services: Services;
  viewer: Viewer;
  logger: Logger;
  requestId: string;
  acceptLanguage?: string;
}): Context {
  const locale = localeFrom(input.acceptLanguage);
  const loaders = { ...createOfferLoaders(input.services), ...createParticipationLoaders(input.services, locale) };
  const participation = participationDeps(input.services, loaders);
  let actor: Promise<Actor> | undefined;
  return {
    viewer: input.viewer,
    services: input.services,
    logger: input.logger,
    requestId: input.requestId,
    locale,
    loaders,
    actor: () => (actor ??= actorOf(input.viewer, participation.regions)),
    participation,
  };
}
