import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookSignature } from '../../../server/distribution/index.js';
import { CASE, CASES, newPerson, type Person } from '../../support/cases.js';
import { newTenant, newUnit, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';

/*
 * The intake surfaces besides staff entry: a unit's public complaint form (through the public-input
 * guard, with a honeypot against bots), a signed webhook for other systems (idempotent per
 * external reference), and attachments checked by their content.
 */

let app: TestApp;
let t: Tenant;
let other: Tenant;
let branch: { id: string };
let manager: Person;
let token: string;
const dataDir = mkdtempSync(join(tmpdir(), 'barometer-case-files-'));
let webhook: { url: string; secret: string; endpoint: { id: string } };

const post = (path: string, body: unknown) =>
  fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

function signed(body: unknown, sig?: string, timestamp = String(Math.floor(Date.now() / 1000))) {
  const raw = JSON.stringify(body);
  return fetch(`${app.url}/api/webhooks/complaints/${webhook.endpoint.id}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-barometer-timestamp': timestamp,
      'x-barometer-signature': sig ?? webhookSignature(webhook.secret, timestamp, raw),
    },
    body: raw,
  });
}

beforeAll(async () => {
  app = await startTestApp({ WEBHOOK_TOLERANCE_SECONDS: '300', DATA_DIR: dataDir });
  t = await newTenant(app, 'Intake');
  other = await newTenant(app, 'Other');
  branch = await newUnit(t.admin, t.headOfficeId, 'DNIPRO');
  manager = await newPerson(app, t, 'UNIT_MANAGER', branch.id, 'Manager');
  await t.admin.ok(`mutation { saveCaseCategory(input: { code: "WAIT", name: "Waiting time" }) { id } }`);
  const link = await manager.client.ok(`mutation($u: ID!) { createCaseIntakeLink(unitId: $u) { token url active } }`, {
    u: branch.id,
  });
  token = link.createCaseIntakeLink.token;
  expect(link.createCaseIntakeLink.url).toMatch(new RegExp(`/complain/${token}$`));
  webhook = (
    await t.admin.ok(
      `mutation($u: ID!) { createWebhookEndpoint(input: { name: "Call centre", unitId: $u }) { secret url endpoint { id } } }`,
      { u: branch.id },
    )
  ).createWebhookEndpoint;
});
afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the public complaint form of a unit', () => {
  it('shows the unit and its categories, and takes a complaint that the unit’s manager then sees', async () => {
    const form = await (await fetch(`${app.url}/api/complaint-form/${token}`)).json();
    expect(form).toEqual({
      unit: 'Unit DNIPRO',
      languages: ['en', 'zh-CN', 'uk'],
      categories: [{ code: 'WAIT', name: 'Waiting time' }],
      formTicket: expect.any(String),
    });
    const noContact = await post(`/api/complaint-form/${token}`, { description: 'Черга дві години.' });
    expect(noContact.status).toBe(400);
    expect((await noContact.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contact' });
    const sent = await post(`/api/complaint-form/${token}`, {
      description: 'Черга дві години.',
      contact: '+380 67 123 4567',
      language: 'uk',
      category: 'WAIT',
    });
    expect(sent.status).toBe(201);
    const { reference } = await sent.json();
    expect(reference).toMatch(/^C-\d{4}-/);
    const listed = (await manager.client.ok(CASES)).cases.edges.map((e: any) => e.node);
    const c = listed.find((n: any) => n.reference === reference);
    const shown = (await manager.client.ok(CASE, { id: c.id })).case;
    expect(shown).toMatchObject({ channel: 'ONLINE_FORM', unitId: branch.id, language: 'uk', hasContact: true });
  });

  it('refuses bad input with a sentence, answers a bot as if it worked and opens nothing, and hides unknown forms', async () => {
    const nul = await post(`/api/complaint-form/${token}`, { description: 'a\u0000b', contact: 'x@example.org' });
    expect(nul.status).toBe(400);
    expect((await nul.json()).errors[0].extensions.field).toBe('description');
    const before = (await manager.client.ok(CASES)).cases.totalCount;
    const bot = await post(`/api/complaint-form/${token}`, {
      description: 'Buy now',
      contact: 'bot@example.org',
      website: 'http://spam.example',
    });
    expect(bot.status).toBe(201);
    expect(await bot.json()).toEqual({ reference: null });
    expect((await manager.client.ok(CASES)).cases.totalCount).toBe(before);
    expect((await fetch(`${app.url}/api/complaint-form/not-a-real-token-123`)).status).toBe(404);
  });
});

describe('complaints from other systems', () => {
  it('a signed complaint opens a case once per external reference; a bad signature or a replay is refused', async () => {
    const body = { externalRef: 'CRM-7781', description: 'Claim not paid after 30 days.', contact: 'c@example.org' };
    const first = await signed(body);
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created).toMatchObject({ state: 'RECEIVED', duplicate: false });
    // The sender retries later (a new signature): the same case.
    const again = await signed(body, undefined, String(Math.floor(Date.now() / 1000) - 30));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: created.id, reference: created.reference, duplicate: true });
    expect((await signed(body, 'sha256=00')).status).toBe(403);
    const timestamp = String(Math.floor(Date.now() / 1000) - 60);
    const sig = webhookSignature(webhook.secret, timestamp, JSON.stringify({ ...body, externalRef: 'CRM-7782' }));
    expect((await signed({ ...body, externalRef: 'CRM-7782' }, sig, timestamp)).status).toBe(201);
    expect((await signed({ ...body, externalRef: 'CRM-7782' }, sig, timestamp)).status).toBe(409);
    const missing = await signed({ description: 'x' });
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors[0].extensions.field).toBe('externalRef');
  });
});

describe('attachments', () => {
  // The 8-byte PNG signature and an IHDR chunk: enough for the content check.
  const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
  const upload = (caseId: string, bytes: Buffer, name: string, client = manager.client) =>
    fetch(`${app.url}/api/cases/${caseId}/attachments`, {
      method: 'POST',
      headers: { cookie: cookieOf(client), 'x-file-name': encodeURIComponent(name) },
      body: new Uint8Array(bytes),
    });
  const cookieOf = (client: Person['client']) => `barometer_session=${client.cookie('barometer_session')}`;

  it('takes a file whose content is an allowed type, refuses one that only has the name, and serves it back', async () => {
    const c = (await manager.client.ok(CASES)).cases.edges[0].node;
    const ok = await upload(c.id, PNG, '收据.png');
    expect(ok.status).toBe(201);
    const saved = await ok.json();
    expect(saved).toMatchObject({ fileName: '收据.png', mediaType: 'image/png', size: PNG.length });
    const fake = await upload(c.id, Buffer.from('just text, not a picture'), 'photo.png');
    expect(fake.status).toBe(400);
    expect((await fake.json()).errors[0].message).toContain('not a known type');
    const back = await fetch(`${app.url}/api/case-attachments/${saved.id}`, {
      headers: { cookie: cookieOf(manager.client) },
    });
    expect(Buffer.from(await back.arrayBuffer()).equals(PNG)).toBe(true);
    const theirs = await fetch(`${app.url}/api/case-attachments/${saved.id}`, {
      headers: { cookie: cookieOf(other.admin) },
    });
    expect(theirs.status).toBe(404);
    const shown = (
      await manager.client.ok(`query($id: ID!) { case(id: $id) { attachments { fileName mediaType size } } }`, {
        id: c.id,
      })
    ).case;
    expect(shown.attachments).toEqual([{ fileName: '收据.png', mediaType: 'image/png', size: PNG.length }]);
  });
});
