import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE, CASES, CREATE_CASE, MY_CASES, move, newPerson, type Person } from '../support/cases.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire } from '../support/questionnaires.js';

/*
 * Every cases operation, tried by another organisation (NOT_FOUND, or nothing listed) and by a
 * branch principal whose subtree does not hold the case's unit (FORBIDDEN, or nothing listed).
 */

let app: TestApp;
let a: Tenant;
let b: Tenant;
let north: { id: string };
let south: { id: string };
let northManager: Person;
let southManager: Person;
let southOperator: Person;
let caseId: string;
let questionnaireId: string;

const ID_ONLY = {
  move: `mutation($input: ChangeCaseStateInput!) { changeCaseState(input: $input) { id } }`,
  note: `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { id } }`,
  create: `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
  category: `mutation($input: SaveCaseCategoryInput!) { saveCaseCategory(input: $input) { id } }`,
  rule: `mutation($input: SaveAlertRuleInput!) { saveAlertRule(input: $input) { id } }`,
};

beforeAll(async () => {
  app = await startTestApp();
  a = await newTenant(app, 'Agency A');
  b = await newTenant(app, 'Agency B');
  north = await newUnit(a.admin, a.headOfficeId, 'NORTH');
  south = await newUnit(a.admin, a.headOfficeId, 'SOUTH');
  northManager = await newPerson(app, a, 'UNIT_MANAGER', north.id, 'North');
  southManager = await newPerson(app, a, 'UNIT_MANAGER', south.id, 'South');
  southOperator = await newPerson(app, a, 'INTERVIEWER', south.id, 'SouthOperator');
  const c = (
    await northManager.client.ok(CREATE_CASE, {
      input: { unitId: north.id, channel: 'COUNTER', description: 'Queue too long.', contact: 'x@example.org' },
    })
  ).createCase;
  caseId = c.id;
  await a.admin.ok(ID_ONLY.category, { input: { code: 'WAIT', name: 'Waiting time' } });
  questionnaireId = (await newQuestionnaire(a.admin, a.headOfficeId, undefined, 'A survey')).id;
});
afterAll(() => app?.close());

describe('cases tenancy: another organisation', () => {
  it('cannot read, list, count, move or annotate the case', async () => {
    expect((await b.admin.fails(CASE, { id: caseId })).extensions?.code).toBe('NOT_FOUND');
    expect((await b.admin.ok(CASES)).cases.totalCount).toBe(0);
    expect((await b.admin.ok(MY_CASES)).myCases.open).toBe(0);
    const moved = await b.admin.fails(ID_ONLY.move, { input: { caseId, to: 'ACKNOWLEDGED' } });
    expect(moved.extensions?.code).toBe('NOT_FOUND');
    expect((await b.admin.fails(ID_ONLY.note, { input: { caseId, note: 'hi' } })).extensions?.code).toBe('NOT_FOUND');
  });

  it('cannot register a complaint for its units, see its categories or rules, or watch its questionnaire', async () => {
    const created = await b.admin.fails(ID_ONLY.create, {
      input: { unitId: north.id, channel: 'EMAIL', description: 'x' },
    });
    expect(created.extensions?.code).toBe('NOT_FOUND');
    expect((await b.admin.ok(`{ caseCategories { id } }`)).caseCategories).toEqual([]);
    const rule = await b.admin.fails(ID_ONLY.rule, {
      input: { name: 'x', questionnaireId, condition: 'KEYWORD', values: ['x'] },
    });
    expect(rule.extensions?.code).toBe('NOT_FOUND');
    expect((await b.admin.ok(`{ alertRules { id } }`)).alertRules).toEqual([]);
  });
});

const STATS = `query($input: CaseStatisticsInput!) { caseStatistics(input: $input) { received } }`;
const ANALYSIS = `query($input: CaseAnalysisInput!) { caseAnalysis(input: $input) { key received } }`;
const RECORD = `mutation($input: RecordCaseMetricInput!) { recordCaseMetric(input: $input) { value } }`;
const MARCH = { periodStart: '2026-03-01', periodEnd: '2099-01-01' };

describe('cases tenancy: intake links and attachments', () => {
  const LINK = `mutation($u: ID!) { createCaseIntakeLink(unitId: $u) { token } }`;
  const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
  const attach = (client: Person['client']) =>
    fetch(`${app.url}/api/cases/${caseId}/attachments`, {
      method: 'POST',
      headers: { cookie: `barometer_session=${client.cookie('barometer_session')}`, 'x-file-name': 'a.png' },
      body: new Uint8Array(PNG),
    });

  it('another organisation cannot make a form link for a unit, nor attach to the case', async () => {
    expect((await b.admin.fails(LINK, { u: north.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await attach(b.admin)).status).toBe(404);
  });

  it('a branch cannot make a form link for a unit outside its subtree, nor attach to its case', async () => {
    expect((await southManager.client.fails(LINK, { u: north.id })).extensions?.code).toBe('FORBIDDEN');
    expect((await attach(southManager.client)).status).toBe(403);
  });
});

describe('cases tenancy: statistics', () => {
  it('another organisation cannot count, analyse or record the statistics of a unit', async () => {
    expect((await b.admin.fails(STATS, { input: { unitId: north.id, ...MARCH } })).extensions?.code).toBe('NOT_FOUND');
    const analysis = await b.admin.fails(ANALYSIS, { input: { unitId: north.id, ...MARCH, by: 'UNIT' } });
    expect(analysis.extensions?.code).toBe('NOT_FOUND');
    await b.admin.ok(
      `mutation { createMetric(input: { key: "b_count", label: "B", kind: FLOW, worst: 10, target: 0 }) { id } }`,
    );
    const record = await b.admin.fails(RECORD, {
      input: { unitId: north.id, ...MARCH, metricKey: 'b_count', statistic: 'RECEIVED' },
    });
    expect(record.extensions?.code).toBe('NOT_FOUND');
    // Its own head office's statistics do not count the other organisation's complaints.
    expect((await b.admin.ok(STATS, { input: { unitId: b.headOfficeId, ...MARCH } })).caseStatistics.received).toBe(0);
  });

  it('a branch cannot count or analyse a unit outside its subtree, and its own head office counts only within', async () => {
    expect((await southManager.client.fails(STATS, { input: { unitId: north.id, ...MARCH } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const analysis = await southManager.client.fails(ANALYSIS, {
      input: { unitId: north.id, ...MARCH, by: 'CHANNEL' },
    });
    expect(analysis.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await southManager.client.ok(STATS, { input: { unitId: south.id, ...MARCH } })).caseStatistics.received,
    ).toBe(0);
    expect((await a.admin.ok(STATS, { input: { unitId: a.headOfficeId, ...MARCH } })).caseStatistics.received).toBe(1);
  });
});

describe('cases tenancy: a branch outside the case’s unit', () => {
  it('cannot read, move or annotate it, and does not list or count it', async () => {
    expect((await southManager.client.fails(CASE, { id: caseId })).extensions?.code).toBe('FORBIDDEN');
    const moved = await southManager.client.fails(ID_ONLY.move, { input: { caseId, to: 'ACKNOWLEDGED' } });
    expect(moved.extensions?.code).toBe('FORBIDDEN');
    const noted = await southManager.client.fails(ID_ONLY.note, { input: { caseId, note: 'hi' } });
    expect(noted.extensions?.code).toBe('FORBIDDEN');
    expect((await southManager.client.ok(CASES)).cases.totalCount).toBe(0);
    expect((await southManager.client.ok(MY_CASES)).myCases.open).toBe(0);
    expect((await northManager.client.ok(CASES)).cases.totalCount).toBe(1);
    expect((await northManager.client.ok(MY_CASES)).myCases).toMatchObject({ open: 1 });
  });

  it('cannot list the case by naming its unit, nor register complaints there', async () => {
    const listed = await southManager.client.fails(CASES, { filter: { unitId: north.id } });
    expect(listed.extensions?.code).toBe('FORBIDDEN');
    const created = await southOperator.client.fails(ID_ONLY.create, {
      input: { unitId: north.id, channel: 'EMAIL', description: 'x' },
    });
    expect(created.extensions?.code).toBe('FORBIDDEN');
  });

  it('cannot change the organisation’s categories or alert rules (head office only)', async () => {
    const category = await northManager.client.fails(ID_ONLY.category, { input: { code: 'X', name: 'X' } });
    expect(category.extensions?.code).toBe('FORBIDDEN');
    const rule = await northManager.client.fails(ID_ONLY.rule, {
      input: { name: 'x', questionnaireId, condition: 'KEYWORD', values: ['x'] },
    });
    expect(rule.extensions?.code).toBe('FORBIDDEN');
  });

  it('sees a case of another unit once it owns it, and no more than that', async () => {
    const c = (
      await southManager.client.ok(CREATE_CASE, {
        input: { unitId: south.id, channel: 'COUNTER', description: 'Wrong form given.' },
      })
    ).createCase;
    await move(southManager.client, c.id, 'ACKNOWLEDGED');
    await move(southManager.client, c.id, 'ACCEPTED');
    await move(southManager.client, c.id, 'ASSIGNED', { ownerId: northManager.id });
    expect((await northManager.client.ok(CASE, { id: c.id })).case.ownerId).toBe(northManager.id);
    // The owner handles it, but deciding (transfer, close) stays with the unit's managers.
    const transfer = await northManager.client.fails(ID_ONLY.move, {
      input: { caseId: c.id, to: 'TRANSFERRED', unitId: north.id },
    });
    expect(transfer.extensions?.code).toBe('FORBIDDEN');
    await move(northManager.client, c.id, 'INVESTIGATING', { note: 'Looking.' });
    expect((await northManager.client.ok(CASES, { filter: { mine: true } })).cases.totalCount).toBe(1);
  });
});
