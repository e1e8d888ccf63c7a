import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasesWorker } from '../../../server/cases/index.js';
import { CASE, CREATE_CASE, move, newPerson, startCases, type Person } from '../../support/cases.js';
import { eventually } from '../../support/distribution.js';
import { newTenant, newUnit, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { startSmtp, type SmtpListener } from '../../support/smtp.js';

/*
 * The organisation's escalation rules decide when an overdue case escalates: changing them moves
 * the instants, computed here by hand from the organisation calendar, and each level still fires
 * once with two schedulers (two cases workers on one database) running at the same instant.
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

const SETTINGS = `{ caseSettings { remindOwnerAfterHours unitManagerAfterHours parentManagerAfterHours satisfiedFrom updatedAt } }`;
const SAVE = `mutation($input: SaveCaseSettingsInput!) { saveCaseSettings(input: $input) {
  remindOwnerAfterHours unitManagerAfterHours parentManagerAfterHours satisfiedFrom } }`;
const rules = (owner: number, unit: number, parent: number, satisfiedFrom = 70) => ({
  input: {
    remindOwnerAfterHours: owner,
    unitManagerAfterHours: unit,
    parentManagerAfterHours: parent,
    satisfiedFrom,
  },
});
const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
const mailTo = (address: string) => smtp.received.filter((m) => JSON.stringify(m.to).includes(address));

/** Both schedulers run at the same instant; how many escalations fired in all. */
async function bothRunAt(iso: string): Promise<number> {
  const at = new Date(iso);
  const fired = await Promise.all([first.escalate(at), second.escalate(at)]);
  return fired[0] + fired[1];
}

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startTestApp({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), DELIVERY_WORKER: 'false' });
  first = await startCases(app);
  second = await startCases(app);
  t = await newTenant(app, 'Escalation rules');
  const region = await newUnit(t.admin, t.headOfficeId, 'WEST', 'REGION');
  branch = await newUnit(t.admin, region.id, 'LVIV');
  owner = await newPerson(app, t, 'ANALYST', branch.id, 'Owner');
  manager = await newPerson(app, t, 'UNIT_MANAGER', branch.id, 'Manager');
  regionManager = await newPerson(app, t, 'UNIT_MANAGER', region.id, 'RegionManager');
  // Monday 9 March 2026 is a holiday of the organisation (time zone UTC, Monday to Friday).
  await t.admin.ok(`mutation { setOrganizationCalendar(input: { holidays: ["2026-03-09"] }) { holidays } }`);
});

afterAll(async () => {
  await first?.stop();
  await second?.stop();
  await app?.close();
  await smtp?.close();
});

describe('escalation rules per organisation', () => {
  it('start at the defaults and refuse levels out of order or out of range, naming the field', async () => {
    expect((await t.admin.ok(SETTINGS)).caseSettings).toEqual({
      remindOwnerAfterHours: 0,
      unitManagerAfterHours: 24,
      parentManagerAfterHours: 48,
      satisfiedFrom: 70,
      updatedAt: null,
    });
    const disordered = await t.admin.fails(SAVE, rules(0, 30, 20));
    expect(disordered.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentManagerAfterHours' });
    expect(disordered.message).toContain('raise parentManagerAfterHours');
    const tooLate = await t.admin.fails(SAVE, rules(0, 24, 721));
    expect(tooLate.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentManagerAfterHours' });
    const threshold = await t.admin.fails(SAVE, rules(0, 24, 48, 101));
    expect(threshold.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'satisfiedFrom' });
    expect((await t.admin.ok(SETTINGS)).caseSettings.updatedAt).toBeNull();
  });

  it('a changed rule changes when a case escalates, and each level still fires once with two schedulers', async () => {
    // Received Thursday 5 March 2026 10:00 UTC, NORMAL: resolve within 5 working days, counted
    // from the next day: Fri 6 (1), [Sat 7, Sun 8, Mon 9 holiday], Tue 10 (2), Wed 11 (3),
    // Thu 12 (4), Fri 13 (5); due at the end of Friday 13 March = 2026-03-14T00:00Z.
    const input = {
      unitId: branch.id,
      channel: 'LETTER',
      description: 'My letter of February was never answered.',
      receivedAt: '2026-03-05T10:00:00.000Z',
    };
    const c = (await manager.client.ok(CREATE_CASE, { input })).createCase;
    expect(c.resolveDueAt).toBe('2026-03-14T00:00:00.000Z');
    await move(manager.client, c.id, 'ACKNOWLEDGED');
    await move(manager.client, c.id, 'ACCEPTED');
    await move(manager.client, c.id, 'ASSIGNED', { ownerId: owner.id });

    // Defaults (0 / 24 / 48 h): a minute before the due time nothing; 12 hours late the owner only.
    expect(await bothRunAt('2026-03-13T23:59:00Z')).toBe(0);
    expect(await bothRunAt('2026-03-14T12:00:00Z')).toBe(1);

    // The administrator brings the managers forward: unit managers 12 h late, the parent unit 36 h.
    expect((await t.admin.ok(SAVE, rules(0, 12, 36))).saveCaseSettings.unitManagerAfterHours).toBe(12);
    // At the same instant (12 h late) the unit's managers are now due (by the defaults: at 24 h).
    expect(await bothRunAt('2026-03-14T12:00:00Z')).toBe(1);
    // 35 h 59 late nothing more; 36 h late (Sunday 15 March 12:00, not 16 March 00:00) the parent unit.
    expect(await bothRunAt('2026-03-15T11:59:00Z')).toBe(0);
    expect(await bothRunAt('2026-03-15T12:00:00Z')).toBe(1);
    // Later runs, and a later rule that would make level 2 due again, send nothing more.
    await t.admin.ok(SAVE, rules(0, 1, 2));
    expect(await bothRunAt('2026-03-20T00:00:00Z')).toBe(0);

    const [row] = await sql(`select count(*)::int n from case_escalation where case_id = ?`, [c.id]);
    expect(row.n).toBe(3);
    await eventually(
      async () => {
        const [m] = await sql(
          `select count(*) filter (where sent_at is null)::int n from case_message where case_id = ?`,
          [c.id],
        );
        return m.n === 0;
      },
      20_000,
      'case messages sent',
    );
    const about = (address: string) =>
      mailTo(address).filter((m) => m.subject?.startsWith(`Overdue: case ${c.reference}`)).length;
    expect([about(owner.email), about(manager.email), about(regionManager.email)]).toEqual([1, 1, 1]);
    const notes = (await manager.client.ok(CASE, { id: c.id })).case.timeline
      .filter((e: { kind: string }) => e.kind === 'ESCALATED')
      .map((e: { note: string }) => e.note);
    expect(notes).toEqual([
      'RESOLVE overdue: level 1, the owner told.',
      'RESOLVE overdue: level 2, the unit’s managers told.',
      'RESOLVE overdue: level 3, the parent unit’s managers told.',
    ]);
  });

  it('refuses a receipt time in the future, with the field named', async () => {
    const input = {
      unitId: branch.id,
      channel: 'LETTER',
      description: 'Dated tomorrow.',
      receivedAt: new Date(Date.now() + 86_400_000).toISOString(),
    };
    const error = await manager.client.fails(CREATE_CASE, { input });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'receivedAt' });
  });
});
