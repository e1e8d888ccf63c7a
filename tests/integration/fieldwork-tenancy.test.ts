import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/client.js';
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
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

let app: TestApp;
let t: Tenant;
let other: Tenant;
let north: string;
let south: string;
let versionId: string;
let questionnaireId: string;
let modelId: string;
let modelVersionId: string;
let kindId: string;
let planId: string;
let assignmentId: string;
let visitId: string;
let photoId: string;
let staffId: string;
let keyClientId: string;
let inspectorA: { client: GraphQLClient; userId: string; id: string };
let inspectorB: { client: GraphQLClient; userId: string; id: string };
let southManager: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp({ DATA_DIR: mkdtempSync(join(tmpdir(), 'barometer-evidence-')) });
  t = await newTenant(app, 'Insurer');
  other = await newTenant(app, 'Other');
  north = (await newUnit(t.admin, t.headOfficeId, 'NORTH')).id;
  south = (await newUnit(t.admin, t.headOfficeId, 'SOUTH')).id;
  const q = await newQuestionnaire(t.admin, t.headOfficeId, {
    elements: [{ type: 'rating', name: 'q1', rateMin: 1, rateMax: 5 }],
  });
  questionnaireId = q.id;
  versionId = (await publish(t.admin, q.id)).id;
  kindId = (await t.admin.ok(`query { inspectionKinds { id key } }`)).inspectionKinds.find(
    (k: any) => k.key === 'MYSTERY_VISIT',
  ).id;
  for (const which of ['A', 'B'] as const) {
    const user = await newUser(app, t, 'INSPECTOR', t.headOfficeId);
    const id = await registerInspector(t.admin, {
      ownerUnitId: t.headOfficeId,
      name: `Inspector ${which}`,
      category: 'JOURNALIST',
      unitIds: [t.headOfficeId],
      userId: user.userId,
    });
    if (which === 'A') inspectorA = { ...user, id };
    else inspectorB = { ...user, id };
  }
  staffId = (
    await t.admin.ok(
      `mutation { addStaffMember(input: { unitId: "${north}", name: "Anna", post: COUNTER_CLERK }) { id } }`,
    )
  ).addStaffMember.id;
  keyClientId = (
    await t.admin.ok(
      `mutation { addKeyClient(input: { unitId: "${north}", name: "Acme", kind: ENTERPRISE, contact: "acme@example.test" }) { id } }`,
    )
  ).addKeyClient.id;
  planId = (
    await t.admin.ok(`mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id } }`, {
      input: {
        ownerUnitId: north,
        name: 'North visits',
        kindId,
        questionnaireVersionId: versionId,
        unitIds: [north],
        inspectorIds: [inspectorA.id],
        dates: ['2026-03-01', '2026-04-01'],
      },
    })
  ).createVisitPlan.id;
  const mine = (await inspectorA.client.ok(MY_ASSIGNMENTS)).myAssignments;
  assignmentId = mine[1].id;
  photoId = (await (await upload(app, inspectorA.client, jpegBytes(), 'image/jpeg')).json()).id;
  visitId = (
    await inspectorA.client.ok(SUBMIT_VISIT, {
      input: {
        clientId: 'tenancy-visit-1',
        assignmentId: mine[0].id,
        startedAt: '2026-03-02T09:00:00Z',
        endedAt: '2026-03-02T10:00:00Z',
        answers: { q1: 4 },
        staffIds: [staffId],
        attachmentIds: [photoId],
      },
    })
  ).submitVisit.id;
  const model = await t.admin.ok(
    `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
    {
      input: {
        unitId: t.headOfficeId,
        name: 'Inspections',
        definition: {
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [
              { key: 'insp', kind: 'INSPECTION', label: 'Visits', items: [{ questionnaireId, question: 'q1' }] },
            ],
          },
        },
      },
    },
  );
  modelId = model.createIndicatorModel.id;
  modelVersionId = (await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${modelId}" }) { id } }`))
    .publishIndicatorModel.id;
  southManager = (await newUser(app, t, 'UNIT_MANAGER', south)).client;
});
afterAll(() => app?.close());

