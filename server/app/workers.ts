import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startDelivery, type DeliveryWorker } from '../distribution/index.js';
import { startJobQueue } from '../jobs/index.js';
import {
  GRACEFUL_STOP,
  SCHEDULE_TUNING,
  startScheduler,
  type ScheduledJob,
  type Scheduler,
} from '../jobs/schedules.js';
import { purgeExpiredSessions } from '../org/index.js';
import { maintainResponsePartitions } from '../responses/index.js';
import { startCasesWorker } from '../cases/index.js';
import { startActionsWorker } from '../actions/index.js';
import { startWebhooksWorker } from '../webhooks/index.js';
import { hasJobSender, useJobSender } from '../events/index.js';
import { transactionDb } from '../jobs/index.js';
import { circulateReports, runScheduledExports } from '../reports/index.js';

export interface Workers {
  delivery: DeliveryWorker | null;
  scheduler: Scheduler;
  cases: Awaited<ReturnType<typeof startCasesWorker>> | null;
  actions: Awaited<ReturnType<typeof startActionsWorker>> | null;
  stop(): Promise<void>;
}

/** The scheduled jobs of every module, each run once per due time across all processes. */
export function scheduledJobs(config: Config, orm: MikroORM, log: Logger): ScheduledJob[] {
  return [
    {
      name: 'sessions-purge',
      cron: config.SCHEDULE_CRON,
      run: async () => void (await purgeExpiredSessions(orm.em.fork())),
    },
    // Response partitions: the next months created ahead, the default partition's months filed (docs/scale-out.md).
    {
      name: 'response-partitions',
      cron: config.SCHEDULE_CRON,
      run: async () => void (await maintainResponsePartitions(orm.em.fork())),
    },
    // Periodic reports of closed periods, drafted and e-mailed to their subscribers (docs/reports.md).
    {
      name: 'reports-circulation',
      cron: '20 1 * * *',
      run: async () => void (await circulateReports(orm, config, log)),
    },
    // Scheduled exports of closed periods, e-mailed or written to a folder (docs/exports.md).
    {
      name: 'scheduled-exports',
      cron: '40 1 * * *',
      run: async () => void (await runScheduledExports(orm, config, log)),
    },
  ];
}

/**
 * The background work besides the rollup worker (which createApp or server/worker.ts starts):
 * invitation delivery (unless DELIVERY_WORKER=false) and the scheduled jobs. Safe in any number of
 * processes at once: delivery and schedules are claimed through pg-boss.
 */
export async function startWorkers(config: Config, orm: MikroORM, log: Logger): Promise<Workers> {
  // One job queue (one pool, one supervisor) for every worker of this process.
  const url = orm.config.get('clientUrl')!;
  const boss = await startJobQueue(url, log, 'barometer-workers', true, {
    ...SCHEDULE_TUNING,
    max: 4,
    maintenanceIntervalSeconds: 60,
  });
  const delivery = config.DELIVERY_WORKER ? await startDelivery({ config, orm, log, boss }) : null;
  // Case alerts, escalations and messages (docs/cases.md) run beside delivery.
  const cases = config.DELIVERY_WORKER ? await startCasesWorker({ config, orm, log, boss }) : null;
  // Re-checks after the deadline and overdue escalations (docs/actions.md).
  const actions = config.DELIVERY_WORKER ? await startActionsWorker({ config, orm, log, boss }) : null;
  // Outbound webhooks (docs/webhooks.md): fan-out of events and signed deliveries.
  const webhooks = config.DELIVERY_WORKER ? await startWebhooksWorker({ config, orm, log, boss }) : null;
  // A worker-only process (server/worker.ts) emits durable events too (cases opened by alerts, overdue actions).
  const ownSender = !hasJobSender();
  if (ownSender)
    useJobSender(async (em, queue, data) => void (await boss.send(queue, data, { db: transactionDb(em) })));
  const scheduler = await startScheduler(url, log, scheduledJobs(config, orm, log), boss);
  return {
    delivery,
    scheduler,
    cases,
    actions,
    stop: async () => {
      await scheduler.stop();
      await cases?.stop();
      await actions?.stop();
      await webhooks?.stop();
      if (ownSender) useJobSender(null);
      await delivery?.stop();
      await boss.stop(GRACEFUL_STOP);
    },
  };
}
