// Writes the merged SDL as a TypeScript string, so the Lambda bundle carries its schema
// without reading .graphql files at run time.
const { printSchemaWithDirectives } = require('@graphql-tools/utils');

module.exports = {
  plugin(schema) {
    const sdl = printSchemaWithDirectives(schema);
    return `export const typeDefs = ${JSON.stringify(sdl)};\n`;
  },
};
