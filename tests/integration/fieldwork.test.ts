/* eslint-disable max-lines -- one feature's end-to-end story: plan, visits, evidence, scores, staff, key clients */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import {
  download,
  jpegBytes,
  MY_ASSIGNMENTS,
  newUser,
  registerInspector,
  SUBMIT_VISIT,
  upload,
} from '../support/fieldwork.js';
import type { GraphQLClient } from '../support/client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';

let app: TestApp;
let t: Tenant;
let north: string;
let south: string;
let sheetId: string;
let sheetVersion: string;
let mila: { client: GraphQLClient; userId: string; inspectorId: string };
let nora: string;
const kinds: Record<string, string> = {};
const staff: Record<string, string> = {};
let plan1: string;
const visits: Record<string, string> = {};
const photos: string[] = [];
let modelId: string;
let modelVersionId: string;

// Scoring sheet: two 1–5 ratings (1→0, 2→25, 3→50, 4→75, 5→100) and a free-text question.
const sheet = {
  elements: [
    { type: 'rating', name: 'q1', title: 'Greeting', rateMin: 1, rateMax: 5 },
    { type: 'rating', name: 'q2', title: 'Explanation of the claim', rateMin: 1, rateMax: 5 },
    { type: 'comment', name: 'needs', title: 'Needs and suggestions' },
  ],
};

const PLAN = `mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id endDate dates } }`;
const PLAN_ASSIGNMENTS = `query($id: ID!) { planAssignments(planId: $id) { id unit { code } inspector { id } scheduledFor dueDate status } }`;
const SCORES = `query($input: ScoresInput!) { scores(input: $input) { responseCount nodes { key score n partial } } }`;

const visitInput = (extra: Record<string, unknown>) => ({
  startedAt: '2026-03-05T09:00:00Z',
  endedAt: '2026-03-05T10:00:00Z',
  ...extra,
});

beforeAll(async () => {
  app = await startTestApp({ DATA_DIR: mkdtempSync(join(tmpdir(), 'barometer-evidence-')) });
  t = await newTenant(app, 'Insurer');
  north = (await newUnit(t.admin, t.headOfficeId, 'NORTH')).id;
  south = (await newUnit(t.admin, t.headOfficeId, 'SOUTH')).id;
  const q = await newQuestionnaire(t.admin, t.headOfficeId, sheet, 'Mystery visit scoring sheet');
  sheetId = q.id;
  sheetVersion = (await publish(t.admin, q.id)).id;
  const { inspectionKinds } = await t.admin.ok(`query { inspectionKinds { id key crossUnit } }`);
  for (const k of inspectionKinds) kinds[k.key] = k.id;
  for (const [name, post] of [
    ['Anna', 'COUNTER_CLERK'],
    ['Boris', 'COUNTER_CLERK'],
    ['Chen', 'CLAIMS_ADJUSTER'],
  ]) {
    const data = await t.admin.ok(`mutation($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`, {
      input: { unitId: north, name, post },
    });
    staff[name] = data.addStaffMember.id;
  }
  const user = await newUser(app, t, 'INSPECTOR', t.headOfficeId);
  const inspectorId = await registerInspector(t.admin, {
    ownerUnitId: t.headOfficeId,
    name: 'Mila (mystery shopper)',
    category: 'MYSTERY_SHOPPER',
    unitIds: [t.headOfficeId],
    userId: user.userId,
  });
  mila = { ...user, inspectorId };
  nora = await registerInspector(t.admin, {
    ownerUnitId: t.headOfficeId,
    name: 'Nora (North staff)',
    category: 'STAFF',
    unitIds: [t.headOfficeId],
    homeUnitId: north,
  });
});
afterAll(() => app?.close());

