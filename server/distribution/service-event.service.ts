import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { canAccessPath, requireAccess, requireOrganisationWide, requirePrincipal } from '../org/index.js';
import { OrgUnit } from '../org/index.js';
import { Organization } from '../org/index.js';
import { Permission } from '../org/index.js';
import { Metric } from '../indicators/index.js';
import { recordMetric } from '../indicators/index.js';
import { Contact, type ContactKind } from './contact.entity.js';
import { contactKeys } from './contact-crypto.js';
import { normaliseContact } from './contacts.js';
import {
  calendarProblems,
  DEFAULT_CALENDAR,
  deadlineAfter,
  isDate,
  startOfLocalDay,
  type WorkCalendar,
} from './calendar.js';
import { Distribution, DistributionStatus } from './distribution.entity.js';
import { contactKindOf, createInvitation, isOptedOut } from './invitation.service.js';
import { ServiceEvent, ServiceEventOutcome } from './service-event.entity.js';
import { EventRule } from './event-rule.entity.js';
import { OrgCalendar } from './org-calendar.entity.js';

export interface ServiceEventInput {
  externalId: string;
  type: string;
  unitId: string;
  occurredAt: Date;
  contact?: string | null;
  language?: string | null;
  category?: string | null;
  serviceSituation?: string | null;
}

export interface EventRuleInput {
  eventType: string;
  distributionId: string;
  delayHours?: number | null;
  deadlineWorkingDays: number;
  samplingRate?: number | null;
  fatigueDays?: number | null;
  active?: boolean | null;
  serviceSituation?: string | null;
}

const TYPE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

// ---- calendar ----------------------------------------------------------------------------

export async function calendarOf(em: EntityManager): Promise<WorkCalendar> {
  const row = await em.findOne(OrgCalendar, {});
  return row ? { workingDays: row.workingDays, holidays: row.holidays } : DEFAULT_CALENDAR;
}

export async function getCalendar(ctx: RequestContext): Promise<OrgCalendar> {
  const principal = requirePrincipal(ctx);
  return (
    (await ctx.em.findOne(OrgCalendar, {})) ??
    ctx.em.create(OrgCalendar, { organization: principal.orgId, ...DEFAULT_CALENDAR }, { persist: false })
  );
}

/** Replaces the organisation's calendar; every bad date is named, and nothing is saved then. */
export async function setCalendar(
  ctx: RequestContext,
  input: { workingDays?: number[] | null; holidays: string[] },
): Promise<OrgCalendar> {
  const principal = requirePrincipal(ctx);
  await requireOrganisationWide(ctx, Permission.USER_MANAGE, 'Working days and holidays');
  const calendar = {
    workingDays: input.workingDays ?? DEFAULT_CALENDAR.workingDays,
    holidays: input.holidays.map((h) => h.trim()),
  };
  const problems = calendarProblems(calendar);
  if (problems.length)
    throw badInput(`The calendar was not saved: ${problems.join(' ')}`, { problems, field: 'holidays' });
  const row =
    (await ctx.em.findOne(OrgCalendar, {})) ??
    ctx.em.create(OrgCalendar, { organization: principal.orgId, workingDays: [], holidays: [] });
  row.workingDays = [...calendar.workingDays].sort();
  row.holidays = [...new Set(calendar.holidays)].sort();
  row.updatedAt = new Date();
  await ctx.em.flush();
  return row;
}

// ---- rules -------------------------------------------------------------------------------

/** The bound of the `eventRules` list, which is not paged (one rule per event type). */
export const MAX_EVENT_RULES = 200;

/** The rules whose distribution covers only units the caller reads questionnaires of (a branch sees its own). */
export async function listEventRules(ctx: RequestContext): Promise<EventRule[]> {
  const principal = requirePrincipal(ctx);
  const rules = await ctx.em.find(EventRule, {}, { orderBy: { eventType: 'asc' } });
  const distributions = await ctx.em.find(Distribution, {
    id: { $in: [...new Set(rules.map((r) => r.distributionId))] },
  });
  const unitIds = [...new Set(distributions.flatMap((d) => d.unitIds))];
  const paths = new Map((await ctx.em.find(OrgUnit, { id: { $in: unitIds } })).map((u) => [u.id, u.path]));
  const readable = new Set(
    distributions
      .filter((d) =>
        d.unitIds.every((id) => canAccessPath(principal, Permission.QUESTIONNAIRE_READ, paths.get(id) ?? '')),
      )
      .map((d) => d.id),
  );
  return rules.filter((r) => readable.has(r.distributionId));
}

