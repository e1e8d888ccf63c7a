import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { buildContext, type ContextDeps, type RequestContext } from '../graphql/context.js';
import { fieldCostRule } from '../graphql/field-cost.js';
import { createErrorFormatter } from '../graphql/format-error.js';
import { loggingPlugin } from '../graphql/logging-plugin.js';
import { unavailablePlugin } from '../graphql/unavailable-plugin.js';
import { createSchema } from './schema.js';

const MAX_BODY = '8mb';
const MAX_QUERY_TOKENS = 10_000;

/** Apollo on /graphql: limits, error formatting, logging, and the request context of every operation. */
export async function mountGraphql(
  app: express.Express,
  httpServer: Server,
  deps: ContextDeps,
): Promise<ApolloServer<RequestContext>> {
  const { config, log } = deps;
  // Depth, cost, alias and token limits: no query can ask for unbounded work.
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    costLimit: { maxCost: 20_000 },
    maxAliases: { n: 30 },
    // Its parser plugin answers syntax errors with HTTP 500; the 8 MB body limit bounds query size instead.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !config.GRAPHQL_INTROSPECTION },
  }).protect();
  const apollo = new ApolloServer<RequestContext>({
    schema: await createSchema(),
    introspection: config.GRAPHQL_INTROSPECTION,
    formatError: createErrorFormatter(log),
    // graphql-armor counts fields; fieldCostRule counts the work behind scores, rankings, series.
    validationRules: [...armor.validationRules, fieldCostRule],
    allowBatchedHttpRequests: false,
    // A document of more tokens than any real operation is refused while parsing (a syntax error,
    // 400): validation of a 10,000-fragment chain would otherwise recurse past the stack.
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    includeStacktraceInErrorResponses: false,
    // Apollo pretty-prints by default: two-space indents cost a 500-unit ranking a tenth of its body and its time.
    stringifyResult: (result) => JSON.stringify(result),
    // main.ts owns shutdown: drain HTTP, close the pool, then stop PostgreSQL, in that order.
    stopOnTerminationSignals: false,
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<RequestContext>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No field carries a cache hint, and its per-field hook wraps every resolver: 500 ranking entries paid for it.
      ApolloServerPluginCacheControlDisabled(),
      loggingPlugin,
      unavailablePlugin,
    ],
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext(req, res, deps) }),
  );
  // A body that is too large or not JSON never reaches Apollo: answer in GraphQL's error shape.
  app.use(
    '/graphql',
    (
      error: { status?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (!error?.status || error.status >= 500) return next(error);
      const message =
        error.type === 'entity.too.large'
          ? `The request is larger than ${MAX_BODY}; send smaller definitions or files in several requests.`
          : 'The request body is not valid JSON.';
      res.status(error.status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
    },
  );
  return apollo;
}
