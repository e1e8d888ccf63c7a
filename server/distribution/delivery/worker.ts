import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { OrgUnit } from '../../org/index.js';
import { Channel } from '../../responses/index.js';
import { Contact } from '../contact.entity.js';
import { contactKeys } from '../contact-crypto.js';
import { Distribution, DistributionStatus } from '../distribution.entity.js';
import { FINAL_STATUSES, Invitation, InvitationStatus } from '../invitation.entity.js';
import { recordStatus } from '../invitation-status.js';
import { isOptedOut, purgeExpiredContacts } from '../invitation.service.js';
import { DeliveryError, sendEmail } from './email.js';
import { sendSms } from './sms.js';
import { renderEmail, renderSms, type RenderInput } from './templates.js';
import { ensureQueue, startJobQueue } from '../../jobs/index.js';

export const QUEUES: Partial<Record<Channel, string>> = {
  [Channel.EMAIL]: 'delivery-email',
  [Channel.SMS]: 'delivery-sms',
};
export const DEAD_LETTER = 'delivery-dead';

interface DeliveryJob {
  orgId: string;
  invitationId: string;
  /** 0: the invitation; k: reminder k. */
  message: number;
}

export interface DeliveryOptions {
  config: Config;
  orm: MikroORM;
  log: Logger;
  /** Where links point; PUBLIC_URL, else http://localhost:PORT. */
  publicUrl?: string;
  /** Test seams and tuning: how long a claimed job may run before another worker takes it over. */
  expireInSeconds?: number;
  maintenanceIntervalSeconds?: number;
  /** Called after the provider accepted a message and before it is recorded (tests simulate a crash here). */
  afterSend?: (key: string) => Promise<void>;
  /** The process's job queue (server/app/workers.ts); else delivery starts its own. */
  boss?: PgBoss;
}

export interface DeliveryWorker {
  boss: PgBoss;
  /** Queues the messages that are due now; returns how many. Runs by itself every DELIVERY_POLL_SECONDS. */
  dispatch(): Promise<number>;
  stop(options?: { graceful?: boolean }): Promise<void>;
}

/**
 * A channel's rate limit across every server copy: reserves the channel's next send slot in the
 * database (one atomic UPDATE) and waits until it comes.
 */
function rateLimiter(orm: MikroORM, channel: Channel, perSecond: number) {
  const spacingMs = 1000 / perSecond;
  return async () => {
    const connection = orm.em.getConnection();
    const [slot] = await connection.execute(
      `insert into delivery_slot (channel, next_at) values (?, clock_timestamp() + (? || ' milliseconds')::interval)
       on conflict (channel) do update set next_at = greatest(delivery_slot.next_at, clock_timestamp()) + (? || ' milliseconds')::interval
       returning extract(epoch from (next_at - clock_timestamp())) * 1000 - ? as wait_ms`,
      [channel, String(spacingMs), String(spacingMs), spacingMs],
    );
    const wait = Number(slot.wait_ms);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  };
}

export const idempotencyKey = (invitationId: string, message: number) => `${invitationId}.${message}`;

/** What the job handler needs besides the job: settings, the database and each channel's rate limit. */
interface Delivery {
  config: Config;
  orm: MikroORM;
  log: Logger;
  /** Where links point, without a trailing slash. */
  publicUrl: string;
  limiters: Partial<Record<Channel, () => Promise<void>>>;
  afterSend?: (key: string) => Promise<void>;
  /** The process's job queue (server/app/workers.ts); else delivery starts its own. */
  boss?: PgBoss;
}

/** One message ready to go: its distribution, the decrypted address, the idempotency key and the text's inputs. */
interface Outgoing {
  d: Distribution;
  to: string;
  key: string;
  render: RenderInput;
  optOutLink: string;
}

/**
 * Delivery of invitations and reminders as pg-boss jobs in PostgreSQL (schema "pgboss"). The
 * invitation row is the source of truth: a dispatcher queues a job for every message that is due
 * (ACTIVE distributions only), and the job handler locks the invitation, skips a message already
 * recorded as sent, hands the provider the message's idempotency key (invitation id + message
 * number: the same on every retry, after a crash too), and records the outcome in the same
 * transaction. Failures are retried with backoff; after the last try the invitation is FAILED and
 * the job goes to the dead-letter queue. Any server copy can run this.
 */
