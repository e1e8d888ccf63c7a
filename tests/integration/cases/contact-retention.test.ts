import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeCaseContacts } from '../../../server/cases/index.js';
import { runMaintenance } from '../../../server/jobs/maintenance.js';
import { createLogger } from '../../../server/logger.js';
import { CASE, CREATE_CASE, move } from '../../support/cases.js';
import { newTenant, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';

/*
 * Case contacts follow the retention of invitation contacts (CONTACT_RETENTION_DAYS, 365 by
 * default): once a case is finished (CLOSED or REJECTED) and nothing happened on it for that
 * long, the maintenance schedule deletes its encrypted contact and says so on its timeline.
 */

let app: TestApp;
let t: Tenant;
const log = createLogger('silent');

async function newCase(description: string): Promise<string> {
  const input = { unitId: t.headOfficeId, channel: 'EMAIL', description, contact: 'old.client@example.org' };
  return (await t.admin.ok(CREATE_CASE, { input })).createCase.id;
}
async function reject(id: string) {
  await move(t.admin, id, 'ACKNOWLEDGED');
  await move(t.admin, id, 'REJECTED', { reason: 'Not about our service.' });
}
/** Moves everything that happened on the case `days` days back. */
async function age(id: string, days: number) {
  const conn = app.orm.em.getConnection();
  await conn.execute(`update case_event set at = at - make_interval(days => ?) where case_id = ?`, [days, id]);
  await conn.execute(`update complaint_case set received_at = received_at - make_interval(days => ?) where id = ?`, [
    days,
    id,
  ]);
}
const contactRows = async () =>
  (await app.orm.em.getConnection().execute(`select count(*)::int n from case_contact`))[0].n as number;
const read = async (id: string) => (await t.admin.ok(CASE, { id })).case;

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Retention Fund');
});
afterAll(() => app?.close());

describe('case contact retention', () => {
  it('purges the contact of a case finished longer ago than the retention, once, and keeps the others', async () => {
    const oldRejected = await newCase('Old and rejected');
    await reject(oldRejected);
    await age(oldRejected, 366); // last entry 366 days ago > 365: purged
    const recentRejected = await newCase('Rejected yesterday');
    await reject(recentRejected);
    await age(recentRejected, 364); // 364 days ago < 365: kept
    const oldOpen = await newCase('Old but still open');
    await age(oldOpen, 500); // open cases keep their contact however old
    const before = await contactRows();

    const done = await runMaintenance(app.orm, app.config, log);
    expect(done.caseContacts).toBe(1);
    expect(await contactRows()).toBe(before - 1);
    const purged = await read(oldRejected);
    expect(purged.hasContact).toBe(false);
    expect(purged.state).toBe('REJECTED');
    expect(purged.rejectionReason).toBe('Not about our service.');
    expect(purged.timeline.at(-1)).toMatchObject({ kind: 'CONTACT_PURGED', actorId: null });
    expect((await read(recentRejected)).hasContact).toBe(true);
    expect((await read(oldOpen)).hasContact).toBe(true);

    // A second run finds nothing more to do.
    expect((await runMaintenance(app.orm, app.config, log)).caseContacts).toBe(0);
  });

  it('purges a contact once when two server copies run at the same instant', async () => {
    const id = await newCase('Two copies');
    await reject(id);
    await age(id, 400);
    const runs = await Promise.all([
      purgeCaseContacts(app.orm.em.fork(), 365),
      purgeCaseContacts(app.orm.em.fork(), 365),
    ]);
    expect(runs[0] + runs[1]).toBe(1);
    const timeline = (await read(id)).timeline as { kind: string }[];
    expect(timeline.filter((e) => e.kind === 'CONTACT_PURGED')).toHaveLength(1);
  });
});
