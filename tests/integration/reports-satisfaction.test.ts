import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasesWorker } from '../../server/cases/index.js';
import type { DeliveryWorker } from '../../server/distribution/index.js';
import { CASE, CREATE_CASE, move, newPerson, startCases, type Person } from '../support/cases.js';
import {
  createDistribution,
  eventually,
  FAST_DELIVERY,
  requestId,
  startWorker,
  SUBMIT,
} from '../support/distribution.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../support/questionnaires.js';
import { CREATE_DRAFT, reportFixture, sessionCookie, type ReportFixture } from '../support/reports.js';
import { linkIn, startSmtp, type SmtpListener } from '../support/smtp.js';

/*
 * A report's "satisfied with the handling" at a value other than zero (docs/reports.md, Complaints and
 * cases): complaints are closed through the cases module, the follow-up survey goes out by e-mail on
 * the organisation's complaint_closed rule, the clients answer through the link in the mail, and the
 * report counts the answered surveys and the satisfied ones of its unit's subtree.
 */
let app: TestApp;
let smtp: SmtpListener;
let delivery: DeliveryWorker;
let cases: CasesWorker;
let t: Tenant;
let f: ReportFixture;
let owner: Person;

const mailTo = (address: string) => smtp.received.filter((m) => JSON.stringify(m.to ?? '').includes(address));

/** A complaint of `unit` with a client's address, taken from receipt to closing (which schedules the survey). */
async function closedComplaint(unit: 'NORTH' | 'SOUTH', contact: string) {
  const c = (
    await t.admin.ok(CREATE_CASE, { input: { unitId: f.units[unit], channel: 'LETTER', description: 'Slow', contact } })
  ).createCase;
  await move(t.admin, c.id, 'ACKNOWLEDGED');
  await move(t.admin, c.id, 'ACCEPTED');
  await move(t.admin, c.id, 'ASSIGNED', { ownerId: owner.id });
  await move(t.admin, c.id, 'RESOLVED', { resolution: 'Answered in full', responsibility: 'UNIT' });
  await move(t.admin, c.id, 'CLOSED');
  return c.id as string;
}

