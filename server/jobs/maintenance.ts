import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { ensureQueue } from './index.js';

/**
 * Periodic upkeep (purges of abandoned partial responses, IVR sessions, old rate windows), on a
 * pg-boss schedule: every server copy registers the same cron (one row), pg-boss sends one job
 * per tick across copies and one copy claims it, so each purge runs once however many copies run.
 * Modules offer their tasks; the composition root adds them (`addMaintenanceTask`), one line each.
 */
export interface MaintenanceTask {
  /** What is purged, for the log ("abandoned partial responses"). */
  name: string;
  /** Does the work across every organisation; answers how many rows it removed. */
  run(em: EntityManager, config: Config): Promise<number>;
}

export const MAINTENANCE_QUEUE = 'maintenance';

const tasks: MaintenanceTask[] = [];

/** Adds a task, once per name (the composition root may be connected more than once per process). */
export function addMaintenanceTask(task: MaintenanceTask): void {
  if (!tasks.some((t) => t.name === task.name)) tasks.push(task);
}

/** Runs every task; one task's failure is logged and does not stop the others. */
export async function runMaintenance(orm: MikroORM, config: Config, log: Logger): Promise<Record<string, number>> {
  const done: Record<string, number> = {};
  for (const task of tasks) {
    try {
      done[task.name] = await task.run(orm.em.fork(), config);
    } catch (error) {
      log.error({ err: error, task: task.name }, 'maintenance task failed');
    }
  }
  log.info({ purged: done }, 'maintenance done');
  return done;
}

/** Registers the schedule (MAINTENANCE_CRON) and this copy's worker for it. */
export async function startMaintenance(boss: PgBoss, orm: MikroORM, config: Config, log: Logger): Promise<void> {
  await ensureQueue(boss, MAINTENANCE_QUEUE, { name: MAINTENANCE_QUEUE, retryLimit: 2, expireInSeconds: 15 * 60 });
  await boss.schedule(MAINTENANCE_QUEUE, config.MAINTENANCE_CRON, {}, { tz: 'UTC' });
  await boss.work(MAINTENANCE_QUEUE, { batchSize: 1, pollingIntervalSeconds: 5 }, async () => {
    await runMaintenance(orm, config, log);
  });
}
