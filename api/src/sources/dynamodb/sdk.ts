/**
 * The AWS SDK's DynamoDB packages, loaded with `require()`. They are CommonJS: an `import` of them
 * makes Node scan each of their files for export names first, which cost the bundled handler's
 * cold start about 55 ms (measured with the benchmark's cold-start probe). In AWS they come from the
 * Lambda runtime. Types are imported from the packages as usual; values come from here.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export const dynamodb = load('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');
export const documents = load('@aws-sdk/lib-dynamodb') as typeof import('@aws-sdk/lib-dynamodb');