export async function startDelivery(options: DeliveryOptions): Promise<DeliveryWorker> {
  const { config, orm, log } = options;
  const delivery: Delivery = {
    config,
    orm,
    log,
    publicUrl: (options.publicUrl ?? config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, ''),
    limiters: {
      [Channel.EMAIL]: rateLimiter(orm, Channel.EMAIL, config.EMAIL_RATE_PER_SECOND),
      [Channel.SMS]: rateLimiter(orm, Channel.SMS, config.SMS_RATE_PER_SECOND),
    },
    afterSend: options.afterSend,
  };
  const boss = await startQueues(options);
  await startWorkers(boss, delivery);
  const dispatch = () => dispatchDue(orm, boss);
  const polling = startPolling(delivery, dispatch);
  return {
    boss,
    dispatch,
    async stop({ graceful = true } = {}) {
      await polling.stop();
      // A shared queue is stopped by its owner.
      if (!options.boss) await boss.stop({ graceful, wait: graceful, timeout: graceful ? 10_000 : 1 });
    },
  };
}

/** Starts pg-boss and creates each channel's queue (with its retry policy) and the dead-letter queue. */
async function startQueues(options: DeliveryOptions): Promise<PgBoss> {
  const { config, orm, log } = options;
  const boss =
    options.boss ??
    (await startJobQueue(orm.config.get('clientUrl'), log, 'barometer-delivery', false, {
      max: 3,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
    }));
  await ensureQueue(boss, DEAD_LETTER);
  for (const name of Object.values(QUEUES)) {
    await ensureQueue(boss, name!, {
      name: name!,
      retryLimit: config.DELIVERY_RETRY_LIMIT,
      retryDelay: config.DELIVERY_RETRY_DELAY_SECONDS,
      retryBackoff: config.DELIVERY_RETRY_BACKOFF,
      expireInSeconds: options.expireInSeconds ?? 15 * 60,
      deadLetter: DEAD_LETTER,
    });
  }
  return boss;
}

/** One handler per channel queue, one message at a time; the dead-letter queue is only logged. */
async function startWorkers(boss: PgBoss, delivery: Delivery): Promise<void> {
  const { config, log } = delivery;
  for (const name of Object.values(QUEUES)) {
    await boss.work<DeliveryJob>(
      name!,
      { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: config.DELIVERY_POLL_SECONDS },
      async ([job]) => deliver(delivery, job),
    );
  }
  const deadLetterPolling = Math.max(config.DELIVERY_POLL_SECONDS, 1);
  await boss.work<DeliveryJob>(
    DEAD_LETTER,
    { batchSize: 10, pollingIntervalSeconds: deadLetterPolling },
    async (jobs) => {
      for (const job of jobs) {
        log.warn(
          { invitationId: job.data.invitationId, message: job.data.message },
          'delivery dead-lettered after its last try',
        );
      }
    },
  );
}

