import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
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
import { renderEmail, renderSms } from './templates.js';

export const QUEUES: Partial<Record<Channel, string>> = { [Channel.EMAIL]: 'delivery-email', [Channel.SMS]: 'delivery-sms' };
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
  const publicUrl = (options.publicUrl ?? config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
  const boss = new PgBoss({
    connectionString: orm.config.get('clientUrl'),
    schema: 'pgboss',
    max: 3,
    application_name: 'barometer-delivery',
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  });
  boss.on('error', (error) => log.error({ err: error }, 'delivery queue error'));
  await boss.start();
  await boss.createQueue(DEAD_LETTER);
  for (const name of Object.values(QUEUES)) {
    await boss.createQueue(name!, {
      name: name!,
      retryLimit: config.DELIVERY_RETRY_LIMIT,
      retryDelay: config.DELIVERY_RETRY_DELAY_SECONDS,
      retryBackoff: config.DELIVERY_RETRY_BACKOFF,
      expireInSeconds: options.expireInSeconds ?? 15 * 60,
      deadLetter: DEAD_LETTER,
    });
  }
  const limiters: Partial<Record<Channel, () => Promise<void>>> = {
    [Channel.EMAIL]: rateLimiter(orm, Channel.EMAIL, config.EMAIL_RATE_PER_SECOND),
    [Channel.SMS]: rateLimiter(orm, Channel.SMS, config.SMS_RATE_PER_SECOND),
  };

  async function deliver(job: PgBoss.JobWithMetadata<DeliveryJob>): Promise<void> {
    const { orgId, invitationId, message } = job.data;
    const em = orm.em.fork();
    em.setFilterParams('tenant', { orgId });
    const lastTry = job.retryCount >= job.retryLimit;
    const outcome = await em.transactional(async (tx) => {
      const inv = await tx.findOne(Invitation, { id: invitationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!inv || FINAL_STATUSES.includes(inv.status) || inv.messagesSent > message || !inv.contactId) return null;
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
      const contact = await tx.findOneOrFail(Contact, { id: inv.contactId });
      if (await isOptedOut(tx, contact.valueHash)) {
        recordStatus(tx, inv, InvitationStatus.OPTED_OUT, { detail: 'the contact opted out' });
        return null;
      }
      const keys = contactKeys(config);
      const to = keys.decrypt(contact.valueCipher!);
      const token = keys.decrypt(inv.tokenCipher);
      const unit = await tx.findOneOrFail(OrgUnit, { id: inv.unitId });
      const key = idempotencyKey(inv.id, message);
      const vars = {
        link: `${publicUrl}/r/${encodeURIComponent(token)}`,
        optOutLink: `${publicUrl}/api/opt-out/${encodeURIComponent(token)}`,
        unit: unit.name,
        expires: inv.expiresAt.toISOString().slice(0, 10),
      };
      const render = { language: inv.language, templates: d.messageTemplates, reminder: message > 0, vars };
      let detail: string;
      try {
        await limiters[inv.channel]?.();
        if (inv.channel === Channel.EMAIL) {
          detail = await sendEmail(config, { to, ...renderEmail(render), key, optOutUrl: vars.optOutLink });
        } else {
          const callbackUrl = `${publicUrl}/api/delivery/sms-status/${key}?sig=${keys.sign(key)}`;
          const sent = await sendSms(config, { to, text: renderSms(render), key, callbackUrl });
          detail = `gateway id ${sent.gatewayId ?? '—'}, ${sent.length.segments} part(s) ${sent.length.encoding}`;
        }
      } catch (error) {
        const e = error instanceof DeliveryError ? error : new DeliveryError(String((error as Error)?.message ?? error), false);
        const what = message ? `reminder ${message}` : 'invitation';
        if (e.bounced) recordStatus(tx, inv, InvitationStatus.BOUNCED, { detail: e.message, idempotencyKey: key });
        else if ((e.permanent || lastTry) && message > 0) {
          // A reminder that cannot be sent: the invitation itself went out and its link still works.
          recordStatus(tx, inv, InvitationStatus.FAILED, { detail: `${what}: ${e.message}; no more reminders`, idempotencyKey: key, historyOnly: true });
          inv.dueMessage = null;
          inv.dueAt = null;
        } else if (e.permanent || lastTry) recordStatus(tx, inv, InvitationStatus.FAILED, { detail: `${what}: ${e.message}`, idempotencyKey: key });
        else recordStatus(tx, inv, InvitationStatus.QUEUED, { detail: `${what}, try ${job.retryCount + 1}: ${e.message}; will try again`, idempotencyKey: key });
        return { retry: !e.permanent && !e.bounced, error: e };
      }
      await options.afterSend?.(key);
      const now = new Date();
      inv.messagesSent = message + 1;
      recordStatus(tx, inv, InvitationStatus.SENT, { detail: `${message ? `reminder ${message}` : 'invitation'}: ${detail}`, idempotencyKey: key, at: now });
      if (inv.channel === Channel.EMAIL && !inv.deliveredAt) {
        // SMTP acceptance is the delivery we can see; a later bounce report overrides it.
        // A millisecond after SENT, so the history reads in order.
        const delivered = new Date(now.getTime() + 1);
        inv.deliveredAt = delivered;
        recordStatus(tx, inv, InvitationStatus.DELIVERED, { detail: 'accepted by the mail server', idempotencyKey: key, at: delivered });
      }
      const delays = d.reminderDelaysHours;
      if (message < delays.length && !FINAL_STATUSES.includes(inv.status)) {
        inv.dueMessage = message + 1;
        inv.dueAt = new Date(now.getTime() + delays[message] * 3_600_000);
      } else {
        inv.dueMessage = null;
        inv.dueAt = null;
      }
      return null;
    });
    // Thrown after the transaction, so the attempt's history is committed; pg-boss retries or dead-letters.
    if (outcome?.retry) throw outcome.error;
  }

  const workerIds: string[] = [];
  for (const name of Object.values(QUEUES)) {
    workerIds.push(
      await boss.work<DeliveryJob>(name!, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: config.DELIVERY_POLL_SECONDS }, async ([job]) => deliver(job)),
    );
  }
  workerIds.push(
    await boss.work<DeliveryJob>(DEAD_LETTER, { batchSize: 10, pollingIntervalSeconds: Math.max(config.DELIVERY_POLL_SECONDS, 1) }, async (jobs) => {
      for (const job of jobs) log.warn({ invitationId: job.data.invitationId, message: job.data.message }, 'delivery dead-lettered after its last try');
    }),
  );

  async function dispatch(): Promise<number> {
    const em = orm.em.fork();
    const due: { id: string; organization_id: string; channel: Channel; due_message: number }[] = await em.getConnection().execute(
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
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), { name: queue, data: { orgId: row.organization_id, invitationId: row.id, message: row.due_message } }]);
    }
    for (const [queue, jobs] of byQueue) await boss.insert(jobs.map((j) => ({ ...j, name: queue })));
    for (const row of due) {
      await em.getConnection().execute(`update invitation set dispatched_message = ? where id = ? and (dispatched_message is null or dispatched_message < ?)`, [row.due_message, row.id, row.due_message]);
    }
    return due.length;
  }

  async function expireInvitations(em: EntityManager): Promise<void> {
    const rows: { id: string; organization_id: string }[] = await em.getConnection().execute(
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

  let running = true;
  let ticking: Promise<void> = Promise.resolve();
  let lastHousekeeping = 0;
  const tick = async () => {
    try {
      await dispatch();
      if (Date.now() - lastHousekeeping > 3_600_000) {
        lastHousekeeping = Date.now();
        await expireInvitations(orm.em.fork());
        // Replay protection only needs signatures still inside the timestamp tolerance.
        await orm.em.getConnection().execute(`delete from webhook_receipt where received_at < now() - (? || ' seconds')::interval`, [String(config.WEBHOOK_TOLERANCE_SECONDS * 2)]);
        const purged = await purgeExpiredContacts(orm.em.fork(), config.CONTACT_RETENTION_DAYS);
        if (purged) log.info({ purged }, 'purged contacts past their retention period');
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
    boss,
    dispatch,
    async stop({ graceful = true } = {}) {
      running = false;
      clearInterval(timer);
      await ticking;
      await boss.stop({ graceful, wait: graceful, timeout: graceful ? 10_000 : 1 });
    },
  };
}
