import type PgBoss from 'pg-boss';
import type { Logger } from '../logger.js';
import { ensureQueue, startJobQueue } from './index.js';

/** A job that runs on a cron schedule: once per due time across every process, whichever claims it. */
export interface ScheduledJob {
  name: string;
  /** Five-field cron expression, UTC. */
  cron: string;
  run(): Promise<void>;
}

/** How often a process looks for due schedules (one of them at a time, by a row in pgboss.version). */
export const SCHEDULE_TUNING = { cronMonitorIntervalSeconds: 5, cronWorkerIntervalSeconds: 1 };

/** How a worker stops its queue: lets running jobs finish, up to 10 s. */
export const GRACEFUL_STOP = { graceful: true, wait: true, timeout: 10_000 } as const;

export interface Scheduler {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * Runs `jobs` on their schedules through pg-boss (schema "pgboss"). Every process may start a
 * scheduler: pg-boss sends each due time's job once (a singleton per schedule and minute) and one
 * process claims it (SKIP LOCKED), so N copies never run a scheduled job N times.
 */
export async function startScheduler(
  connectionString: string,
  log: Logger,
  jobs: ScheduledJob[],
  shared?: PgBoss,
): Promise<Scheduler> {
  const boss = shared ?? (await startJobQueue(connectionString, log, 'barometer-schedules', true, SCHEDULE_TUNING));
  for (const job of jobs) {
    await ensureQueue(boss, job.name);
    await boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
    await boss.work(job.name, { pollingIntervalSeconds: 1 }, async () => {
      const started = Date.now();
      await job.run();
      log.info({ job: job.name, ms: Date.now() - started }, 'scheduled job done');
    });
  }
  // A shared queue is stopped by its owner.
  return { boss, stop: async () => void (shared ? undefined : await boss.stop(GRACEFUL_STOP)) };
}
