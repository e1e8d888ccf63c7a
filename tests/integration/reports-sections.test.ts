import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_CASE, move, newPerson, type Person } from '../support/cases.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  CREATE_DRAFT,
  EDIT_DRAFT,
  ISSUE,
  REPORT,
  reportFixture,
  sessionCookie,
  type ReportFixture,
} from '../support/reports.js';

/** The complaints and rectification-actions sections of a report (docs/reports.md), counted by hand. */
let app: TestApp;
let t: Tenant;
let f: ReportFixture;
let owner: Person;

const OPEN = `mutation($input: OpenActionInput!) { openAction(input: $input) { id } }`;
const MOVE_ACTION = `mutation($input: MoveActionInput!) { moveAction(input: $input) { id status } }`;
const RECHECK = `mutation($id: ID!) { recheckAction(actionId: $id) { verdict } }`;

const complaint = async (unit: 'NORTH' | 'SOUTH', description: string) =>
  (await t.admin.ok(CREATE_CASE, { input: { unitId: f.units[unit], description, channel: 'COUNTER' } })).createCase
    .id as string;

async function openAction(unit: 'NORTH' | 'SOUTH', deadline: string) {
  const input = {
    unitId: f.units[unit],
    title: `Speed at ${unit}`,
    measures: 'A second counter at peak hours.',
    sourceKind: 'LOST_POINTS',
    modelId: f.modelId,
    indicatorKey: 'speed',
    baselineFrom: '2026-03-01',
    baselineTo: '2026-04-01',
    recheckFrom: '2026-04-01',
    recheckTo: '2026-05-01',
    responsibleUserId: owner.id,
    deadline,
    targetKind: 'SCORE_REACH',
    targetValue: 50,
  };
  return (await t.admin.ok(OPEN, { input })).openAction.id as string;
}

const yearDraft = async (language = 'en') =>
  (
    await t.admin.ok(CREATE_DRAFT, {
      input: { unitId: f.units.NORTH, modelId: f.modelId, periodKind: 'YEAR', periodStart: '2026-01-01', language },
    })
  ).createReportDraft;

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Report sections');
  f = await reportFixture(app, t);
  owner = await newPerson(app, t, 'UNIT_MANAGER', f.units.NORTH, 'Owner');
  // NORTH, March: speed 3, 3 → 50 (the baseline); April: speed 5, 4 → 100, 75 = 87.5 ≥ 50 (the re-check: MET).
  await f.respond('NORTH', '2026-03-10T10:00:00Z', { speed: 3, role: 'party' });
  await f.respond('NORTH', '2026-03-12T10:00:00Z', { speed: 3, role: 'party' });
  await f.respond('NORTH', '2026-04-10T10:00:00Z', { speed: 5, role: 'party' });
  await f.respond('NORTH', '2026-04-20T10:00:00Z', { speed: 4, role: 'lawyer' });
  // Complaints, all received today (2026, inside the year reported). NORTH:
  //   1 accepted, assigned, resolved at once (on time: the deadline is days away);
  //   2 rejected, then reopened; 3 only received. SOUTH: 4 (outside NORTH's subtree).
  const one = await complaint('NORTH', 'Waited two hours');
  await move(t.admin, one, 'ACKNOWLEDGED');
  await move(t.admin, one, 'ACCEPTED');
  await move(t.admin, one, 'ASSIGNED', { ownerId: owner.id });
  await move(t.admin, one, 'RESOLVED', { resolution: 'Second counter opened', responsibility: 'UNIT' });
  const two = await complaint('NORTH', 'Rude clerk');
  await move(t.admin, two, 'ACKNOWLEDGED');
  await move(t.admin, two, 'REJECTED', { reason: 'The clerk was on leave that day.' });
  await move(t.admin, two, 'REOPENED', { note: 'The client has a witness.' });
  await complaint('NORTH', 'No parking');
  await complaint('SOUTH', 'Cold room');
  // Actions, all opened today. NORTH: a, due 2026-12-31, submitted today and re-checked MET (met on time);
  // b, due 2026-02-28, never submitted (overdue); c, due 2026-12-31, still open. SOUTH: d (outside).
  const a = await openAction('NORTH', '2026-12-31');
  await t.admin.ok(MOVE_ACTION, { input: { actionId: a, status: 'IN_PROGRESS' } });
  await t.admin.ok(MOVE_ACTION, { input: { actionId: a, status: 'SUBMITTED' } });
  expect((await t.admin.ok(RECHECK, { id: a })).recheckAction.verdict).toBe('MET');
  await openAction('NORTH', '2026-02-28');
  await openAction('NORTH', '2026-12-31');
  await openAction('SOUTH', '2026-12-31');
}, 60_000);
afterAll(() => app?.close());

