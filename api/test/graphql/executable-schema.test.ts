/**
 * The schema the server runs (graphql-js alone) is the schema graphql-tools would build from the
 * same SDL and resolvers: same types and fields, every resolver on its field; and it refuses a
 * resolver for a field the SDL does not have, instead of dropping it silently.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { isObjectType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/generated/type-defs.ts';
import { resolvers } from '../../src/resolvers.ts';
import { executableSchema } from '../../src/shared/executable-schema.ts';

/** Every type with its fields, their arguments and types, as text. */
function shape(schema: GraphQLSchema) {
  const fieldsOf = (type: GraphQLNamedType) =>
    'getFields' in type
      ? Object.values(type.getFields()).map((f) => ({
          name: f.name,
          type: String(f.type),
          args:
            'args' in f
              ? f.args.map(
                  (a: { name: string; type: unknown; defaultValue?: unknown }) =>
                    `${a.name}: ${String(a.type)} = ${JSON.stringify(a.defaultValue)}`,
                )
              : [],
          description: f.description ?? null,
        }))
      : 'getValues' in type
        ? type.getValues().map((v) => v.name)
        : [];
  return Object.fromEntries(
    Object.entries(schema.getTypeMap())
      .filter(([name]) => !name.startsWith('__'))
      .map(([name, type]) => [name, { kind: type.constructor.name, description: type.description ?? null, fields: fieldsOf(type) }]),
  );
}

describe('the executable schema', () => {
  it('matches graphql-tools, resolver for resolver', () => {
    const ours = executableSchema(typeDefs, resolvers);
    const theirs = makeExecutableSchema({ typeDefs, resolvers });
    // graphql-tools may bring its own copy of graphql: compare by names and type strings.
    expect(shape(ours)).toEqual(shape(theirs as unknown as GraphQLSchema));
    let attached = 0;
    for (const [typeName, fields] of Object.entries(resolvers)) {
      const type = ours.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      for (const [field, resolve] of Object.entries(fields as object)) {
        expect(type.getFields()[field]?.resolve, `${typeName}.${field}`).toBe(resolve);
        attached++;
      }
    }
    expect(attached).toBeGreaterThan(50);
  });

  it('refuses resolvers the SDL has no place for', () => {
    expect(() => executableSchema(typeDefs, { Offer: { nonsense: () => 1 } })).toThrow(/Offer.nonsense/);
    expect(() => executableSchema(typeDefs, { Nowhere: { id: () => 1 } })).toThrow(/Nowhere/);
    expect(() => executableSchema(typeDefs, { Offer: { title: { resolve: () => 'x' } } })).toThrow(/only resolver functions/);
  });
});
