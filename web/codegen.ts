import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the web app from the committed schema.graphql: `npm run codegen`.
 * documentMode "string" gives each operation as a typed string, so the browser bundle carries
 * no GraphQL parser or printer.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['web/src/**/*.{ts,vue}', '!web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
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