/** The client answers the follow-up survey of the mail sent to `contact` with `rating` (1–5). */
async function answer(caseId: string, contact: string, rating: number) {
  const survey = await eventually(
    async () => mailTo(contact).find((m) => /\/r\//.test(m.text ?? '')),
    20_000,
    `the follow-up survey to ${contact}`,
  );
  const sent = await app.client().request(SUBMIT, {
    input: { token: linkIn(survey), answers: { handling: rating }, clientRequestId: requestId() },
  });
  expect(sent.errors).toBeUndefined();
  await eventually(
    async () => (await t.admin.ok(CASE, { id: caseId })).case.followUp.satisfied !== null,
    20_000,
    `the answer of ${contact} scored`,
  );
}

const yearDraft = async (unit: 'HO' | 'NORTH') =>
  (
    await t.admin.ok(CREATE_DRAFT, {
      input: {
        unitId: f.units[unit],
        modelId: f.modelId,
        periodKind: 'YEAR',
        periodStart: '2026-01-01',
        language: 'en',
      },
    })
  ).createReportDraft;

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startTestApp({ ...FAST_DELIVERY, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) });
  delivery = await startWorker(app);
  cases = await startCases(app);
  t = await newTenant(app, 'Report satisfaction');
  f = await reportFixture(app, t);
  owner = await newPerson(app, t, 'UNIT_MANAGER', t.headOfficeId, 'Owner');
  await f.respond('NORTH', '2026-03-10T10:00:00Z', { speed: 4, role: 'party' });
  await f.respond('NORTH', '2026-03-12T10:00:00Z', { speed: 3, role: 'party' });
  // The survey of the handling, scored by a one-item model: rating r → (r − 1) / 4 × 100; satisfied from 70.
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('handling'), 'Handling follow-up');
  await publish(t.admin, q.id, 'v1');
  const definition = {
    minResponses: 1,
    root: {
      key: 'index',
      kind: 'INDEX',
      label: 'Handling',
      children: [
        { key: 'h', kind: 'SURVEY', label: 'Handling', items: [{ questionnaireId: q.id, question: 'handling' }] },
      ],
    },
  };
  const model = await t.admin.ok(
    `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
    { input: { unitId: t.headOfficeId, name: 'Handling', definition } },
  );
  await t.admin.ok(`mutation($id: ID!) { publishIndicatorModel(input: { modelId: $id }) { id } }`, {
    id: model.createIndicatorModel.id,
  });
  const d = await createDistribution(t.admin, {
    name: 'Complaint follow-up',
    questionnaireId: q.id,
    channel: 'EMAIL',
    anonymity: 'CONFIDENTIAL',
    unitIds: [t.headOfficeId],
  });
  await t.admin.ok(`mutation($input: EventRuleInput!) { saveEventRule(input: $input) { id } }`, {
    input: { eventType: 'complaint_closed', distributionId: d.id, deadlineWorkingDays: 5 },
  });

  // All received and closed today (inside 2026). NORTH: a answers 5 → 100, b 4 → 75 (both satisfied),
  // c 2 → 25 (not satisfied), d never answers. SOUTH (outside NORTH's subtree): e answers 5 → 100.
  const a = await closedComplaint('NORTH', 'a@clients.test');
  const b = await closedComplaint('NORTH', 'b@clients.test');
  const c = await closedComplaint('NORTH', 'c@clients.test');
  await closedComplaint('NORTH', 'd@clients.test');
  const e = await closedComplaint('SOUTH', 'e@clients.test');
  await answer(a, 'a@clients.test', 5);
  await answer(b, 'b@clients.test', 4);
  await answer(c, 'c@clients.test', 2);
  await answer(e, 'e@clients.test', 5);
}, 120_000);

afterAll(async () => {
  await cases?.stop();
  await delivery?.stop();
  await app?.close();
  await smtp?.close();
});

describe('the satisfaction with the handling of complaints in a report', () => {
  it('counts the answered follow-up surveys of the subtree and the satisfied ones, in the HTML and the PDF', async () => {
    const north = await yearDraft('NORTH');
    // By hand, above: NORTH received 4 (a–d), accepted 4, resolved 4, all on time; answered 3 (a, b, c),
    // satisfied 2 (a, b): 2 / 3 = 66.7 % → printed 67%.
    expect(north.content.cases).toEqual({
      received: 4,
      accepted: 4,
      resolved: 4,
      resolvedOnTime: 4,
      reopened: 0,
      followUpsAnswered: 3,
      satisfied: 2,
    });
    const line = 'Satisfied with the handling: 2 / 3 follow-up surveys answered (67%)';
    const html = await (
      await fetch(`${app.url}${north.htmlPath}`, { headers: { cookie: sessionCookie(t.admin) } })
    ).text();
    expect(html).toContain(line);
    const pdf = await fetch(`${app.url}${north.pdfPath}`, { headers: { cookie: sessionCookie(t.admin) } });
    const file = join(mkdtempSync(join(tmpdir(), 'report-satisfaction-')), 'report.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    expect(execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ')).toContain(line);

    // The head office's subtree adds SOUTH's e: answered 4, satisfied 3 → 3 / 4 = 75%.
    const ho = await yearDraft('HO');
    expect(ho.content.cases).toMatchObject({ received: 5, followUpsAnswered: 4, satisfied: 3 });
    const hoHtml = await (
      await fetch(`${app.url}${ho.htmlPath}`, { headers: { cookie: sessionCookie(t.admin) } })
    ).text();
    expect(hoHtml).toContain('Satisfied with the handling: 3 / 4 follow-up surveys answered (75%)');
  }, 60_000);
});
