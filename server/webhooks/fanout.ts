import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { emit, type EventJob, type EventName } from '../events/index.js';
import { storedResponseFacts } from '../responses/index.js';
import { OutboundWebhook } from './outbound-webhook.entity.js';
import { WebhookEvent } from './webhook-event.js';
import './events.js';

/** One thing that happened, as a webhook receiver is told: never a contact, never an invitation. */
export interface Occurrence {
  orgId: string;
  unitId: string;
  event: WebhookEvent;
  /** Identifies the occurrence: a webhook gets one delivery per key, however often the job runs. */
  key: string;
  data: Record<string, unknown>;
}

/** The domain events webhooks are told about, and what each becomes. */
export const FANNED_OUT = [
  'responsesStored',
  'caseOpened',
  'caseClosed',
  'actionOverdue',
  'actionMet',
  'reportIssued',
] as const;

/** What a domain event tells webhooks (responses: only completed, non-test, non-excluded; no personal data). */
export async function occurrencesOf(orm: MikroORM, job: EventJob): Promise<Occurrence[]> {
  const { name, event } = job as { name: EventName; event: never };
  switch (name) {
    case 'caseOpened':
    case 'caseClosed': {
      const e = event as { orgId: string; caseId: string; unitId: string; reference: string; origin?: string };
      const kind = name === 'caseOpened' ? WebhookEvent.CASE_OPENED : WebhookEvent.CASE_CLOSED;
      const data = { caseId: e.caseId, unitId: e.unitId, reference: e.reference, origin: e.origin };
      return [{ orgId: e.orgId, unitId: e.unitId, event: kind, key: `${kind}:${e.caseId}`, data }];
    }
    case 'actionOverdue':
    case 'actionMet': {
      const e = event as { orgId: string; actionId: string; unitId: string; deadline?: string };
      const kind = name === 'actionMet' ? WebhookEvent.ACTION_MET : WebhookEvent.ACTION_OVERDUE;
      const data = { actionId: e.actionId, unitId: e.unitId, deadline: e.deadline };
      return [{ orgId: e.orgId, unitId: e.unitId, event: kind, key: `${kind}:${e.actionId}`, data }];
    }
    case 'reportIssued': {
      const e = event as { orgId: string; reportId: string; unitId: string; number: string; periodStart: string };
      const kind = WebhookEvent.REPORT_ISSUED;
      const data = { reportId: e.reportId, unitId: e.unitId, number: e.number, periodStart: e.periodStart };
      return [{ orgId: e.orgId, unitId: e.unitId, event: kind, key: `${kind}:${e.reportId}`, data }];
    }
    case 'responsesStored':
      return responseOccurrences(orm, event as { responses: { orgId: string; id: string }[] });
    default:
      return [];
  }
}

async function responseOccurrences(orm: MikroORM, event: { responses: { orgId: string; id: string }[] }) {
  const out: Occurrence[] = [];
  for (const orgId of new Set(event.responses.map((r) => r.orgId))) {
    const em = orm.em.fork();
    em.setFilterParams('tenant', { orgId });
    // Most organisations have no webhook for responses: look before reading any response.
    if (!(await webhooksFor(em, WebhookEvent.RESPONSE_COMPLETED)).length) continue;
    const ids = event.responses.filter((r) => r.orgId === orgId).map((r) => r.id);
    for (const r of await storedResponseFacts(em, ids)) {
      if (r.isTest || r.excluded) continue;
      // Anonymous mode (issue 15): one respondent's score, or the second they answered, is never told
      // for an anonymous or confidential survey; results show such responses only in groups.
      const data = {
        responseId: r.id,
        unitId: r.unitId,
        questionnaireId: r.questionnaireId,
        completedAt:
          (r.confidential ? r.completedAt?.toISOString().slice(0, 10) : r.completedAt?.toISOString()) ?? null,
        score: r.confidential ? null : r.score,
        band: r.confidential ? null : r.band,
        confidential: r.confidential,
      };
      const key = `${WebhookEvent.RESPONSE_COMPLETED}:${r.id}`;
      out.push({ orgId, unitId: r.unitId, event: WebhookEvent.RESPONSE_COMPLETED, key, data });
    }
  }
  return out;
}

const webhooksFor = (em: EntityManager, event: WebhookEvent) =>
  em.find(OutboundWebhook, { disabledAt: null }).then((all) => all.filter((w) => w.events.includes(event)));

/**
 * Queues one delivery per webhook that wants the occurrence (its event, its unit subtree), in one
 * transaction with the `webhookDeliveryQueued` jobs; a retried fan-out finds its deliveries there.
 */
export async function fanOut(orm: MikroORM, occurrences: Occurrence[]): Promise<number> {
  let queued = 0;
  for (const o of occurrences) {
    const em = orm.em.fork();
    em.setFilterParams('tenant', { orgId: o.orgId });
    const hooks = await webhooksFor(em, o.event);
    if (!hooks.length) continue;
    const paths = await em.execute<{ id: string; path: string }[]>(
      `select id, path from org_unit where organization_id = ? and id = any(string_to_array(?, ',')::uuid[])`,
      [o.orgId, [o.unitId, ...hooks.map((h) => h.unitId)].join(',')],
    );
    const pathOf = new Map(paths.map((p) => [p.id, p.path]));
    const at = pathOf.get(o.unitId) ?? '';
    const wanted = hooks.filter((h) => at.startsWith(pathOf.get(h.unitId) ?? '\u0000'));
    await em.transactional(async (tx) => {
      for (const hook of wanted) {
        const id = await insertDelivery(tx, hook, o);
        if (!id) continue;
        await emit(tx, 'webhookDeliveryQueued', { orgId: o.orgId, deliveryId: id });
        queued++;
      }
    });
  }
  return queued;
}

async function insertDelivery(tx: EntityManager, hook: OutboundWebhook, o: Occurrence): Promise<string | null> {
  const occurredAt = new Date().toISOString();
  const body = JSON.stringify({ event: o.event, occurredAt, organizationId: o.orgId, data: o.data });
  const [row] = await tx.execute<{ id: string }[]>(
    `insert into webhook_delivery (id, organization_id, webhook_id, event, event_key, body, status, attempts, created_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, 'PENDING', '[]', now())
     on conflict (organization_id, webhook_id, event_key) do nothing returning id`,
    [o.orgId, hook.id, o.event, o.key, body],
  );
  return row?.id ?? null;
}
