import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { createContext } from './context.ts';
import { createServices } from './services.ts';
import { parseEnv } from './env.ts';
import { withJsonErrors } from './http/json-errors.ts';
import { createServer } from './server.ts';
import { authenticate, createAuthenticateDeps } from './shared/auth/authenticate.ts';
import { authSettings } from './shared/auth/settings.ts';
import { createLogger, requestLogger } from './shared/logger.ts';
import { isCalendarRequest, serveCalendar } from './modules/calendar/http.ts';
import type { APIGatewayProxyEventV2, Context as LambdaContext } from 'aws-lambda';

// Module scope: one server and one set of clients per Lambda container, reused across requests.
const env = parseEnv();
const logger = createLogger(env.LOG_LEVEL);
const services = createServices(env);
const server = createServer(env);
const auth = createAuthenticateDeps(services, authSettings(env), logger);

// The integration is typed against Apollo's CommonJS build and we load its ESM build: same class at run time.
type LambdaServer = Parameters<typeof startServerAndCreateLambdaHandler>[0];

const graphqlHandler = withJsonErrors(
  startServerAndCreateLambdaHandler(server as unknown as LambdaServer, handlers.createAPIGatewayProxyEventV2RequestHandler(), {
    context: async ({ event, context }) => {
      const requestId = event.requestContext?.requestId ?? context.awsRequestId;
      const log = requestLogger(logger, requestId);
      // A refused credential is thrown here: Apollo answers it as a GraphQL error with its code
      // (UNAUTHENTICATED with HTTP 401, RATE_LIMITED with 429 and Retry-After), no resolver runs.
      const viewer = await authenticate(event.headers ?? {}, { ...auth, logger: log });
      return createContext({
        services,
        viewer,
        requestId,
        logger: log,
        acceptLanguage: event.headers?.['accept-language'],
        publicBaseUrl: publicBaseUrl(event),
      });
    },
  }),
);

/** The base URL the caller reached this API at: calendar feed URLs point there. */
function publicBaseUrl(event: APIGatewayProxyEventV2): string | undefined {
  if (env.isLocal) return undefined;
  const host = event.requestContext?.domainName;
  return host ? `https://${host}` : undefined;
}

/** One Lambda for `/graphql`, `/portal/graphql` and the schools' calendar feeds (`GET /calendar/<token>.ics`). */
export const handler = async (event: APIGatewayProxyEventV2, context: LambdaContext) =>
  isCalendarRequest(event) ? serveCalendar(services, event) : graphqlHandler(event, context);
