import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { orgResolvers } from '../org/org.resolvers.js';
import { questionnaireResolvers } from '../questionnaires/questionnaires.resolvers.js';
import { indicatorResolvers } from '../indicators/indicators.resolvers.js';
import { responseResolvers } from '../responses/responses.resolvers.js';
import { ResultsResolver } from '../results/results.resolver.js';
import { distributionResolvers } from '../distribution/distribution.resolvers.js';
import { guardRootFields } from './access.js';

/** Every module's resolvers; modules add theirs here. */
const resolvers = [...orgResolvers, ...questionnaireResolvers, ...indicatorResolvers, ...responseResolvers, ResultsResolver, ...distributionResolvers] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, with every root field behind its access rule. Built once per process. */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
  }).then(guardRootFields);
  return built;
}

/** The SDL committed as schema.graphql, sorted so that it only changes when the API does. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
