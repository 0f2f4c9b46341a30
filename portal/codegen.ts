import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The portal's typed seam to the gateway: every `graphql(`…`)` document under src/ is checked
 * against the gateway's API schema (composed by `pnpm compose`) and gets its result and variable
 * types in src/lib/graphql/. A document that asks for a field the schema lacks fails here, and
 * `pnpm typecheck` runs this first. The output is committed, so tests and builds need no step.
 */
const config: CodegenConfig = {
  schema: '../gateway/api-schema.graphql',
  documents: ['src/**/*.ts', '!src/**/*.test.ts', '!src/lib/graphql/**', '!src/lib/paraglide/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/lib/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        // Sent as written: the client posts the text, with no GraphQL parser at run time.
        documentMode: 'string',
        // The schema's enums as unions of their values ('DRAFT' | 'PUBLISHED'), as the portal's
        // forms and labels compare them.
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        strictScalars: true,
        scalars: {
          ID: 'string',
          LocalDate: 'string',
          DateTimeISO: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
