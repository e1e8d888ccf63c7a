import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { newUser } from '../support/fieldwork.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';

/**
 * Staff attribution on client responses (issue 18, docs/fieldwork.md): a response names the staff
 * member of its unit who served — from a counter's link (`staff`), an interviewer's choice, the
 * REST submission or an import's `staff` column — and results break down by POST and STAFF behind
 * STAFF_BREAKDOWN_READ, with the small-group rule. One number field on 0–100 (score = value).
 */
let app: TestApp;
let t: Tenant;
let unitA: string;
let unitB: string;
let questionnaireId: string;
let versionId: string;
let modelId: string;
const staff: Record<string, string> = {};

const OPEN = `mutation($input: OpenQuestionnaireVersionInput!) { openQuestionnaireVersion(input: $input) { token } }`;
const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }`;
const ADD_STAFF = `mutation($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id code } }`;
const BREAKDOWN = `query($input: ScoresInput!, $by: BreakdownDimension!) { breakdown(input: $input, by: $by) {
  values { value responseCount staff { name post } nodes { key score n restScore withheldReason } } } }`;
const IMPORT = `mutation($input: ImportResponsesInput!) { importResponses(input: $input) { rowsStored rowsInvalid problems { message } } }`;

const staffOfResponse = async (id: string) =>
  (await app.orm.em.fork().getConnection().execute(`select staff_id from response where id = ?`, [id]))[0].staff_id;
const requestId = () => `req-${randomUUID()}`;
const index = (v: any) => v.nodes.find((n: any) => n.key === 'index');

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Staff attribution');
  unitA = (await newUnit(t.admin, t.headOfficeId, 'A')).id;
  unitB = (await newUnit(t.admin, t.headOfficeId, 'B')).id;
  const q = await newQuestionnaire(t.admin, t.headOfficeId, {
    elements: [{ type: 'text', inputType: 'number', name: 'pct', min: 0, max: 100 }],
  });
  questionnaireId = q.id;
  versionId = (await publish(t.admin, q.id)).id;
  modelId = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: {
        unitId: t.headOfficeId,
        name: 'Staff index',
        definition: {
          minResponses: 1,
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [{ key: 'pct', kind: 'SURVEY', label: 'Score', items: [{ questionnaireId, question: 'pct' }] }],
          },
        },
      },
    })
  ).createIndicatorModel.id;
  await t.admin.ok(`mutation($m: ID!) { publishIndicatorModel(input: { modelId: $m }) { id } }`, { m: modelId });
  for (const [key, unitId, name, post, code] of [
    ['C1', unitA, 'Olena', 'COUNTER_CLERK', 'C1'],
    ['C2', unitA, 'Petro', 'COUNTER_CLERK', 'C2'],
    ['M1', unitA, 'Iryna', 'MANAGER', 'M1'],
    ['B1', unitB, 'Taras', 'COUNTER_CLERK', 'C1'],
  ])
    staff[key] = (await t.admin.ok(ADD_STAFF, { input: { unitId, name, post, code } })).addStaffMember.id;
});
afterAll(() => app?.close());

describe('staff on responses', () => {
  it('a counter link names its clerk by code; a staff member of another unit or an unknown code is refused', async () => {
    const { token } = (await t.admin.ok(OPEN, { input: { versionId, unitId: unitA } })).openQuestionnaireVersion;
    const anonymous = app.client();
    const ok = await anonymous.ok(SUBMIT, {
      input: { token, clientRequestId: requestId(), answers: { pct: 70 }, staff: 'C2' },
    });
    expect(await staffOfResponse(ok.submitResponse.responseId)).toBe(staff.C2);
    // B's clerk, by id, at a link of A: not A's staff.
    for (const ref of [staff.B1, 'NOPE']) {
      const refused = await anonymous.fails(SUBMIT, {
        input: { token, clientRequestId: requestId(), answers: { pct: 70 }, staff: ref },
      });
      expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.extensions?.reason).toBe('UNKNOWN_STAFF');
      expect(refused.message).toMatch(/is not an active staff member of "Unit A"/);
    }
    // POST /api/responses takes the same field.
    const rest = await fetch(`${app.url}/api/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, clientRequestId: requestId(), answers: { pct: 60 }, staff: 'M1' }),
    });
    expect(rest.status).toBe(200);
    expect(await staffOfResponse((await rest.json()).responseId)).toBe(staff.M1);
  });

  it('an interviewer picks the served staff member from the unit’s active staff', async () => {
    const { token } = (await t.admin.ok(OPEN, { input: { versionId, unitId: unitA, channel: 'PHONE' } }))
      .openQuestionnaireVersion;
    const interviewer = (await newUser(app, t, 'INTERVIEWER', unitA)).client;
    const { unitStaff } = await interviewer.ok(`query($u: ID!) { unitStaff(unitId: $u) { id name code post } }`, {
      u: unitA,
    });
    expect(unitStaff.map((s: any) => s.name)).toEqual(['Iryna', 'Olena', 'Petro']);
    const { submitResponse } = await interviewer.ok(SUBMIT, {
      input: { token, clientRequestId: requestId(), answers: { pct: 90 }, staff: staff.C1 },
    });
    expect(await staffOfResponse(submitResponse.responseId)).toBe(staff.C1);
    // Not an interviewer of B: B's staff stays unreadable to them.
    const other = await interviewer.fails(`query($u: ID!) { unitStaff(unitId: $u) { id } }`, { u: unitB });
    expect(other.extensions?.code).toBe('FORBIDDEN');
  });

  it('an import names staff by code in the staff column; an unknown code refuses the row', async () => {
    const data = 'pct,staff\n80,C1\n50,\n40,ZZ\n';
    const { importResponses } = await t.admin.ok(IMPORT, {
      input: { versionId, unitId: unitA, format: 'CSV', mode: 'SKIP_INVALID', data },
    });
    expect([importResponses.rowsStored, importResponses.rowsInvalid]).toEqual([2, 1]);
    expect(importResponses.problems[0].message).toMatch(/Row 4 has staff "ZZ", which is not an active staff member/);
    const rows = await app.orm.em
      .fork()
      .getConnection()
      .execute(
        `select answers->>'pct' as pct, staff_id from response where questionnaire_version_id = ? and channel = 'PAPER' order by pct`,
        [versionId],
      );
    expect(rows.map((r: any) => [r.pct, r.staff_id])).toEqual([
      ['50', null],
      ['80', staff.C1],
    ]);
  });
});

