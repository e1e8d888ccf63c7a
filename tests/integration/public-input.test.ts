/**
 * The guard of the public input paths (server/http/public-input.ts): hostile values are refused
 * with BAD_USER_INPUT naming the field, nothing is stored, and one organisation's bad data never
 * stops another organisation's rollups.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';

let app: TestApp;
let a: SurveyTenant;
let b: SurveyTenant;

const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }`;
const PARTIAL = `mutation($input: SavePartialResponseInput!) { savePartialResponse(input: $input) { resumeKey } }`;
const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
const count = async () => Number((await sql(`select count(*) n from response`))[0].n);
const post = (path: string, body: unknown) =>
  fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const answers = { speed: 4, courtesy: 5 };

beforeAll(async () => {
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0' });
  a = await newSurveyTenant(app, 'Poisoned');
  b = await newSurveyTenant(app, 'Healthy');
  await app.app.rollups.runOnce();
});
afterAll(() => app?.close());

describe('free-form fields of a submission', () => {
  const long = 'x'.repeat(1_000_000);
  for (const [field, limit] of [['respondentCategory', 200], ['serviceSituation', 200], ['language', 35]] as const) {
    it(`a ${field} of a million characters is refused, naming the field, over GraphQL and HTTP`, async () => {
      const before = await count();
      const input = { token: a.token, answers, clientRequestId: randomUUID(), [field]: long };
      const error = await app.client().fails(SUBMIT, { input });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toBe(`${field} must be at most ${limit} characters.`);
      const rest = await post('/api/responses', { ...input, clientRequestId: randomUUID() });
      expect(rest.status).toBe(400);
      expect((await rest.json()).errors[0]).toMatchObject({ message: `${field} must be at most ${limit} characters.`, extensions: { code: 'BAD_USER_INPUT', field } });
      expect(await count()).toBe(before);
    });
  }

  it('a partial save with a language of a million characters is refused', async () => {
    const error = await app.client().fails(PARTIAL, { input: { token: a.token, answers, language: long } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
  });

  it('values at the limit are stored as given', async () => {
    const category = 'c'.repeat(200);
    const { submitResponse } = await app.client().ok(SUBMIT, { input: { token: a.token, answers, clientRequestId: randomUUID(), respondentCategory: category, language: 'l'.repeat(35) } });
    const [row] = await sql(`select category, language from response where id = ?`, [submitResponse.responseId]);
    expect(row).toEqual({ category, language: 'l'.repeat(35) });
  });
});

describe('rollup upkeep', () => {
  it('one organisation whose response cannot be rolled up (an over-long category) does not stop another organisation’s rollups', async () => {
    await app.app.rollups.runOnce();
    // A row written before the limit existed: random text, so its index entry stays above 8 kB even compressed.
    const poison = randomBytes(20_000).toString('hex');
    const poisoned = randomUUID();
    await sql(
      `insert into response (id, organization_id, unit_id, questionnaire_id, questionnaire_version_id, channel, category, status, completed_at, submitted_at, is_test, answers)
       values (?, ?, ?, ?, ?, 'WEB_LINK', ?, 'COMPLETE', now(), now(), false, ?)`,
      [poisoned, a.orgId, a.headOfficeId, a.questionnaireId, a.versionId, poison, JSON.stringify(answers)],
    );
    const { submitResponse } = await app.client().ok(SUBMIT, { input: { token: b.token, answers, clientRequestId: randomUUID() } });
    await app.app.rollups.runOnce();
    const rolled = async (id: string) => (await sql(`select rolled from response where id = ?`, [id]))[0].rolled;
    expect(await rolled(submitResponse.responseId)).toBe(true);
    expect(await rolled(poisoned)).toBe(false);
    const cells = await sql(`select sum(responses)::int n from result_cell where organization_id = ? and kind = 'OWN'`, [b.orgId]);
    expect(cells[0].n).toBe(1);
  });
});