describe('the complaints and actions sections of a report', () => {
  it('count the subtree’s complaints and actions of the period, and are frozen at issue', async () => {
    const draft = await yearDraft();
    // By hand, above: received 3 (1, 2, 3), accepted 1 (1), resolved 1 (1), on time 1, reopened 1 (2);
    // no follow-up survey answered.
    expect(draft.content.cases).toEqual({
      received: 3,
      accepted: 1,
      resolved: 1,
      resolvedOnTime: 1,
      reopened: 1,
      followUpsAnswered: 0,
      satisfied: 0,
    });
    // Opened 3 (a, b, c), due 3, met on time 1 (a), not met 0, overdue 1 (b).
    expect(draft.content.actions).toEqual({ opened: 3, due: 3, metOnTime: 1, notMet: 0, overdue: 1 });
    await t.admin.ok(EDIT_DRAFT, {
      input: { reportId: draft.id, commentary: '<p>See <a href="https://example.org/plan">the plan</a></p>' },
    });
    const issued = (await t.admin.ok(ISSUE, { id: draft.id })).issueReport;
    expect(issued.commentary).toBe('<p>See <a href="https://example.org/plan">the plan</a></p>');
    await complaint('NORTH', 'Lost file');
    await openAction('NORTH', '2026-12-31');
    expect((await t.admin.ok(REPORT, { id: draft.id })).report.content).toEqual(issued.content);
    const fresh = await yearDraft();
    expect(fresh.content.cases.received).toBe(4);
    expect(fresh.content.actions.opened).toBe(4);

    const html = await (
      await fetch(`${app.url}${issued.htmlPath}`, { headers: { cookie: sessionCookie(t.admin) } })
    ).text();
    expect(html).toContain('Complaints received: 3 · accepted 1 · resolved 1 · resolved on time 1 · reopened 1');
    expect(html).toContain('Due in the period: 3 · met on time 1 · not met 0 · overdue 1');
    const pdf = await fetch(`${app.url}${issued.pdfPath}`, { headers: { cookie: sessionCookie(t.admin) } });
    const file = join(mkdtempSync(join(tmpdir(), 'report-sections-')), 'report.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain('Complaints and cases');
    expect(text).toContain('Complaints received: 3 · accepted 1 · resolved 1 · resolved on time 1 · reopened 1');
    expect(text).toContain('Opened in the period: 3');
    expect(text).toContain('Due in the period: 3 · met on time 1 · not met 0 · overdue 1');
  }, 60_000);

  it('are left out when the period has no complaint and no action', async () => {
    // March 2026: the complaints came today and no action is due in March.
    const { createReportDraft: march } = await t.admin.ok(CREATE_DRAFT, {
      input: {
        unitId: f.units.NORTH,
        modelId: f.modelId,
        periodKind: 'MONTH',
        periodStart: '2026-03-01',
        language: 'en',
      },
    });
    expect(march.content.cases).toBeNull();
    expect(march.content.actions).toBeNull();
    const html = await (
      await fetch(`${app.url}${march.htmlPath}`, { headers: { cookie: sessionCookie(t.admin) } })
    ).text();
    expect(html).not.toContain('Complaints and cases');
    expect(html).not.toContain('Rectification actions');
  });

  it('keep links to http, https and mailto only', async () => {
    const draft = await yearDraft();
    const { editReportDraft } = await t.admin.ok(EDIT_DRAFT, {
      input: {
        reportId: draft.id,
        commentary:
          '<p><a href="javascript:alert(1)" onclick="x()">bad</a> <a href="mailto:a@b.test" target="_blank">mail</a></p>',
      },
    });
    expect(editReportDraft.commentary).toBe('<p><a>bad</a> <a href="mailto:a@b.test">mail</a></p>');
  });

  it('make the commentary’s links and the web app’s address live links in the PDF', async () => {
    const draft = await yearDraft('uk');
    await t.admin.ok(EDIT_DRAFT, {
      input: {
        reportId: draft.id,
        commentary: '<p>План: <a href="https://example.org/plan?a=1&amp;b=2">дії</a>, <b>далі</b> текст.</p>',
      },
    });
    const pdf = await fetch(`${app.url}${draft.pdfPath}`, { headers: { cookie: sessionCookie(t.admin) } });
    const file = join(mkdtempSync(join(tmpdir(), 'report-links-')), 'report.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    // pdfinfo -url: a header line, then "page type URL" per link annotation (not text that merely looks like one).
    const links = execFileSync('pdfinfo', ['-url', file])
      .toString()
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.trim().split(/\s+/));
    expect(links).toContainEqual(['1', 'Annotation', `${app.url}/reports/${draft.id}`]);
    expect(links.filter((l) => l[2] === 'https://example.org/plan?a=1&b=2').length).toBeGreaterThan(0);
    // Only the link's own text is linked: the words after it are not.
    expect(
      links.every((l) => [`${app.url}/reports/${draft.id}`, 'https://example.org/plan?a=1&b=2'].includes(l[2])),
    ).toBe(true);
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain('План: дії, далі текст.');
  });

  it('put the organisation’s logo in the PDF header, through its settings', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const images = async () => {
      const draft = await yearDraft();
      const pdf = await fetch(`${app.url}${draft.pdfPath}`, { headers: { cookie: sessionCookie(t.admin) } });
      const file = join(mkdtempSync(join(tmpdir(), 'report-logo-')), 'report.pdf');
      writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
      // pdfimages -list: two header lines, then per image "page num type width height …" (its alpha mask: smask).
      const lines = execFileSync('pdfimages', ['-list', file]).toString().trim().split('\n').slice(2);
      return lines.map((l) => l.trim().split(/\s+/)).filter((c) => c[2] === 'image');
    };
    expect(await images()).toEqual([]);
    await t.admin.ok(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name } }`, {
      input: { logo: `data:image/png;base64,${png}` },
    });
    const drawn = await images();
    expect(drawn).toHaveLength(1);
    expect([drawn[0][0], drawn[0][3], drawn[0][4]]).toEqual(['1', '1', '1']); // the 1 × 1 logo, on page 1
  });
});
