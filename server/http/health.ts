import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { Logger } from '../logger.js';

/**
 * Liveness and readiness. Both answer within HEALTH_DB_TIMEOUT_MS whatever the database does:
 * the probe is one `select 1` shared by concurrent checks (a frozen database never piles up
 * probes), raced against a timer.
 * - GET /healthz: the process is up (always 200), with the database's state for information.
 * - GET /readyz: 200 when the database answered within the bound, 503 otherwise (take this copy
 *   out of the load balancer, do not restart it).
 */
export function registerHealthRoutes(app: Express, deps: { orm: MikroORM; log: Logger; timeoutMs: number }): void {
  let probe: Promise<boolean> | null = null;
  const databaseUp = (): Promise<boolean> => {
    probe ??= deps.orm.em
      .getConnection()
      .execute('select 1')
      .then(
        () => true,
        (error) => {
          deps.log.warn({ err: error }, 'health check: database unreachable');
          return false;
        },
      )
      .finally(() => {
        probe = null;
      });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), deps.timeoutMs);
    });
    return Promise.race([probe, late]).finally(() => clearTimeout(timer));
  };

  app.get('/healthz', async (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    res.json({ status: 'ok', database: (await databaseUp()) ? 'up' : 'down' });
  });
  app.get('/readyz', async (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    const up = await databaseUp();
    res.status(up ? 200 : 503).json({ status: up ? 'ready' : 'unavailable', database: up ? 'up' : 'down' });
  });
}
