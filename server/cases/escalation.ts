import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { OrgUnit, Role, usersWithRoleAt } from '../org/index.js';
import { Case } from './case.entity.js';
import { CaseStep } from './case.enums.js';
import { addEvent, queueMessage } from './case-access.js';
import { currentStep, levelsDue } from './workflow.js';

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
async function escalateCase(em: EntityManager, caseId: string): Promise<number> {
  return em.transactional(async (tx) => {
    const c = await tx.findOne(Case, { id: caseId });
    const step = c && currentStep(c.state);
    if (!c || !step) return 0;
    const dueAt = step === CaseStep.ACKNOWLEDGE ? c.acknowledgeDueAt : c.resolveDueAt;
    if (!dueAt || dueAt > new Date()) return 0;
    let fired = 0;
    for (const level of levelsDue((Date.now() - dueAt.getTime()) / 3_600_000)) {
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

/** The schedule's run: every organisation's overdue open cases, escalated; returns how many escalations fired. */
export async function escalateOverdue(orm: MikroORM): Promise<number> {
  const due: { id: string; organization_id: string }[] = await orm.em
    .fork()
    .getConnection()
    .execute(
      `select id, organization_id from complaint_case
      where (state = 'RECEIVED' and acknowledge_due_at <= now())
         or (state not in ('RECEIVED','RESOLVED','CLOSED','REJECTED') and resolve_due_at <= now())
      order by organization_id limit 1000`,
    );
  let fired = 0;
  for (const row of due) {
    const em = orm.em.fork();
    em.setFilterParams('tenant', { orgId: row.organization_id });
    fired += await escalateCase(em, row.id);
  }
  return fired;
}
