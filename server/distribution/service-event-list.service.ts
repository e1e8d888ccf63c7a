import type { RequestContext } from '../graphql/context.js';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../graphql/connection.js';
import { pgArray } from '../db/sql.js';
import { Permission, readableSubtrees, requirePrincipal } from '../org/index.js';
import type { InvitationStatus } from './invitation.entity.js';
import type { ServiceEventOutcome } from './service-event.entity.js';
import type { ServiceEventFilterInput, ServiceEventRow } from './service-event-list.types.js';

/** The state of a row, in SQL: delivered before the deadline, or not yet and still in time, or missed. */
const STATE = `case when e.outcome <> 'INVITED' then 'NOT_ELIGIBLE'
  when i.delivered_at is not null and i.delivered_at < e.deadline_at then 'FOLLOWED_UP'
  when e.deadline_at <= now() then 'MISSED' else 'PENDING' end`;

/** Why an eligible event is not followed up, from its invitation. */
const REASON = `case when e.outcome <> 'INVITED' or (i.delivered_at is not null and i.delivered_at < e.deadline_at) then null
  when i.id is null or i.contact_id is null then 'NO_CONTACT'
  when i.status = 'BOUNCED' then 'BOUNCED'
  when i.status in ('FAILED', 'EXPIRED') then 'UNREACHABLE'
  when i.status = 'QUEUED' then 'NOT_YET_SENT' else 'NOT_CONFIRMED' end`;

interface Row {
  id: string;
  external_id: string;
  type: string;
  unit_id: string;
  occurred_at: Date;
  outcome: ServiceEventOutcome;
  deadline_at: Date | null;
  invitation_id: string | null;
  channel: string | null;
  invitation_status: InvitationStatus | null;
  delivered_at: Date | null;
  state: ServiceEventRow['state'];
  reason: ServiceEventRow['reason'];
}

const toRow = (r: Row): ServiceEventRow => ({
  id: r.id,
  externalId: r.external_id,
  type: r.type,
  unitId: r.unit_id,
  occurredAt: new Date(r.occurred_at),
  outcome: r.outcome,
  deadlineAt: r.deadline_at && new Date(r.deadline_at),
  invitationId: r.invitation_id,
  channel: r.channel,
  invitationStatus: r.invitation_status,
  deliveredAt: r.delivered_at && new Date(r.delivered_at),
  state: r.state,
  reason: r.reason,
});

async function query(ctx: RequestContext, where: string[], params: unknown[], tail = '', tailParams: unknown[] = []) {
  return ctx.em.execute<Row[]>(
    `select * from (select e.id, e.external_id, e.type, e.unit_id, e.occurred_at, e.outcome, e.deadline_at,
            e.invitation_id, i.channel, i.status invitation_status, i.delivered_at, u.path,
            ${STATE} state, ${REASON} reason
       from service_event e join org_unit u on u.id = e.unit_id
       left join invitation i on i.id = e.invitation_id
      where e.organization_id = ?) x where ${where.join(' and ')} ${tail}`,
    [requirePrincipal(ctx).orgId, ...params, ...tailParams],
  );
}

/**
 * Service events of the caller's units with their follow-up state and, when not followed up,
 * the reason: the list the 100% rule is chased from (filters: type, unit, state, overdue).
 */
export async function listServiceEvents(
  ctx: RequestContext,
  filter: ServiceEventFilterInput | null | undefined,
  page: PageArgs,
): Promise<Page<ServiceEventRow>> {
  const prefixes = (await readableSubtrees(ctx, Permission.RESULTS_READ, filter?.unitId)).map((p) => `${p}%`);
  const where = ['x.path like any(?::text[])'];
  const params: unknown[] = [pgArray(prefixes)];
  if (filter?.type) {
    where.push('x.type = ?');
    params.push(filter.type);
  }
  if (filter?.state) {
    where.push('x.state = ?');
    params.push(filter.state);
  }
  if (filter?.overdue) where.push(`x.state = 'MISSED'`);
  const first = pageSize(page);
  const total = (await query(ctx, where, params)).length;
  const after = decodeCursor(page.after);
  const keyed = after ? [...where, '(x.occurred_at, x.id) > (?::timestamptz, ?::uuid)'] : where;
  const rows = await query(
    ctx,
    keyed,
    after ? [...params, after[0], after[1]] : params,
    'order by x.occurred_at, x.id limit ?',
    [first + 1],
  );
  return toPage(rows.map(toRow), first, total, (r) => [r.occurredAt.toISOString(), r.id], Boolean(after));
}

/** Some service events by id, with their state: for another module's call list. Unknown ids are left out. */
export async function serviceEventsByIds(ctx: RequestContext, ids: string[]): Promise<ServiceEventRow[]> {
  if (!ids.length) return [];
  const rows = await query(ctx, ['x.id = any(?::uuid[])'], [pgArray(ids)], 'order by x.occurred_at, x.id');
  return rows.map(toRow);
}
