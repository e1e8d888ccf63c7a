import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsFixture, newUser, type ActionsFixture } from '../support/actions.js';
import type { GraphQLClient } from '../support/client.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
let f: ActionsFixture;
let other: Tenant;
let branchA: GraphQLClient;
let actionB: string;

const OPEN = `mutation($input: OpenActionInput!) { openAction(input: $input) { id } }`;
const openInput = (unitId: string, responsibleUserId: string) => ({
  unitId,
  title: 'Speed',
  measures: 'Faster',
  sourceKind: 'MANUAL',
  responsibleUserId,
  deadline: '2026-12-31',
  targetKind: 'SCORE_RISE',
  targetValue: 5,
  recheckFrom: '2027-01-01',
  recheckTo: '2027-02-01',
});

/** Every operation on one action, as [name, query, variables]. */
const onAction = (id: string): [string, string, Record<string, unknown>][] => [
  ['action', `query($id: ID!) { action(id: $id) { id } }`, { id }],
  [
    'moveAction',
    `mutation($i: MoveActionInput!) { moveAction(input: $i) { id } }`,
    { i: { actionId: id, status: 'IN_PROGRESS' } },
  ],
  [
    'addActionNote',
    `mutation($i: ActionNoteInput!) { addActionNote(input: $i) { id } }`,
    { i: { actionId: id, text: 'x' } },
  ],
  ['recheckAction', `mutation($id: ID!) { recheckAction(actionId: $id) { id } }`, { id }],
  [
    'recordActionConsequence',
    `mutation($i: ConsequenceInput!) { recordActionConsequence(input: $i) { id } }`,
    { i: { actionId: id, category: 'WARNING', text: 'x' } },
  ],
];

const code = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) =>
  (await client.request(query, variables)).errors?.[0]?.extensions?.code;

beforeAll(async () => {
  app = await startTestApp();
  f = await actionsFixture(app);
  other = await newTenant(app, 'Other');
  // A manager of branch A only (UNIT_MANAGE, RESULTS_READ over A's subtree).
  branchA = (await newUser(app, f.t, 'a-manager', 'UNIT_MANAGER', f.units.A)).client;
  actionB = (await f.t.admin.ok(OPEN, { input: openInput(f.units.B, f.manager.id) })).openAction.id;
});
afterAll(() => app?.close());

describe('actions: tenancy and subtrees', () => {
  it('another organisation cannot read or change an action: NOT_FOUND', async () => {
    for (const [name, query, variables] of onAction(actionB))
      expect(await code(other.admin, query, variables), name).toBe('NOT_FOUND');
    const { actions } = await other.admin.ok(`{ actions { totalCount } }`);
    expect(actions.totalCount).toBe(0);
    expect(await code(other.admin, OPEN, { input: openInput(f.units.B, f.manager.id) })).toBe('NOT_FOUND');
    const summary = `query($u: ID!) { actionSummary(unitId: $u, from: "2026-01-01", to: "2027-01-01") { due } }`;
    expect(await code(other.admin, summary, { u: f.units.REGION })).toBe('NOT_FOUND');
    const { myEscalations } = await other.admin.ok(`{ myEscalations { id } }`);
    expect(myEscalations).toEqual([]);
  });

  it('a branch principal cannot reach actions of units outside its subtree: FORBIDDEN', async () => {
    for (const [name, query, variables] of onAction(actionB))
      expect(await code(branchA, query, variables), name).toBe('FORBIDDEN');
    expect(await code(branchA, OPEN, { input: openInput(f.units.B, f.manager.id) })).toBe('FORBIDDEN');
    const summary = `query($u: ID!) { actionSummary(unitId: $u, from: "2026-01-01", to: "2027-01-01") { due } }`;
    expect(await code(branchA, summary, { u: f.units.REGION })).toBe('FORBIDDEN');
    // Its own list holds only A's actions; asking for B's subtree is refused.
    await branchA.ok(OPEN, { input: openInput(f.units.A, f.manager.id) });
    const { actions } = await branchA.ok(`{ actions { totalCount edges { node { unit { code } } } } }`);
    expect(actions.edges.map((e: any) => e.node.unit.code)).toEqual(['A']);
    const under = `query($u: ID!) { actions(filter: { under: $u }) { totalCount } }`;
    expect(await code(branchA, under, { u: f.units.B })).toBe('FORBIDDEN');
  });

  it('the responsible person may work on an action, a reader who is neither may not', async () => {
    const analyst = (await newUser(app, f.t, 'analyst', 'ANALYST', f.units.REGION)).client;
    const move = `mutation($i: MoveActionInput!) { moveAction(input: $i) { status } }`;
    expect(await code(analyst, move, { i: { actionId: actionB, status: 'IN_PROGRESS' } })).toBe('FORBIDDEN');
    const { moveAction } = await f.manager.client.ok(move, { i: { actionId: actionB, status: 'IN_PROGRESS' } });
    expect(moveAction.status).toBe('IN_PROGRESS');
  });

  it('work plans, service events and call lists keep to the organisation and the subtree', async () => {
    const CREATE = `mutation($input: CreateWorkPlanInput!) { createWorkPlan(input: $input) { id } }`;
    const plan = (unitId: string) => ({
      unitId,
      title: 'Q1',
      periodStart: '2026-01-01',
      periodEnd: '2026-04-01',
      lines: [{ questionnaireId: f.questionnaireId, channel: 'WEB_LINK', targetResponses: 10 }],
    });
    await f.t.admin.ok(CREATE, { input: plan(f.units.B) });
    const { recordServiceEvent } = await f.t.admin.ok(
      `mutation($input: RecordServiceEventInput!) { recordServiceEvent(input: $input) { id } }`,
      { input: { externalId: 'X1', type: 'visit', unitId: f.units.B, occurredAt: '2026-11-01T10:00:00Z' } },
    );
    const ASSIGN = `mutation($input: AssignFollowUpsInput!) { assignFollowUps(input: $input) { id } }`;
    const assign = { input: { serviceEventIds: [recordServiceEvent.id], interviewerId: f.manager.id } };
    // Another organisation sees none of it.
    expect(await code(other.admin, CREATE, { input: plan(f.units.B) })).toBe('NOT_FOUND');
    expect(await code(other.admin, ASSIGN, assign)).toBe('NOT_FOUND');
    expect((await other.admin.ok(`{ workPlans { id } }`)).workPlans).toEqual([]);
    expect((await other.admin.ok(`{ serviceEvents { totalCount } }`)).serviceEvents.totalCount).toBe(0);
    expect((await other.admin.ok(`{ myCallList { id } }`)).myCallList).toEqual([]);
    // A branch manager of A reaches nothing of B.
    expect(await code(branchA, CREATE, { input: plan(f.units.B) })).toBe('FORBIDDEN');
    expect(await code(branchA, ASSIGN, assign)).toBe('FORBIDDEN');
    expect((await branchA.ok(`{ workPlans { id } }`)).workPlans).toEqual([]);
    expect((await branchA.ok(`{ serviceEvents { totalCount } }`)).serviceEvents.totalCount).toBe(0);
    const under = `query($u: ID!) { workPlans(under: $u) { id } }`;
    expect(await code(branchA, under, { u: f.units.B })).toBe('FORBIDDEN');
    const events = `query($u: ID!) { serviceEvents(filter: { unitId: $u }) { totalCount } }`;
    expect(await code(branchA, events, { u: f.units.B })).toBe('FORBIDDEN');
  });
});
