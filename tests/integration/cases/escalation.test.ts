import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasesWorker } from '../../../server/cases/index.js';
import { CASE, CREATE_CASE, move, newPerson, startCases, type Person } from '../../support/cases.js';
import { eventually } from '../../support/distribution.js';
import { newTenant, newUnit, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { startSmtp, type SmtpListener } from '../../support/smtp.js';

/*
 * An overdue case escalates once to its owner, once to its unit's manager and once to the parent
 * unit's manager; not again on a second run of the schedule, nor twice when two server copies
 * (two cases workers on one database) run it at the same instant.
 */

let app: TestApp;
let smtp: SmtpListener;
let first: CasesWorker;
let second: CasesWorker;
let t: Tenant;
let branch: { id: string };
let owner: Person;
let manager: Person;
let regionManager: Person;

const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
const mailTo = (address: string) => smtp.received.filter((m) => JSON.stringify(m.to).includes(address));

/** A case assigned to the owner whose resolve deadline passed `hoursLate` hours ago. */
async function overdueCase(hoursLate: number): Promise<{ id: string; reference: string }> {
  const c = (
    await manager.client.ok(CREATE_CASE, {
      input: { unitId: branch.id, channel: 'COUNTER', description: 'Waited two hours at the counter.' },
    })
  ).createCase;
  await move(manager.client, c.id, 'ACKNOWLEDGED');
  await move(manager.client, c.id, 'ACCEPTED');
  await move(manager.client, c.id, 'ASSIGNED', { ownerId: owner.id });
  await sql(`update complaint_case set resolve_due_at = now() - (? || ' hours')::interval where id = ?`, [
    String(hoursLate),
    c.id,
  ]);
  return c;
}

/** Waits until every message queued for the case went out, then returns the escalation e-mails per person. */
async function escalationMails(caseId: string, reference: string) {
  await eventually(
    async () => {
      const [row] = await sql(
        `select count(*) filter (where sent_at is null)::int pending from case_message where case_id = ?`,
        [caseId],
      );
      return row.pending === 0;
    },
    20_000,
    'case messages sent',
  );
  const about = (address: string) => mailTo(address).filter((m) => m.subject?.startsWith(`Overdue: case ${reference}`));
  return { owner: about(owner.email), manager: about(manager.email), region: about(regionManager.email) };
}

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startTestApp({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), DELIVERY_WORKER: 'false' });
  first = await startCases(app);
  second = await startCases(app);
  t = await newTenant(app, 'Escalations');
  const region = await newUnit(t.admin, t.headOfficeId, 'EAST', 'REGION');
  branch = await newUnit(t.admin, region.id, 'KHARKIV');
  owner = await newPerson(app, t, 'ANALYST', branch.id, 'Owner');
  manager = await newPerson(app, t, 'UNIT_MANAGER', branch.id, 'Manager');
  regionManager = await newPerson(app, t, 'UNIT_MANAGER', region.id, 'RegionManager');
});

afterAll(async () => {
  await first?.stop();
  await second?.stop();
  await app?.close();
  await smtp?.close();
});

describe('escalation of overdue cases', () => {
  it('reminds the owner, then tells the unit manager, then the parent unit’s manager, each once', async () => {
    // 30 hours late: levels at 0 h (owner) and 24 h (manager) are due, 48 h (parent unit) not yet.
    const c = await overdueCase(30);
    expect(await first.escalate()).toBe(2);
    let mails = await escalationMails(c.id, c.reference);
    expect([mails.owner.length, mails.manager.length, mails.region.length]).toEqual([1, 1, 0]);
    expect(mails.manager[0].text).toContain('escalation level 2');

    // A second run: nothing new is due, nothing is sent again.
    expect(await first.escalate()).toBe(0);

    // 50 hours late now: the parent unit's manager is told, once; the others are not told again.
    await sql(`update complaint_case set resolve_due_at = now() - interval '50 hours' where id = ?`, [c.id]);
    expect(await first.escalate()).toBe(1);
    expect(await second.escalate()).toBe(0);
    mails = await escalationMails(c.id, c.reference);
    expect([mails.owner.length, mails.manager.length, mails.region.length]).toEqual([1, 1, 1]);
    expect(mails.region[0].text).toContain('escalation level 3');

    const timeline = (await manager.client.ok(CASE, { id: c.id })).case.timeline;
    expect(
      timeline.filter((e: { kind: string }) => e.kind === 'ESCALATED').map((e: { note: string }) => e.note),
    ).toEqual([
      'RESOLVE overdue: level 1, the owner told.',
      'RESOLVE overdue: level 2, the unit’s managers told.',
      'RESOLVE overdue: level 3, the parent unit’s managers told.',
    ]);
  });

  it('never twice when two server copies run the schedule at the same instant', async () => {
    const c = await overdueCase(50);
    const fired = await Promise.all([first.escalate(), second.escalate(), first.escalate(), second.escalate()]);
    // Three levels due (0, 24 and 48 hours): fired three times in all, whichever copy won each.
    expect(fired.reduce((a, b) => a + b, 0)).toBe(3);
    const mails = await escalationMails(c.id, c.reference);
    expect([mails.owner.length, mails.manager.length, mails.region.length]).toEqual([1, 1, 1]);
    const [row] = await sql(`select count(*)::int n from case_escalation where case_id = ?`, [c.id]);
    expect(row.n).toBe(3);
  });

  it('a case whose deadline has not passed, or that is resolved, does not escalate', async () => {
    const c = await overdueCase(50);
    await move(owner.client, c.id, 'RESOLVED', { resolution: 'Queue system repaired.', responsibility: 'UNIT' });
    expect(await first.escalate()).toBe(0);
    const fresh = (
      await manager.client.ok(CREATE_CASE, {
        input: { unitId: branch.id, channel: 'EMAIL', description: 'Rude answer on the phone.' },
      })
    ).createCase;
    expect(fresh.overdue).toBe(false);
    expect(await first.escalate()).toBe(0);
  });
});