/** Creates or replaces the rule of an event type. */
export async function saveEventRule(ctx: RequestContext, input: EventRuleInput): Promise<EventRule> {
  const principal = requirePrincipal(ctx);
  if (!TYPE.test(input.eventType))
    throw badInput(
      `Event type "${input.eventType}" is not valid: a letter, then letters, digits, ".", "-" or "_" (e.g. claim_paid).`,
      { field: 'eventType' },
    );
  if (!Number.isInteger(input.deadlineWorkingDays) || input.deadlineWorkingDays < 0 || input.deadlineWorkingDays > 365)
    throw badInput('deadlineWorkingDays must be 0 (the same day) to 365.', { field: 'deadlineWorkingDays' });
  const rate = input.samplingRate ?? 1;
  if (!(rate > 0 && rate <= 1))
    throw badInput('samplingRate must be above 0 and at most 1 (1: every event).', { field: 'samplingRate' });
  const delay = input.delayHours ?? 0;
  if (!(delay >= 0 && delay <= 24 * 90))
    throw badInput('delayHours must be between 0 and 2160 (90 days).', { field: 'delayHours' });
  const fatigue = input.fatigueDays ?? 0;
  if (!Number.isInteger(fatigue) || fatigue < 0 || fatigue > 3650)
    throw badInput('fatigueDays must be a whole number of days, 0 (no limit) to 3650.', { field: 'fatigueDays' });
  const d = await ctx.em.findOne(Distribution, { id: requireId('Distribution', input.distributionId) });
  if (!d) throw notFound('Distribution', input.distributionId);
  for (const unitId of d.unitIds) await requireAccess(ctx, Permission.QUESTIONNAIRE_AUTHOR, unitId);
  if (!contactKindOf(d.channel))
    throw badInput(`Events invite people personally: the distribution must be EMAIL, SMS or PHONE, not ${d.channel}.`, {
      field: 'distributionId',
    });
  const existing = await ctx.em.findOne(EventRule, { eventType: input.eventType });
  if (!existing && (await ctx.em.count(EventRule, {})) >= MAX_EVENT_RULES) {
    throw badInput(`An organisation can have at most ${MAX_EVENT_RULES} event rules; change an existing one.`, {
      field: 'eventType',
    });
  }
  const rule =
    existing ??
    ctx.em.create(EventRule, {
      organization: principal.orgId,
      eventType: input.eventType,
      distributionId: d.id,
      delayHours: 0,
      deadlineWorkingDays: 0,
      samplingRate: 1,
      fatigueDays: 0,
    });
  Object.assign(rule, {
    distributionId: d.id,
    delayHours: delay,
    deadlineWorkingDays: input.deadlineWorkingDays,
    samplingRate: rate,
    fatigueDays: fatigue,
    active: input.active ?? true,
    serviceSituation: input.serviceSituation?.trim() || null,
  });
  await ctx.em.flush();
  return rule;
}

// ---- events ------------------------------------------------------------------------------

/** Deterministic sampling: the same event id is always in or always out. */
export function sampledIn(orgId: string, externalId: string, rate: number): boolean {
  if (rate >= 1) return true;
  const h = parseInt(createHash('sha256').update(`${orgId}:${externalId}`).digest('hex').slice(0, 8), 16);
  return h / 0x1_0000_0000 < rate;
}

/** A new event whose type has a rule: the rule, its distribution, the contact and the unit the event reaches. */
interface EventPlan {
  input: ServiceEventInput;
  externalId: string;
  orgId: string;
  timeZone: string;
  rule: EventRule;
  d: Distribution;
  kind: ContactKind;
  contactValue: string;
  target: OrgUnit;
}

