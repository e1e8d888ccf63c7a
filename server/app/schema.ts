import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { distributionResolvers } from '../distribution/index.js';
import { guardRootFields } from '../graphql/access.js';
import { indicatorResolvers } from '../indicators/index.js';
import { hasPermission, orgResolvers } from '../org/index.js';
import { questionnaireResolvers } from '../questionnaires/index.js';
import { responseResolvers } from '../responses/index.js';
import { resultsResolvers } from '../results/index.js';

/** Every module's resolvers; modules add theirs here. */
const resolvers = [...orgResolvers, ...questionnaireResolvers, ...indicatorResolvers, ...responseResolvers, ...resultsResolvers, ...distributionResolvers] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, with every root field behind its access rule. Built once per process. */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
  }).then((schema) => guardRootFields(schema, hasPermission));
  return built;
}

/** The SDL committed as schema.graphql, sorted so that it only changes when the API does. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
