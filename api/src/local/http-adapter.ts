import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context as LambdaContext } from 'aws-lambda';

export type LambdaHttpHandler = (
  event: APIGatewayProxyEventV2,
  context: LambdaContext,
) => Promise<APIGatewayProxyStructuredResultV2 | string | void>;

/** Turns a Node request into the API Gateway HTTP API (v2) event that Lambda would receive. */
export function toEvent(req: http.IncomingMessage, body: Buffer, stage = '$default'): APIGatewayProxyEventV2 {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const requestId = randomUUID();
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    cookies: headers.cookie ? headers.cookie.split(/;\s*/) : undefined,
    headers,
    queryStringParameters: url.search ? Object.fromEntries(url.searchParams) : undefined,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: '$default',
      stage,
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    body: body.length ? body.toString('utf8') : undefined,
    isBase64Encoded: false,
  };
}

function lambdaContext(requestId: string): LambdaContext {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'cmk-graphql-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:cmk-graphql-local',
    memoryLimitInMB: '1024',
    awsRequestId: requestId,
    logGroupName: 'local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

const MAX_BODY_BYTES = 1_000_000;

/** A small HTTP server that feeds every request to a Lambda handler, as API Gateway does in AWS. */
export function createLambdaHttpServer(routes: Record<string, LambdaHttpHandler>): http.Server {
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        res
          .writeHead(413, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ message: 'Request body too large', extensions: { code: 'BAD_USER_INPUT' } }] }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', async () => {
      if (res.writableEnded) return;
      const event = toEvent(req, Buffer.concat(chunks));
      // An exact path, or a route ending in `/*` for everything below it (`/calendar/*`).
      const prefix = Object.keys(routes).find((r) => r.endsWith('/*') && event.rawPath.startsWith(r.slice(0, -1)));
      const handler = routes[event.rawPath] ?? (prefix ? routes[prefix] : undefined);
      if (!handler) {
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end(JSON.stringify({ message: `No route ${event.rawPath}; try /graphql` }));
        return;
      }
      try {
        const result = await handler(event, lambdaContext(event.requestContext.requestId));
        const structured: APIGatewayProxyStructuredResultV2 =
          typeof result === 'object' && result !== null ? result : { statusCode: 200, body: result ?? '' };
        const headers: Record<string, string | number | boolean> = { ...structured.headers };
        if (structured.cookies?.length) headers['set-cookie'] = structured.cookies.join(', ');
        res.writeHead(structured.statusCode ?? 200, headers as http.OutgoingHttpHeaders);
        res.end(structured.isBase64Encoded && structured.body ? Buffer.from(structured.body, 'base64') : structured.body);
      } catch (error) {
        // The real handler never throws for bad input; reaching this is a fault, told without internals.
        console.error('local adapter: handler failed', error);
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      }
    });
  });
}