/** Sets the event's deadline and outcome: sampled out, opted out, fatigue, not reachable, or invited. */
async function decideOutcome(
  em: EntityManager,
  ctx: RequestContext,
  event: ServiceEvent,
  plan: EventPlan,
): Promise<void> {
  const { input, externalId, orgId, timeZone, rule, d, kind, contactValue, target } = plan;
  event.ruleId = rule.id;
  event.deadlineAt = deadlineAfter(input.occurredAt, rule.deadlineWorkingDays, await calendarOf(em), timeZone);
  const valueHash = contactKeys(ctx.config).hash(`${kind}:${contactValue}`);
  const contact = await em.findOne(Contact, { valueHash });
  if (!sampledIn(orgId, externalId, rule.samplingRate)) event.outcome = ServiceEventOutcome.SAMPLED_OUT;
  else if (await isOptedOut(em, valueHash)) event.outcome = ServiceEventOutcome.OPTED_OUT;
  else if (
    rule.fatigueDays > 0 &&
    contact?.lastInvitedAt &&
    contact.lastInvitedAt.getTime() > Date.now() - rule.fatigueDays * 86_400_000
  )
    event.outcome = ServiceEventOutcome.FATIGUE;
  else if (d.status !== DistributionStatus.ACTIVE) event.outcome = ServiceEventOutcome.NOT_REACHABLE;
  else {
    const invitation = await createInvitation(em, ctx.config, {
      distribution: d,
      unitId: target.id,
      kind,
      value: contactValue,
      language: input.language ?? null,
      category: input.category ?? null,
      // The event's own situation (its payload), else the one its type's rule gives; else the distribution's.
      situation: input.serviceSituation?.trim() || rule.serviceSituation,
      externalRef: externalId,
      dueAt: new Date(Math.max(Date.now(), input.occurredAt.getTime() + rule.delayHours * 3_600_000)),
      deadlineAt: event.deadlineAt,
      serviceEventId: event.id,
    });
    event.outcome = invitation ? ServiceEventOutcome.INVITED : ServiceEventOutcome.OPTED_OUT;
    event.invitationId = invitation?.id ?? null;
  }
}

/**
 * Records a service event and, by its type's rule, schedules an invitation: after the rule's
 * delay, due by the deadline in working days. The same external id twice is one event (the
 * first is returned); sampling, the fatigue rule and opt-outs are recorded as outcomes.
 */
export async function recordServiceEvent(ctx: RequestContext, input: ServiceEventInput): Promise<ServiceEvent> {
  const principal = requirePrincipal(ctx);
  const externalId = input.externalId.trim();
  if (!externalId || externalId.length > 200)
    throw badInput('externalId must be 1–200 characters: the sending system’s id for this event.', {
      field: 'externalId',
    });
  if (!TYPE.test(input.type))
    throw badInput(`Event type "${input.type}" is not valid: a letter, then letters, digits, ".", "-" or "_".`, {
      field: 'type',
    });
  if (
    Number.isNaN(input.occurredAt.getTime()) ||
    input.occurredAt.getTime() > Date.now() + 5 * 60_000 ||
    input.occurredAt.getUTCFullYear() < 1900
  ) {
    throw badInput('occurredAt must be a time that has passed, from 1900 on.', { field: 'occurredAt' });
  }
  const unit = await ctx.em.findOne(OrgUnit, { id: requireId('Org unit', input.unitId) });
  if (!unit) throw notFound('Org unit', input.unitId);
  if (
    !canAccessPath(principal, Permission.RESPONSE_ENTER, unit.path) &&
    !canAccessPath(principal, Permission.QUESTIONNAIRE_AUTHOR, unit.path)
  ) {
    await requireAccess(ctx, Permission.RESPONSE_ENTER, unit.id);
  }
  const existing = await ctx.em.findOne(ServiceEvent, { externalId });
  if (existing) return existing;

  const rule = await ctx.em.findOne(EventRule, { eventType: input.type, active: true });
  const d = rule ? await ctx.em.findOne(Distribution, { id: rule.distributionId }) : null;
  const kind = d ? contactKindOf(d.channel) : null;
  let contactValue: string | null = null;
  if (d && kind) {
    if (!input.contact)
      throw badInput(`Events of type "${input.type}" lead to ${d.channel} invitations: give the contact.`, {
        field: 'contact',
      });
    const normal = normaliseContact(kind, input.contact, ctx.config.PHONE_DEFAULT_COUNTRY);
    if ('problem' in normal) throw badInput(normal.problem, { field: 'contact' });
    contactValue = normal.value;
  }
  // The distribution's unit the event falls under (the event's own unit, or the nearest above it).
  let target: OrgUnit | null = null;
  if (d) {
    const units = await ctx.em.find(OrgUnit, { id: { $in: d.unitIds } });
    target = units.filter((u) => unit.path.startsWith(u.path)).sort((a, b) => b.path.length - a.path.length)[0] ?? null;
    if (!target)
      throw badInput(
        `The "${input.type}" rule's distribution "${d.name}" does not reach unit "${unit.name}"; add the unit to it.`,
        { field: 'unitId' },
      );
  }
  const org = await ctx.em.findOneOrFail(Organization, { id: principal.orgId });

  return ctx.em.transactional(async (em) => {
    // Claims the external id first, in this transaction: a simultaneous duplicate waits here, then
    // finds the winner. (On another connection, each request would hold two and starve the pool.)
    const claimed = await em.execute(
      `insert into service_event (id, organization_id, external_id, type, unit_id, occurred_at, outcome, received_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, 'NO_RULE', now()) on conflict (organization_id, external_id) do nothing returning id`,
      [principal.orgId, externalId, input.type, unit.id, input.occurredAt],
    );
    if (!claimed.length) return em.findOneOrFail(ServiceEvent, { externalId });
    const event = await em.findOneOrFail(ServiceEvent, { id: claimed[0].id });
    if (!rule || !d || !kind || !contactValue || !target) return event;
    const orgId = principal.orgId;
    await decideOutcome(em, ctx, event, {
      input,
      externalId,
      orgId,
      timeZone: org.timeZone,
      rule,
      d,
      kind,
      contactValue,
      target,
    });
    await em.flush();
    return event;
  });
}

