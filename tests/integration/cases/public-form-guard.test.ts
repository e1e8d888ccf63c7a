import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, newPerson, type Person } from '../../support/cases.js';
import { eventually } from '../../support/distribution.js';
import { newTenant, newUnit, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';

/*
 * The public complaint form has the same protection as survey submission (server/http/abuse-guard.ts):
 * the form ticket from opening it must come back, at least BOT_MIN_FILL_SECONDS old (1 here), and
 * posts are counted per link token (4 in a window here) and per address, with 429 and Retry-After.
 */

let app: TestApp;
let t: Tenant;
let manager: Person;
let token: string;

const complaint = { description: 'Черга дві години.', contact: 'client@example.org', language: 'uk' };
async function post(body: unknown, from = '198.51.100.7') {
  const response = await fetch(`${app.url}/api/complaint-form/${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as any;
  return { status: response.status, retryAfter: response.headers.get('retry-after'), json, error: json.errors?.[0] };
}
const openForm = async () =>
  (await (await fetch(`${app.url}/api/complaint-form/${token}`)).json()).formTicket as string;
const cases = async () => (await manager.client.ok(CASES)).cases.totalCount;

beforeAll(async () => {
  app = await startTestApp({ BOT_MIN_FILL_SECONDS: '1', RATE_LIMIT_PER_TOKEN: '4', RATE_LIMIT_PER_ADDRESS: '100' });
  t = await newTenant(app, 'Form guard');
  const branch = await newUnit(t.admin, t.headOfficeId, 'POLTAVA');
  manager = await newPerson(app, t, 'UNIT_MANAGER', branch.id, 'Manager');
  const link = await manager.client.ok(`mutation($u: ID!) { createCaseIntakeLink(unitId: $u) { token } }`, {
    u: branch.id,
  });
  token = link.createCaseIntakeLink.token;
});
afterAll(() => app?.close());

describe('the public complaint form’s bot check and rate limit', () => {
  it('refuses a post without a ticket or too soon after opening, takes one that waited, then limits the link', async () => {
    // 1st post: no ticket.
    const bare = await post(complaint);
    expect(bare.status).toBe(400);
    expect(bare.error.extensions).toMatchObject({ code: 'BOT_SUSPECTED', reason: 'NO_TICKET' });
    // 2nd: a ticket issued this instant (under 1 second old).
    const ticket = await openForm();
    const issued = Number(ticket.split('.')[0]);
    const hasty = await post({ ...complaint, formTicket: ticket });
    expect(hasty.error.extensions).toMatchObject({ code: 'BOT_SUSPECTED', reason: 'TOO_FAST', retryAfterSeconds: 1 });
    expect(await cases()).toBe(0);
    // 3rd: the same ticket once it is a second old.
    await eventually(async () => Date.now() - issued >= 1100, 5_000, 'the ticket is a second old');
    const sent = await post({ ...complaint, formTicket: ticket });
    expect(sent.status).toBe(201);
    expect(sent.json.reference).toMatch(/^C-\d{4}-/);
    expect(await cases()).toBe(1);
    // 4th is the last the link takes in this window, from any address; the 5th is refused.
    expect((await post({ ...complaint, formTicket: ticket }, '198.51.100.8')).status).toBe(201);
    const limited = await post({ ...complaint, formTicket: ticket }, '198.51.100.9');
    expect(limited.status).toBe(429);
    expect(limited.error.extensions).toMatchObject({ code: 'RATE_LIMITED', limited: 'LINK' });
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    expect(await cases()).toBe(2);
  });
});
