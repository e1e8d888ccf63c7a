import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { OrgUnit, Role, usersWithRoleAt } from '../org/index.js';
import { Case } from './case.entity.js';
import { CaseStep } from './case.enums.js';
import { addEvent, queueMessage } from './case-access.js';
import { currentStep, levelsDue } from './workflow.js';
import { caseSettingsOf, escalationHours } from './case-settings.service.js';

const WHO = ['', 'the owner', 'the unit’s managers', 'the parent unit’s managers'];

/** Who hears of an escalation at `level`: 1 the owner, 2 the unit's managers, 3 the parent unit's managers. */
async function recipients(em: EntityManager, c: Case, level: number): Promise<string[]> {
  if (level === 1) return c.ownerId ? [c.ownerId] : [];
  const unit = await em.findOneOrFail(OrgUnit, { id: c.unitId });
  const target = level === 2 ? unit : unit.parent ? await em.findOne(OrgUnit, { id: unit.parent.id }) : null;
  if (!target) return [];
  return (await usersWithRoleAt(em, target.id, Role.UNIT_MANAGER)).map((u) => u.id);
}

/**
 * One case's escalations that are due: each (step, round, level) is claimed by inserting its row
 * (ON CONFLICT DO NOTHING) in the transaction that queues its messages, so a second run, or a
 * second server copy running at the same instant, finds it taken and sends nothing.
 */
async function escalateCase(em: EntityManager, caseId: string, hours: number[], now: Date): Promise<number> {
  return em.transactional(async (tx) => {
    const c = await tx.findOne(Case, { id: caseId });
    const step = c && currentStep(c.state);
    if (!c || !step) return 0;
    const dueAt = step === CaseStep.ACKNOWLEDGE ? c.acknowledgeDueAt : c.resolveDueAt;
    if (!dueAt || dueAt > now) return 0;
    let fired = 0;
    for (const level of levelsDue((now.getTime() - dueAt.getTime()) / 3_600_000, hours)) {
      const claimed = await tx.execute(
        `insert into case_escalation (id, organization_id, case_id, step, round, level, at)
         values (gen_random_uuid(), ?, ?, ?, ?, ?, now()) on conflict (organization_id, case_id, step, round, level) do nothing returning id`,
        [c.organization.id, c.id, step, c.reopenCount, level],
      );
      if (!claimed.length) continue;
      fired++;
      const to = await recipients(tx, c, level);
      for (const userId of to) queueMessage(tx, c, 'ESCALATED', userId, { level: String(level), step });
      const note = `${step} overdue: level ${level}, ${to.length ? `${WHO[level]} told` : `no one to tell (${WHO[level]})`}.`;
      addEvent(tx, c, null, 'ESCALATED', { note });
    }
    await tx.flush();
    return fired;
  });
}

/**
 * The schedule's run: every organisation's overdue open cases, escalated by the organisation's
 * rules as they stand at `now` (the schedule passes the present; tests a chosen instant); returns
 * how many escalations fired.
 */
export async function escalateOverdue(orm: MikroORM, now: Date = new Date()): Promise<number> {
  const due: { id: string; organization_id: string }[] = await orm.em
    .fork()
    .getConnection()
    .execute(
      `select id, organization_id from complaint_case
      where (state = 'RECEIVED' and acknowledge_due_at <= ?)
         or (state not in ('RECEIVED','RESOLVED','CLOSED','REJECTED') and resolve_due_at <= ?)
      order by organization_id limit 1000`,
      [now, now],
    );
  let fired = 0;
  const hoursOf = new Map<string, number[]>();
  for (const row of due) {
    const em = orm.em.fork();
    em.setFilterParams('tenant', { orgId: row.organization_id });
    let hours = hoursOf.get(row.organization_id);
    if (!hours) {
      hours = escalationHours(await caseSettingsOf(em, row.organization_id));
      hoursOf.set(row.organization_id, hours);
    }
    fired += await escalateCase(em, row.id, hours, now);
  }
  return fired;
}