// ---- follow-up rate ----------------------------------------------------------------------

export interface FollowUpInput {
  unitId: string;
  periodStart: string;
  periodEnd: string;
  eventType?: string | null;
}

/**
 * Eligible events (invited: not sampled out, not stopped by the fatigue rule or an opt-out) of
 * the unit's subtree that occurred in the period (organisation time zone), and how many of their
 * invitations were delivered — for PHONE, the call completed — before the deadline.
 */
export async function followUpRate(
  ctx: RequestContext,
  input: FollowUpInput,
): Promise<{ eligible: number; followedUp: number; rate: number | null }> {
  const unit = await requireAccess(ctx, Permission.RESULTS_READ, input.unitId);
  if (!isDate(input.periodStart))
    throw badInput(`periodStart "${input.periodStart}" is not a date (YYYY-MM-DD).`, { field: 'periodStart' });
  if (!isDate(input.periodEnd))
    throw badInput(`periodEnd "${input.periodEnd}" is not a date (YYYY-MM-DD).`, { field: 'periodEnd' });
  if (input.periodEnd <= input.periodStart)
    throw badInput('periodEnd (the day after the last day) must be after periodStart.', { field: 'periodEnd' });
  const org = await ctx.em.findOneOrFail(Organization, { id: requirePrincipal(ctx).orgId });
  const [row] = await ctx.em.getConnection().execute(
    `select count(*)::int eligible,
            count(*) filter (where i.delivered_at is not null and i.delivered_at < e.deadline_at)::int followed_up
       from service_event e join org_unit u on u.id = e.unit_id
       left join invitation i on i.id = e.invitation_id
      where e.organization_id = ? and e.outcome = 'INVITED' and u.path like ? and e.occurred_at >= ? and e.occurred_at < ?
        and (?::text is null or e.type = ?)`,
    [
      org.id,
      `${unit.path}%`,
      startOfLocalDay(input.periodStart, org.timeZone),
      startOfLocalDay(input.periodEnd, org.timeZone),
      input.eventType ?? null,
      input.eventType ?? null,
    ],
  );
  return {
    eligible: row.eligible,
    followedUp: row.followed_up,
    rate: row.eligible ? row.followed_up / row.eligible : null,
  };
}

/** Records the follow-up rate as a METRIC observation: followed up ÷ eligible (a rate metric) or the percentage. */
export async function recordFollowUpRate(ctx: RequestContext, input: FollowUpInput & { metricKey: string }) {
  const result = await followUpRate(ctx, input);
  const metric = await ctx.em.findOne(Metric, { key: input.metricKey });
  if (!metric) throw notFound('Metric', input.metricKey);
  const rate = metric.denominatorLabel !== null;
  if (!rate && result.rate === null)
    throw badInput('No eligible events in this period: there is no rate to record.', { field: 'periodStart' });
  return recordMetric(ctx, {
    metricKey: input.metricKey,
    unitId: input.unitId,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    value: rate ? result.followedUp : result.rate! * 100,
    denominator: rate ? result.eligible : null,
  });
}
