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
import { buildContext, type ContextDeps, type RequestContext } from '../graphql/context.js';
import { createErrorFormatter } from '../graphql/format-error.js';
import { loggingPlugin } from '../graphql/logging-plugin.js';
import type { Logger } from '../logger.js';
import { registerDistributionRoutes } from '../distribution/index.js';
import { authenticate, createOrgLoaders } from '../org/index.js';
import { registerResponseRoutes } from '../responses/index.js';
import { registerResultRoutes, startRollupWorker, type RollupWorker } from '../results/index.js';
import { hasDurableSubscribers, useJobSender } from '../events/index.js';
import { startJobQueue, transactionDb } from '../jobs/index.js';
import { connectModules } from './modules.js';
import { createSchema } from './schema.js';
import { registerHealthRoutes } from '../http/health.js';
import { securityHeaders, trustProxySetting } from '../http/security-headers.js';
import { apiNotFound, jsonErrorHandler } from '../http/error-handler.js';

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
  connectModules();
  const deps: ContextDeps = { em: orm.em, config, log, authenticate, loaders: createOrgLoaders };
  const app = express();
  const httpServer = createServer(app);
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.use(securityHeaders(config));

  app.use((req, res, next) => {
    const incoming = req.headers['x-request-id'];
    res.setHeader(
      'x-request-id',
      typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID(),
    );
    next();
  });

  registerHealthRoutes(app, { orm, log, timeoutMs: config.HEALTH_DB_TIMEOUT_MS });

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
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<RequestContext>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      loggingPlugin,
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

  registerResponseRoutes(app, deps);
  registerResultRoutes(app, deps);
  registerDistributionRoutes(app, deps);

  if (webDir && existsSync(join(webDir, 'index.html'))) {
    app.use(express.static(webDir, { index: false, maxAge: '1h' }));
    // The web app routes in the browser: every other page is its index.html.
    app.get(/^\/(?!graphql|healthz|readyz|api\/).*/, (_req, res) => res.sendFile(join(webDir, 'index.html')));
  }

  app.use('/api', apiNotFound);
  app.use(jsonErrorHandler(log));

  // Rollup upkeep runs in every server copy, just behind ingest (ROLLUP_INTERVAL_MS; 0 = off).
  const rollups = startRollupWorker(orm, log, config.ROLLUP_INTERVAL_MS);
  // Durable event subscribers get a job per event, sent in the emitting transaction.
  const jobs = hasDurableSubscribers() ? await startJobQueue(orm.config.get('clientUrl'), log) : null;
  if (jobs) useJobSender(async (em, queue, data) => void (await jobs.send(queue, data, { db: transactionDb(em) })));

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
      await jobs?.stop({ graceful: true, wait: true });
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
