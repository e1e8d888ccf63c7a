import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { buildDemo, DEMO_NAME, DEMO_PASSWORD, type DemoSummary } from '../demo/index.js';
import { createDemoOrganization, DEMO_SLUG } from '../org/index.js';
import type { App } from './app.js';

/**
 * Creates the demo organisation when it does not exist (docs/demo.md). The organisation is claimed
 * under an advisory lock: of two copies starting together one makes it, the other finds it and
 * does nothing. The content then goes in through the public API, one operation at a time.
 * Returns null when the demo was there already.
 */
export async function loadDemo(app: App, orm: MikroORM, log: Logger, now = new Date()): Promise<DemoSummary | null> {
  const admin = await orm.em.fork().transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [DEMO_SLUG]);
    return createDemoOrganization(tx, {
      name: DEMO_NAME,
      headOfficeName: 'Head office',
      timeZone: 'UTC',
      password: DEMO_PASSWORD,
    });
  });
  if (!admin) return null;
  const started = Date.now();
  // A fresh unit of work per operation, as each request of a client has.
  const as = (principal: typeof admin) => app.system(principal, orm.em.fork());
  const summary = await buildDemo(
    admin,
    (principal) => (query, variables) => as(principal)(query, variables),
    log,
    now,
  );
  log.info({ seconds: (Date.now() - started) / 1000 }, 'demo loaded');
  return summary;
}