/** Every fieldwork operation, with variables naming the first tenant's North records. */
const operations = (): [string, string, Record<string, unknown>][] => [
  ['inspectors', `query($u: ID) { inspectors(under: $u) { id } }`, { u: north }],
  ['staffMembers', `query($u: ID!) { staffMembers(unitId: $u) { id } }`, { u: north }],
  ['keyClients', `query($u: ID!) { keyClients(unitId: $u) { id } }`, { u: north }],
  ['visitPlan', `query($id: ID!) { visitPlan(id: $id) { id } }`, { id: planId }],
  ['planAssignments', `query($id: ID!) { planAssignments(planId: $id) { id } }`, { id: planId }],
  ['visitPlans', `query($u: ID!) { visitPlans(unitId: $u) { id } }`, { u: north }],
  ['planProgress', `query($id: ID!) { planProgress(planId: $id) { asOf } }`, { id: planId }],
  ['visit', `query($id: ID!) { visit(id: $id) { id } }`, { id: visitId }],
  ['visitHistory', `query($id: ID!) { visitHistory(id: $id) { id } }`, { id: visitId }],
  ['unitVisits', `query($u: ID!) { unitVisits(unitId: $u) { id } }`, { u: north }],
  [
    'staffBreakdown',
    `query($v: ID!, $u: ID!) { staffBreakdown(modelVersionId: $v, unitId: $u, from: "2026-01-01", to: "2027-01-01", by: POST) { visits } }`,
    { v: modelVersionId, u: north },
  ],
  [
    'keyClientReport',
    `query($id: ID!) { keyClientReport(keyClientId: $id, from: "2026-01-01", to: "2027-01-01") { visitCount } }`,
    { id: keyClientId },
  ],
  [
    'registerInspector',
    `mutation($u: ID!) { registerInspector(input: { ownerUnitId: $u, name: "X", category: LAWYER, unitIds: [$u] }) { id } }`,
    { u: north },
  ],
  [
    'addStaffMember',
    `mutation($u: ID!) { addStaffMember(input: { unitId: $u, name: "X", post: MANAGER }) { id } }`,
    { u: north },
  ],
  [
    'addKeyClient',
    `mutation($u: ID!) { addKeyClient(input: { unitId: $u, name: "X", kind: PERSON }) { id } }`,
    { u: north },
  ],
  ['purgeKeyClient', `mutation($id: ID!) { purgeKeyClient(id: $id) { id } }`, { id: keyClientId }],
  [
    'createVisitPlan',
    `mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id } }`,
    {
      input: {
        ownerUnitId: north,
        name: 'X',
        kindId,
        questionnaireVersionId: versionId,
        unitIds: [north],
        inspectorIds: [inspectorA.id],
        dates: ['2026-09-01'],
      },
    },
  ],
  [
    'reassignAssignment',
    `mutation($a: ID!, $i: ID!) { reassignAssignment(assignmentId: $a, inspectorId: $i) { id } }`,
    { a: assignmentId, i: inspectorB.id },
  ],
  [
    'correctVisit',
    `mutation($id: ID!) { correctVisit(input: { visitId: $id, reason: "x", answers: { q1: 1 } }) { id } }`,
    { id: visitId },
  ],
];

const DENIED = ['NOT_FOUND', 'FORBIDDEN'];

describe('fieldwork tenancy', () => {
  it('another organisation can neither read nor change anything', async () => {
    for (const [name, query, variables] of operations()) {
      const error = await other.admin.fails(query, variables);
      expect(DENIED, `${name}: ${error.message}`).toContain(error.extensions?.code);
    }
    expect(
      (await other.admin.ok(`query { inspectionKinds { id } }`)).inspectionKinds.map((k: any) => k.id),
    ).not.toContain(kindId);
    expect((await other.admin.ok(`query { inspectors { id } }`)).inspectors).toEqual([]);
    expect((await download(app, other.admin, photoId)).status).toBe(404);
  });

  it("a branch's manager cannot reach another branch's field work", async () => {
    for (const [name, query, variables] of operations()) {
      const error = await southManager.fails(query, variables);
      expect(DENIED, `${name}: ${error.message}`).toContain(error.extensions?.code);
    }
    expect((await download(app, southManager, photoId)).status).toBe(404);
  });

  it('an external inspector cannot read results, or another inspector’s visits or assignments', async () => {
    const results = await inspectorB.client.fails(
      `query($input: ScoresInput!) { scores(input: $input) { responseCount } }`,
      { input: { modelId, unitId: north, from: '2026-01-01', to: '2027-01-01' } },
    );
    expect(results.extensions?.code).toBe('FORBIDDEN');
    for (const [name, query, variables] of operations()) {
      const error = await inspectorB.client.fails(query, variables);
      expect(DENIED, `${name}: ${error.message}`).toContain(error.extensions?.code);
    }
    expect((await inspectorB.client.ok(MY_ASSIGNMENTS)).myAssignments).toEqual([]);
    expect((await inspectorB.client.ok(`query { myVisits { id } }`)).myVisits).toEqual([]);
    expect((await download(app, inspectorB.client, photoId)).status).toBe(404);
    const stolen = await inspectorB.client.fails(SUBMIT_VISIT, {
      input: {
        clientId: 'tenancy-visit-2',
        assignmentId,
        startedAt: '2026-04-02T09:00:00Z',
        endedAt: '2026-04-02T10:00:00Z',
        answers: { q1: 1 },
      },
    });
    expect(stolen.extensions?.code).toBe('NOT_FOUND');
  });

  it('the inspector who made a visit sees it and its evidence, never the results', async () => {
    expect((await inspectorA.client.ok(`query($id: ID!) { visit(id: $id) { id } }`, { id: visitId })).visit.id).toBe(
      visitId,
    );
    expect((await download(app, inspectorA.client, photoId)).status).toBe(200);
    const error = await inspectorA.client.fails(`query($u: ID!) { unitVisits(unitId: $u) { id } }`, { u: north });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    const scores = await inspectorA.client.fails(
      `query($input: ScoresInput!) { scores(input: $input) { responseCount } }`,
      { input: { modelId, unitId: north, from: '2026-01-01', to: '2027-01-01' } },
    );
    expect(scores.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists plans only to those who read the unit owning them', async () => {
    const plans = async (client: GraphQLClient, unitId: string) =>
      (await client.ok(`query($u: ID!) { visitPlans(unitId: $u) { id } }`, { u: unitId })).visitPlans.map(
        (p: any) => p.id,
      );
    // North's plan is listed from head office (North is below it) and from North, never from South.
    expect(await plans(t.admin, t.headOfficeId)).toContain(planId);
    expect(await plans(t.admin, north)).toContain(planId);
    expect(await plans(southManager, south)).not.toContain(planId);
    expect(await plans(other.admin, other.headOfficeId)).toEqual([]);
  });

  it('the owner still reads and changes what the others could not', async () => {
    for (const [name, query, variables] of operations()) {
      const result = await t.admin.request(query, variables);
      expect(result.errors, name).toBeUndefined();
    }
  });
});
