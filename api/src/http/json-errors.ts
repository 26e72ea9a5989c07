import type { APIGatewayProxyStructuredResultV2, Callback } from 'aws-lambda';

type Result = APIGatewayProxyStructuredResultV2;
type LambdaHandler<E, C> = (event: E, context: C, callback: Callback<Result>) => void | Promise<Result>;

const isJson = (headers: Record<string, unknown> | undefined) =>
  Object.entries(headers ?? {}).some(([name, value]) => name.toLowerCase() === 'content-type' && /json/i.test(String(value)));

/**
 * The Lambda integration answers a body it cannot parse with its parser's message as plain text.
 * Clients read `errors[].extensions.code`, so every refusal is made a GraphQL error in JSON.
 */
export function withJsonErrors<E, C>(handler: LambdaHandler<E, C>): (event: E, context: C) => Promise<Result> {
  return async (event, context) => {
    // The integration is promise-based; the callback is never called.
    const result = (await handler(event, context, () => undefined)) as Result;
    const status = result.statusCode ?? 200;
    if (status < 400 || isJson(result.headers)) return result;
    const message =
      status === 400
        ? 'The request body is not a GraphQL request: send a JSON object with a "query" string (GraphQL over HTTP).'
        : 'The request was refused.';
    return {
      ...result,
      headers: { ...result.headers, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, no-store' },
      body: JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }),
      isBase64Encoded: false,
    };
  };
}
