import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type pg from 'pg';
import type { Logger } from '../logger.js';

/**
 * The job queue: pg-boss in PostgreSQL (schema "pgboss"), so a job is claimed by exactly one
 * server copy (SKIP LOCKED), retried with backoff, and dead-lettered after its last try.
 */
export async function startJobQueue(
  connectionString: string,
  log: Logger,
  name = 'barometer-jobs',
  schedule = false,
  tuning: Partial<PgBoss.ConstructorOptions> = {},
): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString,
    schema: 'pgboss',
    max: 2,
    application_name: name,
    // Cron schedules: pg-boss sends each tick's job once across copies.
    schedule,
    supervise: true,
    ...tuning,
  } as PgBoss.ConstructorOptions);
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  return boss;
}

/**
 * pg-boss's database access bound to `em`'s open transaction, so a job sent with it commits or
 * rolls back with the change that caused it (durable domain events, server/events).
 */
export function transactionDb(em: EntityManager): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const trx = em.getTransactionContext<Knex.Transaction>();
      if (!trx) throw new Error('A job bound to a transaction was sent outside of one.');
      const connection = (await trx.client.acquireConnection()) as pg.Client;
      return connection.query(text, values);
    },
  };
}

/**
 * Creates a pg-boss queue, safe when several server copies start at once: pg-boss's queue creation
 * can deadlock with another copy's (40P01) or find the queue just made (23505); both mean "try again",
 * and a second look finds the queue there.
 */
export async function ensureQueue(boss: PgBoss, name: string, options?: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (await boss.getQueue(name)) return;
      await boss.createQueue(name, options);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if ((code !== '40P01' && code !== '23505') || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}
