import type { MikroORM } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Config } from '../config.js';
import type { EventJob } from '../events/index.js';
import type { Logger } from '../logger.js';
import { openAlertCases } from './alerts.js';
import { escalateOverdue } from './escalation.js';
import { sendDueMessages } from './sender.js';
import { ensureQueue, startJobQueue } from '../jobs/index.js';
import { GRACEFUL_STOP } from '../jobs/schedules.js';

/** The durable queue of `responsesStored` jobs (alert rules); created by the app's job queue too. */
export const CASE_ALERT_QUEUE = 'cases-alerts';
/** The escalation schedule's queue: pg-boss sends one job a minute, whichever server copy holds the schedule. */
export const CASE_ESCALATION_QUEUE = 'cases-escalation';

/** Creates the module's queues (a job sent to a missing queue is dropped); the first creator's options stay. */
export async function createCaseQueues(boss: PgBoss): Promise<void> {
  await ensureQueue(boss, CASE_ALERT_QUEUE, {
    name: CASE_ALERT_QUEUE,
    retryLimit: 5,
    retryDelay: 5,
    retryBackoff: true,
  });
  await ensureQueue(boss, CASE_ESCALATION_QUEUE, { name: CASE_ESCALATION_QUEUE, policy: 'singleton' });
}

export interface CasesWorkerOptions {
  config: Config;
  orm: MikroORM;
  log: Logger;
  /** How often due messages are sent (default 2 s). */
  messagePollMs?: number;
  /** The escalation schedule (cron, default every minute); null: no schedule (tests run it by hand). */
  escalationCron?: string | null;
  /** The process's job queue (server/app/workers.ts), started with schedules on; else the worker starts its own. */
  boss?: PgBoss;
}

export interface CasesWorker {
  boss: PgBoss;
  /** One escalation run at `now` (default the present: what the schedule's job does); returns how many fired. */
  escalate(now?: Date): Promise<number>;
  /** Sends the messages due now; returns how many went out. */
  sendMessages(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The cases module's background work, in any number of server copies: the alert rules on stored
 * responses (pg-boss jobs, one per event), the escalation schedule (pg-boss cron; each escalation
 * claimed once in the database), and the messages to clients and staff (claimed with SKIP LOCKED).
 */
export async function startCasesWorker(options: CasesWorkerOptions): Promise<CasesWorker> {
  const { config, orm, log } = options;
  const cron = options.escalationCron === undefined ? '* * * * *' : options.escalationCron;
  const boss =
    options.boss ?? (await startJobQueue(orm.config.get('clientUrl'), log, 'barometer-cases', Boolean(cron)));
  await createCaseQueues(boss);
  await boss.work<EventJob<'responsesStored'>>(
    CASE_ALERT_QUEUE,
    { batchSize: 5, pollingIntervalSeconds: 1 },
    async (jobs) => {
      for (const job of jobs) await openAlertCases(orm, config, job.data.event);
    },
  );
  const escalate = (now?: Date) => escalateOverdue(orm, now);
  await boss.work(CASE_ESCALATION_QUEUE, { pollingIntervalSeconds: 5 }, async () => void (await escalate()));
  if (cron) await boss.schedule(CASE_ESCALATION_QUEUE, cron);
  const sendMessages = () => sendDueMessages(orm, config, log);
  let running = true;
  let ticking: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    ticking = ticking.then(() =>
      running ? sendMessages().catch((error) => log.error({ err: error }, 'case messages failed')) : 0,
    );
  }, options.messagePollMs ?? 2000);
  return {
    boss,
    escalate,
    sendMessages,
    async stop() {
      running = false;
      clearInterval(timer);
      await ticking;
      if (!options.boss) await boss.stop(GRACEFUL_STOP);
    },
  };
}
