import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the tests, from the committed schema.graphql (`npm run codegen`): an
 * operation written as graphql(`query Name …`) in a test gets its result and variables types,
 * which GraphQLClient.ok/request/fails then carry (tests/support/client.ts).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['tests/**/*.ts', '!tests/gql/**'],
  ignoreNoDocuments: false,
  // Imports with .js extensions, as the tests' NodeNext module resolution requires.
  emitLegacyCommonJSImports: false,
  generates: {
    'tests/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', JSON: 'unknown' },
        skipTypename: true,
      },
    },
  },
};

export default config;
