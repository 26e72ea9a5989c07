import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resourcesOfType, synthStage, type SynthResult } from './synth.ts';
import { GRAPHQL_NODE_MODULES } from '../lib/graphql-bundle.ts';

/**
 * The budget: 1 MB minified (decimal), for the cold start. graphql and Apollo server make most of
 * it; zod is imported as its small v3 API, Apollo's usage-reporting protobuf and graphql-tools are
 * replaced by stubs, and the PDF, iCalendar and query-string libraries are installed beside it (api-function.ts).
 */
const MAX_BUNDLE_BYTES = 1_000_000;

describe('GraphQL Lambda bundle', () => {
  let dev: SynthResult;
  let bundlePath: string;
  beforeAll(() => {
    // The only synth that runs esbuild for real (the other test files skip bundling).
    dev = synthStage('dev', { bundleStacks: ['Cmk-Dev-Api'] });
    const template = dev.template(dev.stacks.api);
    const fn = Object.entries(template.findResources('AWS::Lambda::Function')).find(([id]) => id.startsWith('GraphqlFunction'));
    const assetPath = fn?.[1].Metadata?.['aws:asset:path'];
    if (!assetPath) throw new Error('GraphQL function has no asset path metadata');
    bundlePath = join(dev.assembly.directory, assetPath, 'index.mjs');
  });

  it('is an ESM bundle, minified, under 1 MB', () => {
    const size = statSync(bundlePath).size;
    console.info(`GraphQL bundle: ${size} bytes (${(size / 1024 ** 2).toFixed(3)} MiB, ${(size / 1e6).toFixed(3)} MB)`);
    expect(size).toBeLessThan(MAX_BUNDLE_BYTES);
    const code = readFileSync(bundlePath, 'utf8');
    // Minified: long lines (only template literals keep their newlines), not source formatting
    // (formatted source averages well under 100 characters a line).
    expect(code.length / code.split('\n').length).toBeGreaterThan(200);
    expect(code).toMatch(/export\s*\{[^}]*\bhandler\b[^}]*\}/);
    // The stub, not Apollo's protobuf, is in the bundle.
    expect(code).toContain('Apollo usage reporting is not part of this bundle');
    // The AWS SDK comes from the Node 22 runtime, not the bundle: required by name at run time
    // (api/src/sources/dynamodb/sdk.ts), and none of its own code inside.
    expect(code).toMatch(/\("@aws-sdk\/client-dynamodb"\)/);
    expect(code).toMatch(/\("@aws-sdk\/lib-dynamodb"\)/);
    expect(code).not.toContain('ProvisionedThroughputExceededException');
    // Apollo hashes queries with Node's crypto, not the JavaScript SHA-256 it falls back to in a bundle.
    expect(code).not.toContain('is not supported (we accept pull requests)');
  });

  it('holds one copy of Apollo and of graphql-js, not their CommonJS builds as well', () => {
    const code = readFileSync(bundlePath, 'utf8');
    // An error text of Apollo's server and one of graphql's lexer: each build carries its own.
    for (const text of ['Only one plugin can implement renderLandingPage', 'Unexpected character']) {
      expect(code.split(text).length - 1).toBe(1);
    }
  });

  it('loads the PDF, iCalendar and Strapi query libraries only when asked, from packages installed beside it', () => {
    const code = readFileSync(bundlePath, 'utf8');
    expect(GRAPHQL_NODE_MODULES).toEqual(expect.arrayContaining(['pdfkit', 'ical-generator', '@date-fns/tz', 'qs']));
    for (const pkg of GRAPHQL_NODE_MODULES) {
      // A dynamic import of the package, not its code and not a static import that init would load.
      expect(code).toMatch(new RegExp(`import\\(\\s*"${pkg.replace('/', '\\/')}"\\s*\\)`));
      expect(code).not.toMatch(new RegExp(`from\\s*"${pkg.replace('/', '\\/')}"`));
      expect(statSync(join(bundlePath, '..', 'node_modules', pkg, 'package.json')).isFile()).toBe(true);
    }
  });

  it('ships a source map next to it', () => {
    expect(statSync(`${bundlePath}.map`).size).toBeGreaterThan(0);
  });

  it('bundles the sync placeholders and the webhook delivery too', () => {
    const functions = resourcesOfType(dev.template(dev.stacks.api), 'AWS::Lambda::Function');
    expect(functions).toHaveLength(4);
  });
});
