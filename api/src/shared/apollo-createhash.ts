/**
 * Stands in for `@apollo/utils.createhash` in the Lambda bundle (esbuild alias, see
 * infra/lib/graphql-bundle.ts). That package picks Node's crypto only when `module.require`
 * exists, which it does not inside a bundle, so Apollo hashed every query with sha.js, a
 * JavaScript SHA-256 (3% of a simple request's CPU in a profile; 2% with Node's crypto).
 */
import { createHash as nodeCreateHash, type Hash } from 'node:crypto';

export function createHash(kind: string): Hash {
  return nodeCreateHash(kind);
}
