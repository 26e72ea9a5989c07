import type { KnowledgePublisher } from './modules/members/operations.ts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Env } from './env.ts';
import { createStrapiKnowledgePublisher } from './modules/knowledge/publisher.ts';
import { prepareOfferIndex } from './modules/offers/offer-index.ts';
import { CatalogueCache } from './sources/content/catalogue.ts';
import { createDynamoDb } from './sources/dynamodb/client.ts';
import { ItemCache } from './sources/dynamodb/item-cache.ts';
import type { ParticipationStore } from './sources/dynamodb/store.ts';
import { resolveSecret } from './sync/settings.ts';

/** The publisher when Strapi and its publish token are configured; the token is read on first use, once. */
function knowledgePublisherOf(env: Env): KnowledgePublisher | undefined {
  const { STRAPI_URL, STRAPI_PUBLISH_TOKEN: value, STRAPI_PUBLISH_TOKEN_FILE: file, STRAPI_PUBLISH_TOKEN_SECRET_ARN: arn } = env;
  if (!STRAPI_URL || !(value || file || arn)) return undefined;
  let token: Promise<string> | undefined;
  return createStrapiKnowledgePublisher(STRAPI_URL, () => {
    token ??= resolveSecret(value, file, arn, 'the Strapi publish token').catch((error: unknown) => {
      token = undefined; // a file written later or a secret fixed is read on the next approval
      throw error;
    });
    return token;
  });
}

/** Made once per process (Lambda container) and shared by all requests. */
export interface Services {
  readonly env: Env;
  readonly doc: DynamoDBDocumentClient;
  readonly tables: { readonly content: string; readonly participation: string };
  /** Injectable clock for deterministic tests. */
  readonly now: () => Date;
  /** Published content in memory, reloaded when the projection changes. */
  readonly catalogue: CatalogueCache;
  /** Offer figures this process read a moment ago (FIGURES_CACHE_MS); unset when that is 0. */
  readonly counterCache?: ItemCache;
  /** Publishes an approved proposal in the CMS (a write token); unset: approveProposal answers INTERNAL_SERVER_ERROR. */
  readonly knowledgePublisher?: KnowledgePublisher;
}

export function createServices(env: Env, overrides: Partial<Services> = {}): Services {
  const doc = overrides.doc ?? createDynamoDb({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION }).doc;
  const tables = overrides.tables ?? { content: env.CONTENT_TABLE, participation: env.PARTICIPATION_TABLE };
  const publisher = knowledgePublisherOf(env);
  return {
    env,
    doc,
    tables,
    now: () => new Date(),
    // The search index is built with each new catalogue, before requests see it.
    catalogue: new CatalogueCache({ doc, tableName: tables.content }, { prepare: prepareOfferIndex }),
    ...(env.FIGURES_CACHE_MS > 0 ? { counterCache: new ItemCache({ ttlMs: env.FIGURES_CACHE_MS }) } : {}),
    ...(publisher ? { knowledgePublisher: publisher } : {}),
    ...overrides,
  };
}

export function participationStore(services: Services): ParticipationStore {
  const { counterCache } = services;
  return { doc: services.doc, tableName: services.tables.participation, now: services.now, ...(counterCache ? { counterCache } : {}) };
}
