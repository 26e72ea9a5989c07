import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** The most a single operation may cost (see `estimateCost`). */
export const MAX_QUERY_COST = 2000;

/** What one page of a connection costs before its items: one query to the projection. */
const PAGE_COST = 10;
const DEFAULT_PAGE_SIZE = 20;

/**
 * Object fields answered from the in-memory catalogue (api/src/modules/offers/resolvers/Offer.ts,
 * api/src/modules/partners/resolvers/Partner.ts, api/src/modules/knowledge/resolvers/index.ts) or
 * from the document itself: no round trip.
 */
const CATALOGUE_FIELDS = new Set([
  'Offer.disciplines',
  'Offer.sectors',
  'Offer.municipalities',
  'Offer.partner',
  'Offer.project',
  'Offer.prices',
  'Offer.contactPerson',
  'Partner.municipality',
  'LearningCommunity.regions',
  'LearningCommunity.meetings',
  'LearningCommunity.project',
  'KnowledgeItem.attachments',
  'KnowledgeItem.links',
  'KnowledgeItem.region',
  'KnowledgeItem.community',
  'KnowledgeItem.authors',
  'KnowledgeItemConnection.facets',
  'KnowledgeItemFacets.kinds',
  'KnowledgeItemFacets.themes',
  'KnowledgeItemFacets.disciplines',
  'KnowledgeItemFacets.sectors',
  'KnowledgeItemFacets.usefulFor',
]);

// Unwrapped by shape, not with graphql's instanceof helpers: the schema may come from another copy
// of graphql than this module's (Vitest loads both the CommonJS and the ESM build).
const namedType = (type: unknown): { name: string; getFields?: unknown } => {
  let current = type as { ofType?: unknown; name: string };
  while (current.ofType) current = current.ofType as typeof current;
  return current;
};

/**
 * The cost model: leaves and catalogue fields are free, any other object field costs 1, and a
 * connection costs a page plus `first` times what one item costs. So a full page of 100 offers with
 * their lists and partner costs about 200, while lists inside lists multiply: offers → partner →
 * offers of 100 × 20 items costs over 5,000 and is refused.
 */
export const estimateCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const named = namedType(field.type);
  if (type.name.startsWith('__') || typeof named.getFields !== 'function') return 0;
  if (named.name.endsWith('Connection')) {
    const first = typeof args.first === 'number' && args.first > 0 ? args.first : DEFAULT_PAGE_SIZE;
    return PAGE_COST + first * childComplexity;
  }
  return (CATALOGUE_FIELDS.has(`${type.name}.${field.name}`) ? 0 : 1) + childComplexity;
};

/** Costs worked out per parsed document (Apollo keeps one per query text), by operation name and variables. */
const costs = new WeakMap<DocumentNode, Map<string, number | null>>();
/** Variables that differ on every request (a text search) must not grow a document's costs without end. */
const MAX_COSTS_PER_DOCUMENT = 200;

/** The operation's cost, or null when its variables do not fit it. The same question costs the same, so it is worked out once. */
function costOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) {
  let known = costs.get(document);
  if (!known) costs.set(document, (known = new Map()));
  const key = JSON.stringify([operationName ?? null, variables]);
  let cost = known.get(key);
  if (cost === undefined) {
    try {
      cost = getComplexity({ schema, query: document, operationName, variables, estimators: [estimateCost] });
    } catch {
      cost = null;
    }
    if (known.size >= MAX_COSTS_PER_DOCUMENT) known.clear();
    known.set(key, cost);
  }
  return cost;
}

/**
 * Refuses an operation above MAX_QUERY_COST before anything runs, as a validation failure (HTTP 400).
 * It runs once the operation is known, because `first` may come from a variable.
 */
export function costLimitPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = costOf(schema, document, request.operationName ?? undefined, request.variables ?? {});
          // Variables that do not fit the operation: execution refuses them with a 400 of its own.
          if (cost === null) return;
          if (cost > MAX_QUERY_COST) {
            throw new GraphQLError(
              `Query cost limit of ${MAX_QUERY_COST} exceeded, found ${cost}: ask for fewer items per page or nest fewer lists.`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