describe('inspection kinds and plans', () => {
  it("seeds the organisation's list of kinds, and extends it", async () => {
    expect(Object.keys(kinds)).toEqual(
      expect.arrayContaining(['SELF_INSPECTION', 'CROSS_INSPECTION', 'MYSTERY_VISIT', 'MYSTERY_CALL', 'FLIGHT_CHECK']),
    );
    expect(Object.keys(kinds)).toHaveLength(10);
    const { createInspectionKind } = await t.admin.ok(
      `mutation { createInspectionKind(input: { key: "KEY_CLIENT_VISIT", label: "Key-client visit" }) { id key } }`,
    );
    kinds.KEY_CLIENT_VISIT = createInspectionKind.id;
    const again = await t.admin.fails(
      `mutation { createInspectionKind(input: { key: "KEY_CLIENT_VISIT", label: "x" }) { id } }`,
    );
    expect(again.extensions?.code).toBe('CONFLICT');
  });

  it('a plan generates assignments for its inspector, who sees them with the scoring sheet', async () => {
    const { createVisitPlan } = await t.admin.ok(PLAN, {
      input: {
        ownerUnitId: t.headOfficeId,
        name: 'Mystery visits, spring',
        kindId: kinds.MYSTERY_VISIT,
        questionnaireVersionId: sheetVersion,
        unitIds: [north, south],
        inspectorIds: [mila.inspectorId],
        dates: ['2026-04-01', '2026-03-01'],
        dueDays: 10,
      },
    });
    plan1 = createVisitPlan.id;
    expect(createVisitPlan).toMatchObject({ dates: ['2026-03-01', '2026-04-01'], endDate: '2026-04-11' });
    const { planAssignments } = await t.admin.ok(PLAN_ASSIGNMENTS, { id: plan1 });
    // 2 dates × 2 units = 4 assignments, each due 10 days after its date
    expect(planAssignments.map((a: any) => [a.unit.code, a.scheduledFor, a.dueDate])).toEqual([
      ['NORTH', '2026-03-01', '2026-03-11'],
      ['SOUTH', '2026-03-01', '2026-03-11'],
      ['NORTH', '2026-04-01', '2026-04-11'],
      ['SOUTH', '2026-04-01', '2026-04-11'],
    ]);
    expect(new Set(planAssignments.map((a: any) => a.inspector.id))).toEqual(new Set([mila.inspectorId]));
    const { myAssignments } = await mila.client.ok(MY_ASSIGNMENTS);
    expect(myAssignments).toHaveLength(4);
    expect(myAssignments[0].scoringSheet.elements[0].name).toBe('q1');
  });

  it("a cross-inspection never assigns the unit's own staff", async () => {
    const refused = await t.admin.fails(PLAN, {
      input: {
        ownerUnitId: t.headOfficeId,
        name: 'North by Nora',
        kindId: kinds.MYSTERY_VISIT,
        questionnaireVersionId: sheetVersion,
        unitIds: [north],
        inspectorIds: [nora],
        dates: ['2026-06-01'],
      },
    });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INSPECTOR_NOT_ELIGIBLE' });
    expect(refused.message).toContain('Nora');
    // With two inspectors, North goes to the one who does not work there.
    const { createVisitPlan } = await t.admin.ok(PLAN, {
      input: {
        ownerUnitId: t.headOfficeId,
        name: 'Cross-check, June',
        kindId: kinds.MYSTERY_VISIT,
        questionnaireVersionId: sheetVersion,
        unitIds: [north, south],
        inspectorIds: [nora, mila.inspectorId],
        dates: ['2026-06-01', '2026-07-01'],
      },
    });
    const { planAssignments } = await t.admin.ok(PLAN_ASSIGNMENTS, { id: createVisitPlan.id });
    const northOnes = planAssignments.filter((a: any) => a.unit.code === 'NORTH');
    expect(northOnes.map((a: any) => a.inspector.id)).toEqual([mila.inspectorId, mila.inspectorId]);
    const moved = await t.admin.fails(
      `mutation($a: ID!, $i: ID!) { reassignAssignment(assignmentId: $a, inspectorId: $i) { id } }`,
      { a: northOnes[0].id, i: nora },
    );
    expect(moved.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INSPECTOR_NOT_ELIGIBLE' });
    // A self-inspection (not cross-unit) may be made by the unit's own staff.
    await t.admin.ok(PLAN, {
      input: {
        ownerUnitId: t.headOfficeId,
        name: 'North self-inspection',
        kindId: kinds.SELF_INSPECTION,
        questionnaireVersionId: sheetVersion,
        unitIds: [north],
        inspectorIds: [nora],
        dates: ['2026-06-15'],
      },
    });
  });
});

describe('the visit record', () => {
  it('takes evidence checked by content and size', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await upload(app, mila.client, jpegBytes(), 'image/jpeg', `photo-${i}.jpg`);
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(body).toMatchObject({ mimeType: 'image/jpeg', fileName: `photo-${i}.jpg` });
      photos.push(body.id);
    }
    const fake = await upload(app, mila.client, Buffer.from('GIF? no: plain text pretending'), 'image/jpeg', 'x.jpg');
    expect(fake.status).toBe(400);
    const fakeError = (await fake.json()).errors[0];
    expect(fakeError.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TYPE' });
    expect(fakeError.message).toContain('claims to be a JPEG photo but is not');
    const big = await upload(app, mila.client, jpegBytes(10 * 1024 * 1024), 'image/jpeg', 'big.jpg');
    expect(big.status).toBe(400);
    expect((await big.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
    // Only registered inspectors send evidence.
    const byAdmin = await upload(app, t.admin, jpegBytes(), 'image/jpeg');
    expect(byAdmin.status).toBe(403);
  });

  it('records a mystery visit with two photos and staff, once however often the phone sends it', async () => {
    const { myAssignments } = await mila.client.ok(MY_ASSIGNMENTS);
    const march = myAssignments.find((a: any) => a.unit.code === 'NORTH' && a.scheduledFor === '2026-03-01');
    const input = visitInput({
      clientId: 'phone-1:visit-0001',
      assignmentId: march.id,
      staffIds: [staff.Anna],
      answers: { q1: 4, q2: 3, needs: 'Longer opening hours' }, // q1 75, q2 50
      attachmentIds: photos,
      nonConformities: [{ title: 'No queue ticket machine', severity: 'HIGH' }],
    });
    const first = (await mila.client.ok(SUBMIT_VISIT, { input })).submitVisit;
    expect(first).toMatchObject({ revision: 1, unit: { code: 'NORTH' }, kind: { key: 'MYSTERY_VISIT' } });
    expect(first.evidence.map((e: any) => e.id)).toEqual(photos);
    expect(first.staff.map((s: any) => s.name)).toEqual(['Anna']);
    const retry = (await mila.client.ok(SUBMIT_VISIT, { input })).submitVisit;
    expect(retry.id).toBe(first.id);
    visits.march = first.id;
    const count = await app.orm.em.fork().getConnection().execute(`select count(*)::int as n from visit`);
    expect(count[0].n).toBe(1);
    const again = await mila.client.fails(SUBMIT_VISIT, { input: { ...input, clientId: 'phone-1:visit-0002' } });
    expect(again.extensions?.code).toBe('CONFLICT');
    // The evidence is served to those who may see the visit.
    const photo = await download(app, t.admin, photos[0]);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
  });

  it('judges the answers as a response is judged, and staff must be of the unit', async () => {
    const { myAssignments } = await mila.client.ok(MY_ASSIGNMENTS);
    const april = myAssignments.find((a: any) => a.unit.code === 'NORTH' && a.scheduledFor === '2026-04-01');
    const base = visitInput({
      clientId: 'phone-1:visit-0003',
      assignmentId: april.id,
      endedAt: '2026-04-03T10:00:00Z',
    });
    const offScale = await mila.client.fails(SUBMIT_VISIT, { input: { ...base, answers: { q1: 9 } } });
    expect(offScale.extensions?.code).toBe('BAD_USER_INPUT');
    expect(offScale.message).toContain('"q1"');
    const southStaff = await t.admin.ok(
      `mutation { addStaffMember(input: { unitId: "${south}", name: "Dana", post: MANAGER }) { id } }`,
    );
    const wrongStaff = await mila.client.fails(SUBMIT_VISIT, {
      input: { ...base, answers: { q1: 2 }, staffIds: [southStaff.addStaffMember.id] },
    });
    expect(wrongStaff.message).toContain('not in the staff register');
    const ok = await mila.client.ok(SUBMIT_VISIT, {
      input: { ...base, answers: { q1: 2, q2: 4 }, staffIds: [staff.Boris, staff.Chen] }, // q1 25, q2 75
    });
    visits.april = ok.submitVisit.id;
  });

  it('progress against the plan counts done, open, overdue and missed', async () => {
    const PROGRESS = `query($id: ID!, $asOf: String) { planProgress(planId: $id, asOf: $asOf) { asOf rows { unit { code } done open overdue missed total } } }`;
    const on = async (asOf: string) =>
      Object.fromEntries(
        (await t.admin.ok(PROGRESS, { id: plan1, asOf })).planProgress.rows.map((r: any) => [r.unit.code, r]),
      );
    // 5 April: North visited twice; South's March visit (due 11 March) overdue, its April one still open.
    expect(await on('2026-04-05')).toMatchObject({
      NORTH: { done: 2, open: 0, overdue: 0, missed: 0, total: 2 },
      SOUTH: { done: 0, open: 1, overdue: 1, missed: 0, total: 2 },
    });
    // 1 May: the plan ended on 11 April, so South's two visits are missed.
    expect(await on('2026-05-01')).toMatchObject({ SOUTH: { done: 0, open: 0, overdue: 0, missed: 2 } });
  });
});

describe('inspection scores as their own source', () => {
  beforeAll(async () => {
    const model = await t.admin.ok(
      `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
      {
        input: {
          unitId: t.headOfficeId,
          name: 'Service index',
          definition: {
            minResponses: 1,
            root: {
              key: 'index',
              kind: 'INDEX',
              label: 'Index',
              children: [
                {
                  key: 'survey',
                  kind: 'SURVEY',
                  label: 'Clients',
                  items: [{ questionnaireId: sheetId, question: 'q1' }],
                },
                {
                  key: 'inspection',
                  kind: 'INSPECTION',
                  label: 'Mystery visits',
                  items: [
                    { questionnaireId: sheetId, question: 'q1' },
                    { questionnaireId: sheetId, question: 'q2' },
                  ],
                },
              ],
            },
          },
        },
      },
    );
    modelId = model.createIndicatorModel.id;
    const published = await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${modelId}" }) { id } }`);
    modelVersionId = published.publishIndicatorModel.id;
    // A client answered the same sheet at North: q1 5 → 100, q2 1 → 0. It must never reach the INSPECTION leaf.
    await storeResponses(app, t.orgId, [
      {
        unitId: north,
        questionnaireId: sheetId,
        versionId: sheetVersion,
        completedAt: '2026-03-10T10:00:00Z',
        answers: { q1: 5, q2: 1 },
      },
    ]);
  });

  const northScores = async (client = t.admin) => {
    const input = { modelId, unitId: north, from: '2026-01-01', to: '2026-05-01' };
    const { scores } = await client.ok(SCORES, { input });
    const nodes: Record<string, any> = Object.fromEntries(scores.nodes.map((n: any) => [n.key, n]));
    return { ...nodes, count: scores.responseCount } as Record<string, any>;
  };

  it("scores the unit's INSPECTION leaf from visits only, and its survey leaf from responses only", async () => {
    const s = await northScores();
    // INSPECTION over the two visits: q1 (75 + 25)/2 = 50, q2 (50 + 75)/2 = 62.5 → (50 + 62.5)/2 = 56.25
    expect(s.inspection.score).toBeCloseTo(56.25, 9);
    expect(s.inspection.n).toBe(2);
    // SURVEY q1 over the one client response: 100 (with the visits mixed in it would be 66.67)
    expect(s.survey.score).toBeCloseTo(100, 9);
    expect(s.count).toBe(1);
    // index = (100 + 56.25)/2 = 78.125
    expect(s.index.score).toBeCloseTo(78.125, 9);
  });

  it('ranks units on the index with their inspection scores', async () => {
    const { ranking } = await t.admin.ok(
      `query($input: ScoresInput!) { ranking(input: $input) { unit { code } rank score insufficient } }`,
      { input: { modelId, unitId: t.headOfficeId, from: '2026-01-01', to: '2026-05-01' } },
    );
    expect(ranking[0]).toMatchObject({ unit: { code: 'NORTH' }, rank: 1 });
    expect(ranking[0].score).toBeCloseTo(78.125, 9);
  });

  it('breaks the inspection scores down by post and staff member, for those allowed', async () => {
    const BREAKDOWN = `query($v: ID!, $u: ID!, $by: StaffBreakdownBy!) { staffBreakdown(modelVersionId: $v, unitId: $u, from: "2026-01-01", to: "2026-05-01", by: $by) { post staffMember { name } visits leaves { key score n } } }`;
    const rows = async (by: string) =>
      (await t.admin.ok(BREAKDOWN, { v: modelVersionId, u: north, by })).staffBreakdown.map((r: any) => [
        r.staffMember?.name ?? r.post,
        r.visits,
        r.leaves[0].score,
      ]);
    // Clerks: both visits (Anna's, Boris's) → 56.25; the adjuster Chen: the April visit, (25 + 75)/2 = 50
    expect(await rows('POST')).toEqual([
      ['CLAIMS_ADJUSTER', 1, 50],
      ['COUNTER_CLERK', 2, 56.25],
    ]);
    // Anna: March, (75 + 50)/2 = 62.5; Boris and Chen: April, 50
    expect(await rows('STAFF_MEMBER')).toEqual([
      ['Chen', 1, 50],
      ['Anna', 1, 62.5],
      ['Boris', 1, 50],
    ]);
    const analyst = await newUser(app, t, 'ANALYST', t.headOfficeId);
    const refused = await analyst.client.fails(BREAKDOWN, { v: modelVersionId, u: north, by: 'POST' });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
  });

  it('a case names the staff member who served: shown on the case and counted in the staff breakdown', async () => {
    const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id staff { name post } } }`;
    const complaint = (staffId: string) => ({
      unitId: north,
      description: 'Rude at the counter',
      channel: 'COUNTER',
      staffId,
    });
    const first = await t.admin.ok(CREATE, { input: complaint(staff.Anna) });
    expect(first.createCase.staff).toEqual({ name: 'Anna', post: 'COUNTER_CLERK' });
    const read = await t.admin.ok(`query($id: ID!) { case(id: $id) { staff { name } } }`, { id: first.createCase.id });
    expect(read.case.staff.name).toBe('Anna');
    await t.admin.ok(CREATE, { input: complaint(staff.Anna) });
    await t.admin.ok(CREATE, { input: complaint(staff.Chen) });
    const elsewhere = await t.admin.ok(
      `mutation { addStaffMember(input: { unitId: "${south}", name: "Eve", post: COUNTER_CLERK }) { id } }`,
    );
    const refused = await t.admin.fails(CREATE, { input: complaint(elsewhere.addStaffMember.id) });
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.extensions?.reason).toBe('UNKNOWN_STAFF');
    expect(refused.message).toContain('is not an active staff member of "Unit NORTH"');
    // The cases were received now: a period around today holds them and none of the visits (March, April).
    const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
    const BREAKDOWN = `query($v: ID!, $u: ID!, $by: StaffBreakdownBy!, $from: String!, $to: String!) { staffBreakdown(modelVersionId: $v, unitId: $u, from: $from, to: $to, by: $by) { post staffMember { name } visits cases } }`;
    const rows = async (by: string) =>
      (await t.admin.ok(BREAKDOWN, { v: modelVersionId, u: north, by, from: day(-2), to: day(2) })).staffBreakdown.map(
        (r: any) => [r.staffMember?.name ?? r.post, r.visits, r.cases],
      );
    // Clerks: Anna's two cases; adjusters: Chen's one
    expect(await rows('POST')).toEqual([
      ['CLAIMS_ADJUSTER', 0, 1],
      ['COUNTER_CLERK', 0, 2],
    ]);
    expect(await rows('STAFF_MEMBER')).toEqual([
      ['Chen', 0, 1],
      ['Anna', 0, 2],
    ]);
  });

  it('a correction is a new revision; the first stays as submitted, and scores follow the correction', async () => {
    const { correctVisit } = await t.admin.ok(
      `mutation($input: CorrectVisitInput!) { correctVisit(input: $input) { id rootId revision correctionReason answers } }`,
      { input: { visitId: visits.april, reason: 'Greeting re-rated from the video', answers: { q1: 3, q2: 4 } } },
    );
    expect(correctVisit).toMatchObject({ rootId: visits.april, revision: 2, answers: { q1: 3, q2: 4 } });
    const { visitHistory } = await t.admin.ok(
      `query($id: ID!) { visitHistory(id: $id) { revision answers supersededAt } }`,
      { id: visits.april },
    );
    expect(visitHistory.map((v: any) => [v.revision, v.answers.q1, v.supersededAt !== null])).toEqual([
      [1, 2, true],
      [2, 3, false],
    ]);
    // q1 now (75 + 50)/2 = 62.5, q2 62.5 → 62.5; index (100 + 62.5)/2 = 81.25
    const s = await northScores();
    expect(s.inspection.score).toBeCloseTo(62.5, 9);
    expect(s.index.score).toBeCloseTo(81.25, 9);
  });
});

describe('key clients', () => {
  let clientId: string;

  it('keeps the contact encrypted, plans visits with the same mechanism, and reports per client', async () => {
    const { addKeyClient } = await t.admin.ok(
      `mutation { addKeyClient(input: { unitId: "${north}", name: "Acme Ltd", kind: ENTERPRISE, contact: "+86 10 5555 0101", tier: "A" }) { id contact } }`,
    );
    clientId = addKeyClient.id;
    expect(addKeyClient.contact).toBe('+86 10 5555 0101');
    const raw = await app.orm.em.fork().getConnection().execute(`select contact_cipher from key_client`);
    expect(raw[0].contact_cipher).not.toContain('5555');
    const { createVisitPlan } = await t.admin.ok(PLAN, {
      input: {
        ownerUnitId: t.headOfficeId,
        name: 'Key clients, May',
        purpose: 'KEY_CLIENT',
        kindId: kinds.KEY_CLIENT_VISIT,
        questionnaireVersionId: sheetVersion,
        keyClientIds: [clientId],
        inspectorIds: [mila.inspectorId],
        dates: ['2026-05-02'],
        dueDays: 5,
      },
    });
    const { myAssignments } = await mila.client.ok(MY_ASSIGNMENTS);
    const visit = myAssignments.find((a: any) => a.planId === createVisitPlan.id);
    expect(visit.keyClient).toEqual({ id: clientId, name: 'Acme Ltd' });
    await mila.client.ok(SUBMIT_VISIT, {
      input: {
        clientId: 'phone-1:visit-0100',
        assignmentId: visit.id,
        startedAt: '2026-05-03T09:00:00Z',
        endedAt: '2026-05-03T10:00:00Z',
        answers: { q1: 5, q2: 4, needs: 'Faster claims for fleet cars' }, // q1 100, q2 75
      },
    });
    const REPORT = `query($id: ID!) { keyClientReport(keyClientId: $id, from: "2026-05-01", to: "2026-06-01", questions: ["needs"]) { keyClient { name } visitCount score items { question mean n } notes { question text } nonConformities } }`;
    const { keyClientReport } = await t.admin.ok(REPORT, { id: clientId });
    // score = (100 + 75)/2 = 87.5
    expect(keyClientReport).toMatchObject({
      keyClient: { name: 'Acme Ltd' },
      visitCount: 1,
      score: 87.5,
      items: [
        { question: 'q1', mean: 100, n: 1 },
        { question: 'q2', mean: 75, n: 1 },
      ],
      notes: [{ question: 'needs', text: 'Faster claims for fleet cars' }],
      nonConformities: 0,
    });
    const { purgeKeyClient } = await t.admin.ok(
      `mutation { purgeKeyClient(id: "${clientId}") { name contact purgedAt } }`,
    );
    expect(purgeKeyClient).toMatchObject({ name: '(purged)', contact: null });
    expect((await t.admin.ok(REPORT, { id: clientId })).keyClientReport.visitCount).toBe(1);
  });
});

describe('register entries are edited and deactivated', () => {
  const UPDATE_STAFF = `mutation($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { name code active } }`;

  it('a deactivated staff member stays on past visits and is offered for no new visit or case', async () => {
    const edited = await t.admin.ok(UPDATE_STAFF, { input: { id: staff.Boris, name: 'Boris K.', code: 'C7' } });
    expect(edited.updateStaffMember).toEqual({ name: 'Boris K.', code: 'C7', active: true });
    const taken = await t.admin.fails(UPDATE_STAFF, { input: { id: staff.Anna, code: 'C7' } });
    expect([taken.extensions?.code, taken.extensions?.reason]).toEqual(['BAD_USER_INPUT', 'DUPLICATE_CODE']);
    await t.admin.ok(UPDATE_STAFF, { input: { id: staff.Boris, active: false } });
    const lists = await t.admin.ok(
      `query($u: ID!) { staffMembers(unitId: $u) { name active } unitStaff(unitId: $u) { name } }`,
      { u: north },
    );
    expect(lists.staffMembers).toContainEqual({ name: 'Boris K.', active: false });
    expect(lists.unitStaff.map((s: any) => s.name)).toEqual(['Anna', 'Chen']);
    const onCase = await t.admin.fails(
      `mutation { createCase(input: { unitId: "${north}", description: "Slow", channel: COUNTER, staffId: "C7" }) { id } }`,
    );
    expect([onCase.extensions?.code, onCase.extensions?.reason]).toEqual(['BAD_USER_INPUT', 'UNKNOWN_STAFF']);
    const onVisit = await mila.client.fails(SUBMIT_VISIT, {
      input: visitInput({
        clientId: 'phone-1:visit-0200',
        unitId: north,
        kindId: kinds.MYSTERY_VISIT,
        questionnaireVersionId: sheetVersion,
        answers: { q1: 3, q2: 3 },
        staffIds: [staff.Boris],
      }),
    });
    expect([onVisit.extensions?.code, onVisit.extensions?.reason]).toEqual(['BAD_USER_INPUT', 'INACTIVE']);
    expect(onVisit.message).toBe(
      'Boris K. is deactivated in the staff register of "Unit NORTH": name an active member.',
    );
    // History: the April visit still names him, and a correction keeps him.
    const { correctVisit } = await t.admin.ok(
      `mutation($input: CorrectVisitInput!) { correctVisit(input: $input) { revision staff { name } } }`,
      {
        input: {
          visitId: visits.april,
          reason: 'Typo in q2',
          answers: { q1: 3, q2: 4 },
          staffIds: [staff.Boris, staff.Chen],
        },
      },
    );
    expect(correctVisit.staff.map((s: any) => s.name).sort()).toEqual(['Boris K.', 'Chen']);
  });

  it('a deactivated key client keeps its visits and report and is offered for no new plan', async () => {
    const { addKeyClient } = await t.admin.ok(
      `mutation { addKeyClient(input: { unitId: "${north}", name: "Beta plc", kind: ENTERPRISE, tier: "B" }) { id } }`,
    );
    const id = addKeyClient.id;
    const UPDATE = `mutation($input: UpdateKeyClientInput!) { updateKeyClient(input: $input) { name tier owner contact active } }`;
    const edited = await t.admin.ok(UPDATE, { input: { id, tier: 'A', owner: 'Olga', contact: 'beta@example.test' } });
    expect(edited.updateKeyClient).toEqual({
      name: 'Beta plc',
      tier: 'A',
      owner: 'Olga',
      contact: 'beta@example.test',
      active: true,
    });
    await t.admin.ok(UPDATE, { input: { id, active: false } });
    const { keyClients } = await t.admin.ok(`query($u: ID!) { keyClients(unitId: $u) { name active } }`, { u: north });
    expect(keyClients).toContainEqual({ name: 'Beta plc', active: false });
    const plan = await t.admin.fails(PLAN, {
      input: {
        ownerUnitId: t.headOfficeId,
        name: 'Key clients, June',
        purpose: 'KEY_CLIENT',
        kindId: kinds.KEY_CLIENT_VISIT,
        questionnaireVersionId: sheetVersion,
        keyClientIds: [id],
        inspectorIds: [mila.inspectorId],
        dates: ['2026-06-02'],
        dueDays: 5,
      },
    });
    expect([plan.extensions?.code, plan.extensions?.reason]).toEqual(['BAD_USER_INPUT', 'INACTIVE']);
    expect(plan.message).toContain('"Beta plc" is deactivated');
    // Acme was purged above: its personal data cannot be written back.
    const all = await t.admin.ok(`query($u: ID!) { keyClients(unitId: $u) { id name } }`, { u: north });
    const purged = all.keyClients.find((c: any) => c.name === '(purged)').id;
    const refused = await t.admin.fails(UPDATE, { input: { id: purged, name: 'Acme Ltd' } });
    expect([refused.extensions?.code, refused.extensions?.reason]).toEqual(['BAD_USER_INPUT', 'PURGED']);
  });
});