/** Responses of March (or April) at A, each naming a staff member (or nobody), as stored: rolled up with it. */
async function store(day: string, rows: [key: string | null, pct: number][], confidential = false) {
  await storeResponses(
    app,
    t.orgId,
    rows.map(([key, pct]) => ({
      unitId: unitA,
      questionnaireId,
      versionId,
      completedAt: `${day}T12:00:00Z`,
      answers: { pct },
      confidential,
      staffId: key ? staff[key] : null,
    })),
  );
}

describe('breakdown by post and staff member', () => {
  const march = { modelId, unitId: '', from: '2026-03-01', to: '2026-04-01' };
  beforeAll(async () => {
    Object.assign(march, { modelId, unitId: t.headOfficeId });
    await store('2026-03-10', [
      ['C1', 80],
      ['C1', 90],
      ['C2', 60],
      ['C2', 70],
      ['C2', 50],
      ['M1', 100],
      [null, 20],
    ]);
  });

  it('by POST: clerks 70 against the rest 60; the manager 100 against 61.67', async () => {
    const { breakdown } = await t.admin.ok(BREAKDOWN, { input: march, by: 'POST' });
    // COUNTER_CLERK: 80, 90, 60, 70, 50 → 70; rest 100, 20 → 60.
    // MANAGER: 100; rest 80, 90, 60, 70, 50, 20 → 370/6 ≈ 61.667. Not recorded: 20; rest 450/6 = 75.
    expect(breakdown.values.map((v: any) => [v.value, v.responseCount, index(v).score])).toEqual([
      ['COUNTER_CLERK', 5, 70],
      ['MANAGER', 1, 100],
      [null, 1, 20],
    ]);
    expect(index(breakdown.values[0]).restScore).toBe(60);
    expect(index(breakdown.values[1]).restScore).toBeCloseTo(370 / 6, 9);
    expect(index(breakdown.values[2]).restScore).toBe(75);
  });

  it('by STAFF: each member with their name and post, checked by hand', async () => {
    const { breakdown } = await t.admin.ok(BREAKDOWN, { input: march, by: 'STAFF' });
    const byName = Object.fromEntries(
      breakdown.values.map((v: any) => [
        v.staff?.name ?? 'none',
        [v.responseCount, index(v).score, index(v).restScore],
      ]),
    );
    // Olena 80, 90 → 85; rest 60, 70, 50, 100, 20 → 60. Petro 60, 70, 50 → 60; rest 80, 90, 100, 20 → 72.5.
    expect(byName).toEqual({
      Olena: [2, 85, 60],
      Petro: [3, 60, 72.5],
      Iryna: [1, 100, 370 / 6],
      none: [1, 20, 75],
    });
    expect(breakdown.values.find((v: any) => v.staff?.name === 'Iryna').staff.post).toBe('MANAGER');
  });

  it('withholds a staff member under the minimum group size when responses are anonymous', async () => {
    // April, confidential: Olena 10, 20 (2 < 5: withheld); Petro 50, 60, 70, 80, 90 (5: shown, 70).
    await store(
      '2026-04-10',
      [
        ['C1', 10],
        ['C1', 20],
        ['C2', 50],
        ['C2', 60],
        ['C2', 70],
        ['C2', 80],
        ['C2', 90],
      ],
      true,
    );
    const april = { ...march, from: '2026-04-01', to: '2026-05-01' };
    const { breakdown } = await t.admin.ok(BREAKDOWN, { input: april, by: 'STAFF' });
    const olena = breakdown.values.find((v: any) => v.staff.name === 'Olena');
    const petro = breakdown.values.find((v: any) => v.staff.name === 'Petro');
    expect([index(olena).score, index(olena).withheldReason]).toEqual([null, expect.stringMatching(/Fewer than 5/)]);
    expect([index(petro).score, index(petro).withheldReason]).toEqual([70, null]);
    // By post the seven clerks are enough: (10 + 20 + 50 + 60 + 70 + 80 + 90) / 7 = 380/7.
    const posts = (await t.admin.ok(BREAKDOWN, { input: april, by: 'POST' })).breakdown;
    expect(posts.values.map((v: any) => v.value)).toEqual(['COUNTER_CLERK']);
    expect(index(posts.values[0]).score).toBeCloseTo(380 / 7, 9);
  });

  it('refuses an analyst without STAFF_BREAKDOWN_READ until an admin gives them STAFF_REVIEWER', async () => {
    const analyst = await newUser(app, t, 'ANALYST', t.headOfficeId);
    for (const by of ['POST', 'STAFF']) {
      const refused = await analyst.client.fails(BREAKDOWN, { input: march, by });
      expect(refused.extensions?.code).toBe('FORBIDDEN');
      expect(refused.message).toMatch(/STAFF_BREAKDOWN_READ/);
    }
    // Other dimensions stay open to them.
    await analyst.client.ok(BREAKDOWN, { input: march, by: 'CHANNEL' });
    await t.admin.ok(`mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`, {
      input: { userId: analyst.userId, role: 'STAFF_REVIEWER', unitId: t.headOfficeId },
    });
    const { breakdown } = await analyst.client.ok(BREAKDOWN, { input: march, by: 'POST' });
    expect(breakdown.values.map((v: any) => v.value)).toEqual(['COUNTER_CLERK', 'MANAGER', null]);
  });
});
