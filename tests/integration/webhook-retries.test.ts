/**
 * Signed webhooks: a request is remembered as received only when it was processed, so a sender
 * retrying a failed event unchanged (same body, timestamp and signature) gets it processed, while
 * a replay of a processed one is still refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signature } from '../../server/distribution/webhook.service.js';
import { createDistribution } from '../support/distribution.js';
import { newUnit } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';

let app: TestApp;
let t: SurveyTenant;
let webhook: { url: string; secret: string };

const RULE = `mutation($input: EventRuleInput!) { saveEventRule(input: $input) { id } }`;
const receipts = async () =>
  Number((await app.orm.em.fork().getConnection().execute(`select count(*) n from webhook_receipt`))[0].n);

beforeAll(async () => {
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0', WEBHOOK_TOLERANCE_SECONDS: '300' });
  t = await newSurveyTenant(app, 'Webhooks');
  webhook = (
    await t.admin.ok(
      `mutation { createWebhookEndpoint(input: { name: "Claims", unitId: "${t.headOfficeId}" }) { secret url } }`,
    )
  ).createWebhookEndpoint;
});
afterAll(() => app?.close());

describe('webhook retries', () => {
  it('an event refused for a reason the organisation then fixes is processed when the sender retries it unchanged', async () => {
    const branch = await newUnit(t.admin, t.headOfficeId, 'BR');
    const branchOnly = (
      await createDistribution(t.admin, {
        name: 'Branch mail',
        questionnaireId: t.questionnaireId,
        channel: 'EMAIL',
        unitIds: [branch.id],
      })
    ).id;
    const everywhere = (
      await createDistribution(t.admin, {
        name: 'All mail',
        questionnaireId: t.questionnaireId,
        channel: 'EMAIL',
        unitIds: [t.headOfficeId],
      })
    ).id;
    await t.admin.ok(RULE, { input: { eventType: 'claim_paid', distributionId: branchOnly, deadlineWorkingDays: 5 } });

    const body = JSON.stringify({
      externalId: 'RETRY-1',
      type: 'claim_paid',
      unitId: t.headOfficeId,
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      contact: 'retry@example.org',
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const send = () =>
      fetch(webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-barometer-timestamp': timestamp,
          'x-barometer-signature': signature(webhook.secret, timestamp, body),
        },
        body,
      });
    const before = await receipts();

    const refused = await send();
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors[0].message).toMatch(/does not reach unit/);
    expect(await receipts()).toBe(before);

    await t.admin.ok(RULE, { input: { eventType: 'claim_paid', distributionId: everywhere, deadlineWorkingDays: 5 } });
    const retried = await send();
    expect(retried.status).toBe(200);
    expect(await retried.json()).toMatchObject({ externalId: 'RETRY-1', outcome: 'INVITED' });
    expect(await receipts()).toBe(before + 1);

    const replayed = await send();
    expect(replayed.status).toBe(409);
    expect((await replayed.json()).errors[0].message).toMatch(/already received \(replayed signature\)/);
  });

  it('of simultaneous identical deliveries one is processed and the others are refused as replays, with more requests than pooled connections', async () => {
    const deliver = (body: string) => {
      const timestamp = String(Math.floor(Date.now() / 1000));
      const headers = {
        'content-type': 'application/json',
        'x-barometer-timestamp': timestamp,
        'x-barometer-signature': signature(webhook.secret, timestamp, body),
      };
      return () => fetch(webhook.url, { method: 'POST', headers, body }).then((r) => r.status);
    };
    const same = deliver(
      JSON.stringify({ externalId: 'RACE-1', type: 'visit', occurredAt: new Date(Date.now() - 60_000).toISOString() }),
    );
    const distinct = Array.from({ length: 10 }, (_, i) =>
      deliver(
        JSON.stringify({
          externalId: `RACE-D${i}`,
          type: 'visit',
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
        }),
      ),
    );
    // The test server pools 5 connections: 20 requests at once must neither deadlock nor fail.
    const [identical, others] = await Promise.all([
      Promise.all(Array.from({ length: 10 }, same)),
      Promise.all(distinct.map((send) => send())),
    ]);
    expect(identical.sort()).toEqual([200, ...Array(9).fill(409)]);
    expect(others).toEqual(Array(10).fill(200));
  }, 15_000);
});
