import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../../support/questionnaires.js';
import { createDistribution, requestId, SUBMIT } from '../../support/distribution.js';

let app: TestApp;
let t: Tenant;
let questionnaireId: string;

const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
const submit = (token: string, clientRequestId = requestId()) =>
  app.client().request(SUBMIT, { input: { token, answers: { speed: 4 }, clientRequestId } });
/** What the distribution says it collected, and what is stored through its links. */
async function counts(distributionId: string) {
  const [row] = await sql(
    `select d.completed_count counter, (select count(*)::int from response r join response_link l on l.id = r.link_id
        where l.distribution_id = d.id and r.status = 'COMPLETE' and not r.is_test) stored
       from distribution d where d.id = ?`,
    [distributionId],
  );
  return row as { counter: number; stored: number };
}

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Tax Office');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'), 'Visit');
  questionnaireId = q.id;
  await publish(t.admin, q.id, 'v1');
});
afterAll(() => app?.close());

describe('the completion counter of a distribution', () => {
  it('concurrent submissions never pass the quota, and the counter equals what is stored', async () => {
    const d = await createDistribution(t.admin, {
      name: 'Quota 5',
      questionnaireId,
      channel: 'WEB_LINK',
      unitIds: [t.headOfficeId],
      quota: 5,
    });
    // 40 at once, 4 of them sent twice with the same request id (a client retrying).
    const ids = Array.from({ length: 36 }, () => requestId());
    const all = [...ids, ...ids.slice(0, 4)];
    const results = await Promise.all(all.map((id) => submit(d.links[0].token, id)));
    const accepted = results.filter((r) => !r.errors && !r.data!.submitResponse.duplicate);
    const refused = results.filter((r) => r.errors);
    expect(refused.every((r) => r.errors![0].extensions?.reason === 'QUOTA_REACHED')).toBe(true);
    expect(accepted).toHaveLength(5);
    expect(await counts(d.id)).toEqual({ counter: 5, stored: 5 });
  });

  it('without a quota, 60 concurrent submissions count 60', async () => {
    const d = await createDistribution(t.admin, {
      name: 'Open',
      questionnaireId,
      channel: 'KIOSK',
      unitIds: [t.headOfficeId],
    });
    const results = await Promise.all(Array.from({ length: 60 }, () => submit(d.links[0].token)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await counts(d.id)).toEqual({ counter: 60, stored: 60 });
  });

  it('a submission is acknowledged exactly when its response is stored, even when counting fails', async () => {
    const d = await createDistribution(t.admin, {
      name: 'Broken counter',
      questionnaireId,
      channel: 'WEB_LINK',
      unitIds: [t.headOfficeId],
    });
    // Counting this distribution fails, as a lost connection or a lock timeout would make it fail.
    await sql(`create function refuse_count() returns trigger language plpgsql as $$ begin
                 if new.id = '${d.id}' and new.completed_count <> old.completed_count then raise exception 'counter unavailable'; end if;
                 return new; end $$`);
    await sql(`create trigger refuse_count before update on distribution for each row execute function refuse_count()`);
    try {
      const results = await Promise.all(Array.from({ length: 10 }, () => submit(d.links[0].token)));
      const acknowledged = results.filter((r) => !r.errors).length;
      const { stored } = await counts(d.id);
      expect(stored).toBe(acknowledged);
      for (const r of results.filter((x) => x.errors)) expect(r.errors![0].message).not.toMatch(/counter unavailable/);
    } finally {
      await sql(`drop trigger refuse_count on distribution`);
      await sql(`drop function refuse_count()`);
    }
    expect((await submit(d.links[0].token)).errors).toBeUndefined();
    expect(await counts(d.id)).toMatchObject({ counter: 1, stored: 1 });
  });
});
