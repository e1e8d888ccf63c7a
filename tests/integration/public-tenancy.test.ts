import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/client.js';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/*
 * Tenancy of the transparency and webhooks operations: another organisation's ids answer
 * NOT_FOUND (and its lists are empty), a branch principal cannot reach what belongs to units
 * outside its subtree (FORBIDDEN), nor the organisation-wide publication settings.
 */

let app: TestApp;
let t: Tenant;
let other: Tenant;
let branchA: GraphQLClient;
let units: { A: string; B: string };
let commitmentB: string;
let webhookB: string;
let deliveryB: string;

const code = async (client: GraphQLClient, query: string, variables: Record<string, unknown> = {}) =>
  (await client.request(query, variables)).errors?.[0]?.extensions?.code;

const COMMIT = `mutation($input: CommitmentInput!) { createServiceCommitment(input: $input) { id } }`;
const HOOK = `mutation($input: CreateOutboundWebhookInput!) { createOutboundWebhook(input: $input) { webhook { id } } }`;
const commitmentOn = (unitId: string) => ({
  unitId,
  text: 'Letters are answered within 10 days.',
  source: 'INDICATOR',
  modelId: '00000000-0000-4000-8000-000000000000',
  target: 80,
});
const hookOn = (unitId: string) => ({
  name: 'CRM',
  url: 'https://crm.example.org/hook',
  unitId,
  events: ['CASE_OPENED'],
});

/** Every operation on one commitment / webhook / delivery, as [name, query, variables]. */
const onThings = (): [string, string, Record<string, unknown>][] => [
  [
    'updateServiceCommitment',
    `mutation($i: UpdateCommitmentInput!) { updateServiceCommitment(input: $i) { id } }`,
    { i: { id: commitmentB, target: 70 } },
  ],
  ['deleteServiceCommitment', `mutation($id: ID!) { deleteServiceCommitment(id: $id) }`, { id: commitmentB }],
  [
    'commitmentAchievement',
    `query($i: AchievementInput!) { commitmentAchievement(input: $i) { achievementRate } }`,
    { i: { commitmentId: commitmentB, from: '2026-01-01', to: '2026-04-01', period: 'QUARTER' } },
  ],
  [
    'updateOutboundWebhook',
    `mutation($i: UpdateOutboundWebhookInput!) { updateOutboundWebhook(input: $i) { id } }`,
    { i: { id: webhookB, enabled: false } },
  ],
  ['webhookDeliveries', `query($id: ID!) { webhookDeliveries(webhookId: $id) { id } }`, { id: webhookB }],
  ['replayWebhookDelivery', `mutation($id: ID!) { replayWebhookDelivery(deliveryId: $id) { id } }`, { id: deliveryB }],
];

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Insurer');
  other = await newTenant(app, 'Other');
  units = { A: (await newUnit(t.admin, t.headOfficeId, 'A')).id, B: (await newUnit(t.admin, t.headOfficeId, 'B')).id };
  // A branch administrator of A: every permission, but only over A's subtree.
  branchA = await newUserWithRole(app, t, 'ADMIN', units.A);
  commitmentB = (await t.admin.ok(COMMIT, { input: commitmentOn(units.B) })).createServiceCommitment.id;
  webhookB = (await t.admin.ok(HOOK, { input: hookOn(units.B) })).createOutboundWebhook.webhook.id;
  // A logged delivery of B's webhook (as the fan-out writes it).
  const [row] = await app.orm.em.fork().execute(
    `insert into webhook_delivery (id, organization_id, webhook_id, event, event_key, body, status, attempts, created_at)
     values (gen_random_uuid(), ?, ?, 'CASE_OPENED', 'CASE_OPENED:x', '{}', 'FAILED', '[]', now()) returning id`,
    [t.orgId, webhookB],
  );
  deliveryB = row.id;
});
afterAll(() => app?.close());

describe('transparency and webhooks: tenancy and subtrees', () => {
  it('another organisation cannot read or change them: NOT_FOUND, empty lists', async () => {
    for (const [name, query, variables] of onThings())
      expect(await code(other.admin, query, variables), name).toBe('NOT_FOUND');
    expect(await code(other.admin, COMMIT, { input: commitmentOn(units.B) })).toBe('NOT_FOUND');
    expect(await code(other.admin, HOOK, { input: hookOn(units.B) })).toBe('NOT_FOUND');
    const lists = await other.admin.ok(
      `{ serviceCommitments { id } outboundWebhooks { id } publishedComments { id } }`,
    );
    expect(lists).toEqual({ serviceCommitments: [], outboundWebhooks: [], publishedComments: [] });
    // Its own settings are its own: nothing of the first organisation's.
    const { transparencySettings } = await other.admin.ok(`{ transparencySettings { unitIds actionIds } }`);
    expect(transparencySettings).toEqual({ unitIds: [], actionIds: [] });
    const publish = `mutation($i: TransparencySettingsInput!) { updateTransparencySettings(input: $i) { unitIds } }`;
    expect(await code(other.admin, publish, { i: { unitIds: [units.A] } })).toBe('NOT_FOUND');
    const approve = `mutation($i: ApproveCommentInput!) { approveTransparencyComment(input: $i) { id } }`;
    expect(await code(other.admin, approve, { i: { responseId: deliveryB, question: 'comment' } })).toBe('NOT_FOUND');
  });

  it('a branch principal cannot reach what belongs to units outside its subtree: FORBIDDEN', async () => {
    for (const [name, query, variables] of onThings())
      expect(await code(branchA, query, variables), name).toBe('FORBIDDEN');
    expect(await code(branchA, COMMIT, { input: commitmentOn(units.B) })).toBe('FORBIDDEN');
    expect(await code(branchA, HOOK, { input: hookOn(units.B) })).toBe('FORBIDDEN');
    // Its lists hold only its subtree's; the publication settings are the organisation's.
    const own = (await branchA.ok(COMMIT, { input: commitmentOn(units.A) })).createServiceCommitment.id;
    const { serviceCommitments, outboundWebhooks } = await branchA.ok(
      `{ serviceCommitments { id } outboundWebhooks { id } }`,
    );
    expect(serviceCommitments.map((c: { id: string }) => c.id)).toEqual([own]);
    expect(outboundWebhooks).toEqual([]);
    expect(await code(branchA, `{ transparencySettings { enabled } }`)).toBe('FORBIDDEN');
    expect(await code(branchA, `{ publishedComments { id } }`)).toBe('FORBIDDEN');
    const publish = `mutation($i: TransparencySettingsInput!) { updateTransparencySettings(input: $i) { unitIds } }`;
    expect(await code(branchA, publish, { i: { unitIds: [units.A] } })).toBe('FORBIDDEN');
    expect(await code(branchA, `mutation { withdrawTransparencyComment(id: "${deliveryB}") }`)).toBe('FORBIDDEN');
    expect(await code(branchA, `query($u: ID!) { serviceCommitments(under: $u) { id } }`, { u: units.B })).toBe(
      'FORBIDDEN',
    );
  });
});
