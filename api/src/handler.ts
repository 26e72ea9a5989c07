import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { anonymous, createContext, createServices } from './context.ts';
import { parseEnv } from './env.ts';
import { createServer } from './server.ts';
import { createLogger } from './shared/logger.ts';

// Module scope: one server and one set of clients per Lambda container, reused across requests.
const env = parseEnv();
const logger = createLogger(env.LOG_LEVEL);
const services = createServices(env);
const server = createServer(env);

// The integration is typed against Apollo's CommonJS build and we load its ESM build: same class at run time.
type LambdaServer = Parameters<typeof startServerAndCreateLambdaHandler>[0];

export const handler = startServerAndCreateLambdaHandler(
  server as unknown as LambdaServer,
  handlers.createAPIGatewayProxyEventV2RequestHandler(),
  {
    context: async ({ event, context }) => {
      const requestId = event.requestContext?.requestId ?? context.awsRequestId;
      return createContext({
        services,
        viewer: anonymous,
        requestId,
        logger: logger.createChild({ persistentLogAttributes: { requestId } }),
        acceptLanguage: event.headers?.['accept-language'],
      });
    },
  },
);
