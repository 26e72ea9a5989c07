import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createContext } from '../../src/context.ts';
import { createServices, type Services } from '../../src/services.ts';
import { type Viewer, anonymous } from '../../src/domain/viewer.ts';
import { parseEnv } from '../../src/env.ts';
import { createServer } from '../../src/server.ts';
import { createLogger } from '../../src/shared/logger.ts';
import type { TableNames } from '../../src/sources/dynamodb/create-tables.ts';
import { prepareOfferIndex } from '../../src/modules/offers/offer-index.ts';
import { CatalogueCache } from '../../src/sources/content/catalogue.ts';

export interface TestApi {
  services: Services;
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { viewer?: Viewer; acceptLanguage?: string },
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
}

/** The real ApolloServer with a context over the given tables, executed in-process. */
export function createTestApi(
  doc: DynamoDBDocumentClient,
  tables: TableNames,
  now?: () => Date,
  settings: Record<string, string> = {},
  overrides: Partial<Services> = {},
): TestApi {
  const env = parseEnv({ STAGE: 'test', LOG_LEVEL: 'SILENT', ...settings });
  const services = createServices(env, { doc, tables, ...(now ? { now } : {}), ...overrides });
  const server = createServer(env);
  const logger = createLogger('SILENT');
  return {
    services,
    async run(query, variables, options = {}) {
      const response = await server.executeOperation(
        { query, variables },
        {
          contextValue: createContext({
            services,
            viewer: options.viewer ?? anonymous,
            requestId: 'test',
            logger,
            acceptLanguage: options.acceptLanguage,
          }),
        },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as never;
    },
  };
}

/**
 * A catalogue that, once loaded, never checks for a newer version and writes no snapshot. The real one
 * checks in the background on its own schedule; a test that counts a request's DynamoDB round trips
 * uses this one, so that background work cannot fall inside the counted request on a loaded machine.
 */
export function quietCatalogue(doc: DynamoDBDocumentClient, tables: TableNames): CatalogueCache {
  return new CatalogueCache(
    { doc, tableName: tables.content },
    { prepare: prepareOfferIndex, freshnessMs: Number.POSITIVE_INFINITY, snapshots: false },
  );
}