/** The job handler: one message of one invitation, sent and recorded in one transaction. */
async function deliver(delivery: Delivery, job: PgBoss.JobWithMetadata<DeliveryJob>): Promise<void> {
  const { orgId, invitationId, message } = job.data;
  const em = delivery.orm.em.fork();
  em.setFilterParams('tenant', { orgId });
  const lastTry = job.retryCount >= job.retryLimit;
  const outcome = await em.transactional(async (tx) => {
    const inv = await tx.findOne(Invitation, { id: invitationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!inv || FINAL_STATUSES.includes(inv.status) || inv.messagesSent > message || !inv.contactId) return null;
    const out = await prepareMessage(delivery, tx, inv, message);
    if (!out) return null;
    let detail: string;
    try {
      detail = await sendMessage(delivery, inv, out);
    } catch (error) {
      return recordFailure(tx, inv, error, { message, key: out.key, lastTry, retryCount: job.retryCount });
    }
    await delivery.afterSend?.(out.key);
    recordSent(tx, inv, out, message, detail);
    return null;
  });
  // Thrown after the transaction, so the attempt's history is committed; pg-boss retries or dead-letters.
  if (outcome?.retry) throw outcome.error;
}

/**
 * The message a locked invitation is due, or null when none goes out now: the distribution is not
 * active (queued again later), or the invitation expired or its contact opted out (recorded).
 */
async function prepareMessage(
  delivery: Delivery,
  tx: EntityManager,
  inv: Invitation,
  message: number,
): Promise<Outgoing | null> {
  const { config, publicUrl } = delivery;
  const d = await tx.findOneOrFail(Distribution, { id: inv.distributionId });
  if (d.status !== DistributionStatus.ACTIVE) {
    // Paused or closed: nothing goes out; the dispatcher queues it again once the distribution is active.
    inv.dispatchedMessage = message > 0 ? message - 1 : null;
    return null;
  }
  if (inv.expiresAt <= new Date()) {
    recordStatus(tx, inv, InvitationStatus.EXPIRED, { detail: 'expired before it could be sent' });
    return null;
  }
  const contact = await tx.findOneOrFail(Contact, { id: inv.contactId! });
  if (await isOptedOut(tx, contact.valueHash)) {
    recordStatus(tx, inv, InvitationStatus.OPTED_OUT, { detail: 'the contact opted out' });
    return null;
  }
  const keys = contactKeys(config);
  const to = keys.decrypt(contact.valueCipher!);
  const token = keys.decrypt(inv.tokenCipher);
  const unit = await tx.findOneOrFail(OrgUnit, { id: inv.unitId });
  const vars = {
    link: `${publicUrl}/r/${encodeURIComponent(token)}`,
    optOutLink: `${publicUrl}/api/opt-out/${encodeURIComponent(token)}`,
    unit: unit.name,
    expires: inv.expiresAt.toISOString().slice(0, 10),
  };
  const render = { language: inv.language, templates: d.messageTemplates, reminder: message > 0, vars };
  return { d, to, key: idempotencyKey(inv.id, message), render, optOutLink: vars.optOutLink };
}

/** Waits for the channel's next slot and hands the message to the provider; returns what the provider said. */
async function sendMessage(delivery: Delivery, inv: Invitation, out: Outgoing): Promise<string> {
  const { config, publicUrl } = delivery;
  const { to, key, render } = out;
  await delivery.limiters[inv.channel]?.();
  if (inv.channel === Channel.EMAIL) {
    return sendEmail(config, { to, ...renderEmail(render), key, optOutUrl: out.optOutLink });
  }
  const callbackUrl = `${publicUrl}/api/delivery/sms-status/${key}?sig=${contactKeys(config).sign(key)}`;
  const sent = await sendSms(config, { to, text: renderSms(render), key, callbackUrl });
  return `gateway id ${sent.gatewayId ?? '—'}, ${sent.length.segments} part(s) ${sent.length.encoding}`;
}

/** Records a failed send; says whether pg-boss should try again. */
function recordFailure(
  tx: EntityManager,
  inv: Invitation,
  error: unknown,
  attempt: { message: number; key: string; lastTry: boolean; retryCount: number },
): { retry: boolean; error: DeliveryError } {
  const { message, key: idempotencyKey, lastTry } = attempt;
  const e =
    error instanceof DeliveryError ? error : new DeliveryError(String((error as Error)?.message ?? error), false);
  const what = message ? `reminder ${message}` : 'invitation';
  if (e.bounced) recordStatus(tx, inv, InvitationStatus.BOUNCED, { detail: e.message, idempotencyKey });
  else if ((e.permanent || lastTry) && message > 0) {
    // A reminder that cannot be sent: the invitation itself went out and its link still works.
    const detail = `${what}: ${e.message}; no more reminders`;
    recordStatus(tx, inv, InvitationStatus.FAILED, { detail, idempotencyKey, historyOnly: true });
    inv.dueMessage = null;
    inv.dueAt = null;
  } else if (e.permanent || lastTry) {
    recordStatus(tx, inv, InvitationStatus.FAILED, { detail: `${what}: ${e.message}`, idempotencyKey });
  } else {
    const detail = `${what}, try ${attempt.retryCount + 1}: ${e.message}; will try again`;
    recordStatus(tx, inv, InvitationStatus.QUEUED, { detail, idempotencyKey });
  }
  return { retry: !e.permanent && !e.bounced, error: e };
}

/** Records a message the provider accepted (and, for e-mail, delivered) and when the next reminder is due. */
function recordSent(tx: EntityManager, inv: Invitation, out: Outgoing, message: number, detail: string): void {
  const idempotencyKey = out.key;
  const now = new Date();
  inv.messagesSent = message + 1;
  const what = message ? `reminder ${message}` : 'invitation';
  recordStatus(tx, inv, InvitationStatus.SENT, { detail: `${what}: ${detail}`, idempotencyKey, at: now });
  if (inv.channel === Channel.EMAIL && !inv.deliveredAt) {
    // SMTP acceptance is the delivery we can see; a later bounce report overrides it.
    // A millisecond after SENT, so the history reads in order.
    const delivered = new Date(now.getTime() + 1);
    inv.deliveredAt = delivered;
    recordStatus(tx, inv, InvitationStatus.DELIVERED, {
      detail: 'accepted by the mail server',
      idempotencyKey,
      at: delivered,
    });
  }
  const delays = out.d.reminderDelaysHours;
  if (message < delays.length && !FINAL_STATUSES.includes(inv.status)) {
    inv.dueMessage = message + 1;
    inv.dueAt = new Date(now.getTime() + delays[message] * 3_600_000);
  } else {
    inv.dueMessage = null;
    inv.dueAt = null;
  }
}

/** The dispatcher: queues a job for every message that is due (at most 500 a run); returns how many. */
async function dispatchDue(orm: MikroORM, boss: PgBoss): Promise<number> {
  const em = orm.em.fork();
  const due: { id: string; organization_id: string; channel: Channel; due_message: number }[] = await em
    .getConnection()
    .execute(
      `select i.id, i.organization_id, i.channel, i.due_message from invitation i join distribution d on d.id = i.distribution_id
      where i.due_at <= now() and i.due_message is not null and (i.dispatched_message is null or i.dispatched_message < i.due_message)
        and d.status = 'ACTIVE' and i.status not in ('COMPLETED','BOUNCED','FAILED','EXPIRED','OPTED_OUT')
      order by i.due_at limit 500`,
    );
  if (!due.length) return 0;
  // Queue first, then mark: a crash in between queues a message twice, and the handler skips the second.
  const byQueue = new Map<string, PgBoss.JobInsert<DeliveryJob>[]>();
  for (const row of due) {
    const queue = QUEUES[row.channel];
    if (!queue) continue;
    const data = { orgId: row.organization_id, invitationId: row.id, message: row.due_message };
    byQueue.set(queue, [...(byQueue.get(queue) ?? []), { name: queue, data }]);
  }
  for (const [queue, jobs] of byQueue) await boss.insert(jobs.map((j) => ({ ...j, name: queue })));
  for (const row of due) {
    await em
      .getConnection()
      .execute(
        `update invitation set dispatched_message = ? where id = ? and (dispatched_message is null or dispatched_message < ?)`,
        [row.due_message, row.id, row.due_message],
      );
  }
  return due.length;
}

/**
 * The polling loop: dispatches every DELIVERY_POLL_SECONDS, one run after the other, and once an
 * hour does the maintenance. stop() waits for the run in progress.
 */
function startPolling(delivery: Delivery, dispatch: () => Promise<number>): { stop(): Promise<void> } {
  const { config, log } = delivery;
  let running = true;
  let ticking: Promise<void> = Promise.resolve();
  let lastHousekeeping = 0;
  const tick = async () => {
    try {
      await dispatch();
      if (Date.now() - lastHousekeeping > 3_600_000) {
        lastHousekeeping = Date.now();
        await housekeeping(delivery);
      }
    } catch (error) {
      if (running) log.error({ err: error }, 'delivery dispatch failed; trying again');
    }
  };
  const timer = setInterval(() => {
    ticking = ticking.then(tick);
  }, config.DELIVERY_POLL_SECONDS * 1000);
  ticking = ticking.then(tick);
  return {
    async stop() {
      running = false;
      clearInterval(timer);
      await ticking;
    },
  };
}

/** Hourly maintenance: expire unanswered invitations, forget old webhook receipts, purge contacts past retention. */
async function housekeeping(delivery: Delivery): Promise<void> {
  const { config, orm, log } = delivery;
  await expireInvitations(orm);
  // Replay protection only needs signatures still inside the timestamp tolerance.
  await orm.em
    .getConnection()
    .execute(`delete from webhook_receipt where received_at < now() - (? || ' seconds')::interval`, [
      String(config.WEBHOOK_TOLERANCE_SECONDS * 2),
    ]);
  const purged = await purgeExpiredContacts(orm.em.fork(), config.CONTACT_RETENTION_DAYS);
  if (purged) log.info({ purged }, 'purged contacts past their retention period');
}

async function expireInvitations(orm: MikroORM): Promise<void> {
  const rows: { id: string; organization_id: string }[] = await orm.em
    .fork()
    .getConnection()
    .execute(
      `select id, organization_id from invitation where expires_at <= now() and status not in ('COMPLETED','BOUNCED','FAILED','EXPIRED','OPTED_OUT') limit 1000`,
    );
  for (const row of rows) {
    const fork = orm.em.fork();
    fork.setFilterParams('tenant', { orgId: row.organization_id });
    const inv = await fork.findOne(Invitation, { id: row.id });
    if (inv) recordStatus(fork, inv, InvitationStatus.EXPIRED, { detail: 'not answered before it expired' });
    await fork.flush();
  }
}
