import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { actionsDocs, actionsResolvers } from '../actions/index.js';
import { distributionDocs, distributionResolvers } from '../distribution/index.js';
import { fieldworkDocs, fieldworkResolvers } from '../fieldwork/index.js';
import { guardRootFields } from '../graphql/access.js';
import { describeSchema } from '../graphql/describe.js';
import { indicatorDocs, indicatorResolvers } from '../indicators/index.js';
import { hasPermission, missingScope, orgDocs, orgResolvers } from '../org/index.js';
import { questionnaireDocs, questionnaireResolvers } from '../questionnaires/index.js';
import { responseDocs, responseResolvers } from '../responses/index.js';
import { resultsDocs, resultsResolvers } from '../results/index.js';
import { casesDocs, casesResolvers } from '../cases/index.js';
import { auditResolvers } from '../audit/index.js';
import { webhooksResolvers } from '../webhooks/index.js';
import { transparencyResolvers } from '../transparency/index.js';
import { reportsResolvers } from '../reports/index.js';

/** Every module's resolvers; modules add theirs here. */
const resolvers = [
  ...orgResolvers,
  ...questionnaireResolvers,
  ...indicatorResolvers,
  ...responseResolvers,
  ...resultsResolvers,
  ...distributionResolvers,
  ...casesResolvers,
  ...actionsResolvers,
  ...fieldworkResolvers,
  ...auditResolvers,
  ...webhooksResolvers,
  ...transparencyResolvers,
  ...reportsResolvers,
] as const;

/** Descriptions of the root types; each module describes its own fields in `<module>.docs.ts`. */
const rootDocs = {
  Query: 'Everything a caller may read. Lists are Relay connections (`first`, `after`) unless described as bounded.',
  Mutation: 'Everything a caller may change. With an API key, each operation also needs its scope (see ApiScope).',
};
const docs = [
  rootDocs,
  orgDocs,
  questionnaireDocs,
  indicatorDocs,
  responseDocs,
  distributionDocs,
  resultsDocs,
  casesDocs,
  actionsDocs,
  fieldworkDocs,
];

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, with every root field behind its access rule. Built once per process. */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
  }).then((schema) => guardRootFields(describeSchema(schema, ...docs), hasPermission, missingScope));
  return built;
}

/** The SDL committed as schema.graphql, sorted so that it only changes when the API does. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
