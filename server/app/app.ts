import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { Config } from '../config.js';
import type { ContextDeps } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { registerDistributionRoutes } from '../distribution/index.js';
import { registerFieldworkRoutes } from '../fieldwork/index.js';
import { authenticate, createOrgLoaders } from '../org/index.js';
import { registerResponseRoutes } from '../responses/index.js';
import { registerResultRoutes, startRollupWorker, type RollupWorker } from '../results/index.js';
import { createCaseQueues, registerCaseRoutes } from '../cases/index.js';
import { hasDurableSubscribers, useJobSender } from '../events/index.js';
import { startJobQueue, transactionDb } from '../jobs/index.js';
import { startMaintenance } from '../jobs/maintenance.js';
import { connectModules } from './modules.js';
import { createWebhookQueues } from '../webhooks/index.js';
import { registerTransparencyRoutes } from '../transparency/index.js';
import { registerReportRoutes } from '../reports/index.js';
import { registerActionRoutes } from '../actions/index.js';
import { mountGraphql } from './graphql.js';
import { registerHealthRoutes } from '../http/health.js';
import { securityHeaders, trustProxySetting } from '../http/security-headers.js';
import { apiNotFound, jsonErrorHandler } from '../http/error-handler.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../org/index.js';
import { systemCaller, type GraphqlCall } from './system-caller.js';

export interface AppDeps {
  config: Config;
  orm: MikroORM;
  log: Logger;
  /** Built web app to serve; skipped when the folder does not exist. */
  webDir?: string;
  /** The read replica (DATABASE_READ_URL) results read from when it is fresh enough. */
  replica?: MikroORM | null;
}

export interface App {
  httpServer: Server;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
  rollups: RollupWorker;
  /** The public GraphQL API called in-process as `principal` on `em` (the shipped library, the demo). */
  system(principal: Principal, em: EntityManager): GraphqlCall;
}

/** The HTTP server: /graphql, /healthz and the web app, on one port. */
export async function createApp({ config, orm, log, webDir, replica }: AppDeps): Promise<App> {
  connectModules();
  const deps: ContextDeps = { em: orm.em, replica: replica?.em, config, log, authenticate, loaders: createOrgLoaders };
  const app = express();
  const httpServer = createServer(app);
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.use(securityHeaders(config));

  app.use(requestId);

  registerHealthRoutes(app, { orm, log, timeoutMs: config.HEALTH_DB_TIMEOUT_MS });

  const apollo = await mountGraphql(app, httpServer, deps);

  registerResponseRoutes(app, deps);
  registerResultRoutes(app, deps);
  registerDistributionRoutes(app, deps);
  registerCaseRoutes(app, deps);
  registerFieldworkRoutes(app, deps);
  registerTransparencyRoutes(app, deps);
  registerReportRoutes(app, deps);
  registerActionRoutes(app, deps);

  if (webDir && existsSync(join(webDir, 'index.html'))) {
    app.use(express.static(webDir, { index: false, maxAge: '1h' }));
    // The web app routes in the browser: every other page is its index.html.
    app.get(/^\/(?!graphql|healthz|readyz|api\/).*/, (_req, res) => res.sendFile(join(webDir, 'index.html')));
  }

  app.use('/api', apiNotFound);
  app.use(jsonErrorHandler(log));

  // Rollup upkeep runs in every server copy, just behind ingest (ROLLUP_INTERVAL_MS; 0 = off), unless WORKERS=false.
  const rollups = startRollupWorker(orm, log, config.WORKERS ? config.ROLLUP_INTERVAL_MS : 0);
  // Durable event subscribers get a job per event, sent in the emitting transaction.
  const maintenance = config.MAINTENANCE_JOBS;
  const jobs =
    hasDurableSubscribers() || maintenance
      ? await startJobQueue(orm.config.get('clientUrl'), log, undefined, maintenance)
      : null;
  // A job sent to a queue that does not exist is dropped by pg-boss: create the durable queues first.
  if (jobs) await createCaseQueues(jobs);
  if (jobs) await createWebhookQueues(jobs);
  if (jobs) useJobSender(async (em, queue, data) => void (await jobs.send(queue, data, { db: transactionDb(em) })));
  if (jobs && maintenance) await startMaintenance(jobs, orm, config, log);

  return {
    httpServer,
    rollups,
    system: (principal, em) => systemCaller(apollo, deps, principal, em),
    listen: (port, host) => listen(httpServer, port, host),
    close: async () => {
      await apollo.stop();
      await rollups.stop();
      await jobs?.stop({ graceful: true, wait: true });
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

/** Keeps the caller's `x-request-id` (when sane) or makes one: every log line of the request carries it. */
function requestId(req: express.Request, res: express.Response, next: express.NextFunction): void {
  const incoming = req.headers['x-request-id'];
  res.setHeader(
    'x-request-id',
    typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID(),
  );
  next();
}

/** Listens on host:port (0: any free port) and resolves the port; Express 5 reports errors in the callback too. */
function listen(httpServer: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      const address = httpServer.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
