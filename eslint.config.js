// ESLint for the whole repository: TypeScript by typescript-eslint, the API's SDL by @graphql-eslint.
import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import tseslint from 'typescript-eslint';

const SDL = 'api/src/modules/*/schema.graphql';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      'infra/cdk.out/**',
      'cms/.strapi/**',
      'cms/build/**',
      'cms/types/**',
      'cms/src/admin/**',
      'bench/results/**',
      '.data/**',
    ],
  },
  {
    files: ['{api,infra,client,scripts,bench,testing}/**/*.ts', 'portal/**/*.{ts,tsx}', 'cms/src/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      // `_name` marks a value that is taken apart on purpose (a rest sibling, a tuple slot).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Strapi's document and query APIs are untyped and cms/ compiles without `strict`; synthesized
    // CloudFormation is plain JSON whose shape the infra tests assert; the benchmark walks the
    // answers of three different APIs.
    files: ['cms/src/**/*.ts', 'infra/test/**/*.ts', 'bench/lib/workload.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Type tests declare values only to look at their types.
    files: ['**/*.test-d.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
  {
    files: [SDL],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: SDL } } },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      // Every module adds its fields to Query and Mutation; the fields carry the descriptions.
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          ignoredSelectors: ['[type=ObjectTypeDefinition][name.value=/^(Query|Mutation)$/]'],
        },
      ],
      // Pages, payloads, figures and value objects have no identity of their own.
      '@graphql-eslint/strict-id-in-types': 'off',
      // Published field names (`Offer.offerType`, `Agreement.agreement`) stay as they are.
      '@graphql-eslint/no-typename-prefix': 'off',
    },
  },
);
