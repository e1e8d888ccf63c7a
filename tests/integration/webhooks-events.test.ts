import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.js';
import { startWebhooksWorker, type WebhooksWorker } from '../../server/webhooks/index.js';
import { actionsFixture, actionsWorker, until, type ActionsFixture } from '../support/actions.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { CREATE_DRAFT, ISSUE, reportFixture, type ReportFixture } from '../support/reports.js';

/*
 * The events of docs/webhooks.md not covered by webhooks-outbound.test.ts: REPORT_ISSUED (reports),
 * ACTION_MET and ACTION_OVERDUE (actions), each posted signed to a webhook that subscribed to it.
 */

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let app: TestApp;
let receiver: Server;
let base: string;
const received: Received[] = [];
let worker: WebhooksWorker;
let reportsTenant: Tenant;
let reports: ReportFixture;
let f: ActionsFixture;

const CREATE = `mutation($input: CreateOutboundWebhookInput!) {
  createOutboundWebhook(input: $input) { secret webhook { id } } }`;
const OPEN = `mutation($input: OpenActionInput!) { openAction(input: $input) { id } }`;
const MOVE = `mutation($input: MoveActionInput!) { moveAction(input: $input) { id status } }`;

const signedWith = (secret: string, r: Received) =>
  r.headers['x-barometer-signature'] ===
  `sha256=${createHmac('sha256', secret).update(`${r.headers['x-barometer-timestamp']}.${r.body}`).digest('hex')}`;

const postOf = (path: string, event: string) =>
  until(
    async () => received.find((r) => r.path === path && r.headers['x-barometer-event'] === event),
    (r) => !!r,
  ) as Promise<Received>;

async function hook(t: Tenant, path: string, events: string[]) {
  const { createOutboundWebhook } = await t.admin.ok(CREATE, {
    input: { name: path, url: `${base}${path}`, unitId: t.headOfficeId, events },
  });
  return createOutboundWebhook.secret as string;
}

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  app = await startTestApp();
  worker = await startWebhooksWorker({ config: app.config, orm: app.orm, log: createLogger('silent') });
  reportsTenant = await newTenant(app, 'Issuer');
  reports = await reportFixture(app, reportsTenant);
  // NORTH in Q2 2026: speed 4, 5 → 75, 100 (two responses, the model's minimum).
  await reports.respond('NORTH', '2026-04-10T10:00:00Z', { speed: 4, role: 'party' });
  await reports.respond('NORTH', '2026-05-10T10:00:00Z', { speed: 5, role: 'lawyer' });
  f = await actionsFixture(app, 'Actor');
  // January (baseline) speed 25, 25, 50 on A and D; March (re-check) on A: 100, 100, 75 (a rise well above 20).
  await f.respond('A', '2026-01-15', [2, 2, 3]);
  await f.respond('D', '2026-01-15', [2, 2, 3]);
  await f.respond('A', '2026-03-15', [5, 5, 4]);
});
afterAll(async () => {
  await worker?.stop();
  await app?.close();
  receiver?.close();
});

const openAction = async (unit: 'A' | 'D', deadline: string, recheck: [string, string]) =>
  (
    await f.t.admin.ok(OPEN, {
      input: {
        unitId: f.units[unit],
        title: `Speed at ${unit}`,
        measures: 'Open a second counter at peak hours.',
        sourceKind: 'LOST_POINTS',
        modelId: f.modelId,
        indicatorKey: 'speed',
        responsibleUserId: f.manager.id,
        deadline,
        targetKind: 'SCORE_RISE',
        targetValue: 20,
        baselineFrom: '2026-01-01',
        baselineTo: '2026-02-01',
        recheckFrom: recheck[0],
        recheckTo: recheck[1],
      },
    })
  ).openAction.id as string;

describe('webhook events', () => {
  it('posts REPORT_ISSUED, signed, when a report is issued (not when it is drafted)', async () => {
    const secret = await hook(reportsTenant, '/reports', ['REPORT_ISSUED']);
    const input = { unitId: reports.units.NORTH, modelId: reports.modelId, periodKind: 'QUARTER' };
    const { createReportDraft: draft } = await reportsTenant.admin.ok(CREATE_DRAFT, {
      input: { ...input, periodStart: '2026-04-01', language: 'en' },
    });
    const { issueReport: issued } = await reportsTenant.admin.ok(ISSUE, { id: draft.id });
    const post = await postOf('/reports', 'REPORT_ISSUED');
    expect(signedWith(secret, post)).toBe(true);
    expect(JSON.parse(post.body)).toMatchObject({
      event: 'REPORT_ISSUED',
      organizationId: reportsTenant.orgId,
      data: { reportId: draft.id, unitId: reports.units.NORTH, number: issued.number, periodStart: '2026-04-01' },
    });
    expect(received.filter((r) => r.path === '/reports')).toHaveLength(1);
  });

  it('posts ACTION_MET when a re-check meets the target, and ACTION_OVERDUE when the worker finds it late', async () => {
    const secret = await hook(f.t, '/actions', ['ACTION_MET', 'ACTION_OVERDUE']);
    const met = await openAction('A', '2026-12-31', ['2026-03-01', '2026-04-01']);
    await f.manager.client.ok(MOVE, { input: { actionId: met, status: 'IN_PROGRESS' } });
    await f.manager.client.ok(MOVE, { input: { actionId: met, status: 'SUBMITTED' } });
    const { recheckAction } = await f.t.admin.ok(`mutation($id: ID!) { recheckAction(actionId: $id) { verdict } }`, {
      id: met,
    });
    expect(recheckAction.verdict).toBe('MET');
    const metPost = await postOf('/actions', 'ACTION_MET');
    expect(signedWith(secret, metPost)).toBe(true);
    expect(JSON.parse(metPost.body).data).toEqual({ actionId: met, unitId: f.units.A });

    // D: deadline 28 Feb 2026 (past), re-check period not over, never submitted: overdue.
    const late = await openAction('D', '2026-02-28', ['2026-12-01', '2027-01-01']);
    const w = await actionsWorker(app);
    try {
      await w.worker.dispatch();
    } finally {
      await w.close();
    }
    const latePost = await postOf('/actions', 'ACTION_OVERDUE');
    expect(signedWith(secret, latePost)).toBe(true);
    expect(JSON.parse(latePost.body).data).toEqual({ actionId: late, unitId: f.units.D, deadline: '2026-02-28' });
  });
});
