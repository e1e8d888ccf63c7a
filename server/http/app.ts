import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { Config } from '../config.js';
import { buildContext, type RequestContext } from '../graphql/context.js';
import { createErrorFormatter } from '../graphql/format-error.js';
import { loggingPlugin } from '../graphql/logging-plugin.js';
import { createSchema } from '../graphql/schema.js';
import type { Logger } from '../logger.js';
import { registerResponseRoutes } from '../responses/response.routes.js';
import { registerResultRoutes } from '../results/results.routes.js';
import { startRollupWorker, type RollupWorker } from '../results/rollup/worker.js';
import { registerDistributionRoutes } from '../distribution/distribution.routes.js';
import { apiNotFound, jsonErrorHandler } from './error-handler.js';

const MAX_BODY = '8mb';
const MAX_QUERY_TOKENS = 10_000;

export interface AppDeps {
  config: Config;
  orm: MikroORM;
  log: Logger;
  /** Built web app to serve; skipped when the folder does not exist. */
  webDir?: string;
}

export interface App {
  httpServer: Server;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
  rollups: RollupWorker;
}

/** The HTTP server: /graphql, /healthz and the web app, on one port. */
export async function createApp({ config, orm, log, webDir }: AppDeps): Promise<App> {
  const app = express();
  const httpServer = createServer(app);
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  app.use((req, res, next) => {
    const incoming = req.headers['x-request-id'];
    res.setHeader('x-request-id', typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID());
    next();
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', database: 'up' });
    } catch (error) {
      log.warn({ err: error }, 'health check: database unreachable');
      res.status(503).json({ status: 'unavailable', database: 'down' });
    }
  });

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
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    // A document of more tokens than any real operation is refused while parsing (a syntax error,
    // 400): validation of a 10,000-fragment chain would otherwise recurse past the stack.
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: drain HTTP, close the pool, then stop PostgreSQL, in that order.
    stopOnTerminationSignals: false,
    plugins: [...(armor.plugins as ApolloServerPlugin<RequestContext>[]), ApolloServerPluginDrainHttpServer({ httpServer }), loggingPlugin],
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext(req, res, { em: orm.em, config, log }) }),
  );
  // A body that is too large or not JSON never reaches Apollo: answer in GraphQL's error shape.
  app.use('/graphql', (error: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!error?.status || error.status >= 500) return next(error);
    const message =
      error.type === 'entity.too.large'
        ? `The request is larger than ${MAX_BODY}; send smaller definitions or files in several requests.`
        : 'The request body is not valid JSON.';
    res.status(error.status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  });

  registerResponseRoutes(app, { em: orm.em, config, log });
  registerResultRoutes(app, { em: orm.em, config, log });
  registerDistributionRoutes(app, { em: orm.em, config, log });

  if (webDir && existsSync(join(webDir, 'index.html'))) {
    app.use(express.static(webDir, { index: false, maxAge: '1h' }));
    // The web app routes in the browser: every other page is its index.html.
    app.get(/^\/(?!graphql|healthz|api\/).*/, (_req, res) => res.sendFile(join(webDir, 'index.html')));
  }

  app.use('/api', apiNotFound);
  app.use(jsonErrorHandler(log));

  // Rollup upkeep runs in every server copy, just behind ingest (ROLLUP_INTERVAL_MS; 0 = off).
  const rollups = startRollupWorker(orm, log, config.ROLLUP_INTERVAL_MS);

  return {
    httpServer,
    rollups,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async () => {
      await apollo.stop();
      await rollups.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
