import type { SchemaDocs } from '../graphql/describe.js';

/** Descriptions of the cases module's schema that its decorators do not carry (see server/graphql/describe.ts). */
export const casesDocs: SchemaDocs = {};
