/**
 * The executable schema from the generated SDL and the resolver map, with graphql-js alone: the
 * SDL is built once and each resolver set on its field. Our resolvers are plain field functions
 * (no custom scalars, enum values or abstract-type resolvers), which is all this supports, and it
 * refuses anything else. Apollo's own route (`typeDefs` + `resolvers`) goes through
 * @graphql-tools/schema, about 250 KB of the Lambda bundle and part of every cold start; the
 * bundle replaces that package with a stub (graphql-tools-stub.ts).
 */
import { buildASTSchema, isInterfaceType, isObjectType, parse, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

export function executableSchema(typeDefs: string, resolvers: Readonly<Record<string, object>>): GraphQLSchema {
  // The SDL is generated and validated by GraphQL Code Generator (npm run codegen, checked in tests).
  const schema = buildASTSchema(parse(typeDefs, { noLocation: true }), { assumeValidSDL: true });
  for (const [typeName, fieldResolvers] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type) && !isInterfaceType(type)) throw new Error(`Resolvers given for ${typeName}, which is not an object type`);
    const fields = type.getFields();
    for (const [fieldName, resolve] of Object.entries(fieldResolvers)) {
      const field = fields[fieldName];
      if (!field) throw new Error(`Resolver for ${typeName}.${fieldName}, which the schema does not have`);
      if (typeof resolve !== 'function') throw new Error(`${typeName}.${fieldName}: only resolver functions are supported`);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}
