import type { MikroORM } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Config } from '../config.js';
import { ensureQueue, startJobQueue, transactionDb } from '../jobs/index.js';
import { GRACEFUL_STOP } from '../jobs/schedules.js';
import type { Logger } from '../logger.js';
import { RecheckTrigger } from './action-recheck.entity.js';
import { RectificationAction } from './action.entity.js';
import { escalate, mailEscalation } from './escalation.service.js';
import { runRecheck } from './recheck.service.js';
import { systemContext } from './system-context.js';
import { emit } from '../events/index.js';
import './events.js';

export const RECHECK_QUEUE = 'actions-recheck';

interface RecheckJob {
  orgId: string;
  actionId: string;
}

export interface ActionsWorkerOptions {
  config: Config;
  orm: MikroORM;
  log: Logger;
  /** How often due re-checks and overdue actions are looked for (seconds; 0: only when `dispatch` is called). */
  pollSeconds?: number;
  /** The process's job queue (server/app/workers.ts); else the worker starts its own. */
  boss?: PgBoss;
}

export interface ActionsWorker {
  /** Queues the re-checks that are due and escalates overdue actions; returns how many re-checks were queued. */
  dispatch(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Marks each due action as queued and sends its re-check job in one transaction: the mark is set
 * once (`recheck_queued_at is null`), so with two server copies only one of them queues it.
 */
async function queueDue(orm: MikroORM, boss: PgBoss): Promise<number> {
  return orm.em.fork().transactional(async (tx) => {
    const due = await tx.execute<{ id: string; organization_id: string }[]>(
      `update rectification_action set recheck_queued_at = now()
        where due_at <= now() and recheck_queued_at is null and status in ('OPEN', 'IN_PROGRESS', 'SUBMITTED')
        returning id, organization_id`,
    );
    for (const row of due) {
      const job: RecheckJob = { orgId: row.organization_id, actionId: row.id };
      await boss.send(RECHECK_QUEUE, job, { db: transactionDb(tx), retryLimit: 3, retryDelay: 30 });
    }
    return due.length;
  });
}

/** Escalates, once each, the actions past their deadline that were neither submitted nor judged. */
async function escalateOverdue(options: ActionsWorkerOptions): Promise<void> {
  const { orm, config, log } = options;
  const rows = await orm.em.fork().execute<{ id: string; organization_id: string }[]>(
    `select a.id, a.organization_id from rectification_action a
      where a.overdue_at <= now() and a.status in ('OPEN', 'IN_PROGRESS')
        and not exists (select 1 from action_escalation e where e.action_id = a.id and e.step = 'OVERDUE')
      order by a.overdue_at limit 100`,
  );
  for (const row of rows) {
    const ctx = await systemContext(orm, config, log, row.organization_id);
    const pending = await ctx.em.transactional(async (tx) => {
      const action = await tx.findOneOrFail(RectificationAction, { id: row.id });
      const overdue = { orgId: row.organization_id, actionId: action.id, unitId: action.unitId };
      await emit(tx, 'actionOverdue', { ...overdue, deadline: action.deadline });
      return escalate(tx, action, 'OVERDUE', `The action is overdue: its deadline was ${action.deadline}.`);
    });
    if (pending) await mailEscalation(ctx, pending);
  }
}

/** The re-check schedule and the overdue escalations, in every server copy; pg-boss hands each job to one. */
export async function startActionsWorker(options: ActionsWorkerOptions): Promise<ActionsWorker> {
  const { orm, config, log } = options;
  const boss = options.boss ?? (await startJobQueue(orm.config.get('clientUrl'), log, 'barometer-actions'));
  await ensureQueue(boss, RECHECK_QUEUE);
  await boss.work<RecheckJob>(RECHECK_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
    const ctx = await systemContext(orm, config, log, job.data.orgId);
    await runRecheck(ctx, job.data.actionId, RecheckTrigger.SCHEDULED);
  });
  const dispatch = async () => {
    const queued = await queueDue(orm, boss);
    await escalateOverdue(options);
    return queued;
  };
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const seconds = options.pollSeconds ?? 60;
  if (seconds > 0)
    timer = setInterval(() => {
      running = running.then(dispatch).catch((error: unknown) => log.error({ err: error }, 'actions dispatch failed'));
    }, seconds * 1000);
  return {
    dispatch,
    async stop() {
      if (timer) clearInterval(timer);
      await running;
      if (!options.boss) await boss.stop(GRACEFUL_STOP);
    },
  };
}
