import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { covers, textRuns } from '../../server/reports/fonts.js';
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

let app: TestApp;
let t: Tenant;
let f: ReportFixture;

const Q2 = { from: '2026-04-01', to: '2026-07-01' };
const PARAGRAPH = 'Філія має поліпшити швидкість: їхні клієнти чекають; ґанок, є. 分公司应提高理赔时效，满意度下降。';

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Reports');
  f = await reportFixture(app, t);
  // speed 1..5 scores 0, 25, 50, 75, 100. NORTH in Q2 2026: 100, 75, 0 → 175/3 = 58.33
  await f.respond('NORTH', '2026-04-10T10:00:00Z', { speed: 5, role: 'lawyer', remarks: 'Fast and polite' });
  await f.respond('NORTH', '2026-05-10T10:00:00Z', { speed: 4, role: 'party' });
  await f.respond('NORTH', '2026-06-10T10:00:00Z', { speed: 1, role: 'party', remarks: 'Waited two hours' });
  // SOUTH in Q2: 75, 75 → 75, ranked first; NORTH second.
  await f.respond('SOUTH', '2026-04-11T10:00:00Z', { speed: 4, role: 'party' });
  await f.respond('SOUTH', '2026-04-12T10:00:00Z', { speed: 4, role: 'lawyer' });
  // NORTH in Q1 2026: 50, 50 → 50; Q2 − Q1 = +8.33
  await f.respond('NORTH', '2026-02-10T10:00:00Z', { speed: 3, role: 'party' });
  await f.respond('NORTH', '2026-03-10T10:00:00Z', { speed: 3, role: 'party' });
});
afterAll(() => app?.close());

const draftInput = (extra: Record<string, unknown> = {}) => ({
  unitId: f.units.NORTH,
  modelId: f.modelId,
  periodKind: 'QUARTER',
  periodStart: '2026-04-01',
  language: 'en',
  ...extra,
});

describe('a quarterly report of a branch', () => {
  it('takes its numbers from the scores, ranking and scoreSeries answers', async () => {
    const { createReportDraft: report } = await t.admin.ok(CREATE_DRAFT, { input: draftInput() });
    const c = report.content;
    const input = { modelId: f.modelId, unitId: f.units.NORTH, ...Q2 };
    const { scores } = await t.admin.ok(
      `query($input: ScoresInput!) { scores(input: $input) { responseCount nodes { key score ci95 n lostPoints band { label } } } }`,
      { input },
    );
    const root = scores.nodes[0];
    expect(root.score).toBeCloseTo(175 / 3, 9); // by hand, above
    expect(c.index).toMatchObject({ score: root.score, ci95: root.ci95, n: 3, band: root.band?.label ?? null });
    expect(c.responseCount).toBe(scores.responseCount);
    expect(c.nodes.map((n: any) => [n.key, n.score, n.n, n.lostPoints])).toEqual(
      scores.nodes.map((n: any) => [n.key, n.score, n.n, n.lostPoints]),
    );
    const { ranking } = await t.admin.ok(
      `query($input: ScoresInput!) { ranking(input: $input) { unit { id } rank score n } }`,
      { input: { ...input, unitId: f.units.HO } },
    );
    expect(c.siblings.entries.map((e: any) => [e.unitId, e.rank, e.score, e.n])).toEqual(
      ranking.map((e: any) => [e.unit.id, e.rank, e.score, e.n]),
    );
    expect(c.siblings.entries.find((e: any) => e.self)).toMatchObject({ unitId: f.units.NORTH, rank: 2 });
    const { scoreSeries } = await t.admin.ok(
      `query($input: ScoresInput!) { scoreSeries(input: $input, granularity: QUARTER) { label responseCount nodes { score } deltaPrevious { delta significant } } }`,
      { input: { ...input, from: '2025-04-01' } },
    );
    expect(c.trend.map((p: any) => [p.label, p.score, p.n, p.delta, p.significant])).toEqual(
      scoreSeries.map((p: any) => [
        p.label,
        p.nodes[0].score,
        p.responseCount,
        p.deltaPrevious?.delta ?? null,
        p.deltaPrevious?.significant ?? false,
      ]),
    );
    expect(c.trend.at(-2).score).toBe(50);
    expect(c.trend.at(-1).delta).toBeCloseTo(175 / 3 - 50, 9);
    // Lost points: speed lost 100 − 58.33; the one low scorer (speed 1) wrote the complaint, and was a party
    // (low scorers: party 1/1; high scorers, speed 4–5: party 1/2, lawyer 1/2).
    expect(c.lostPoints[0]).toMatchObject({ key: 'speed', lowComments: ['Waited two hours'] });
    expect(c.lostPoints[0].lostPoints).toBeCloseTo(100 - 175 / 3, 9);
    expect(c.lostPoints[0].answers[0]).toMatchObject({
      question: 'role',
      answer: 'party',
      lowShare: 1,
      highShare: 0.5,
    });
    expect(c.comments).toEqual({ top: ['Fast and polite'], bottom: ['Waited two hours'] });
  });

  it('cleans the commentary, and once issued never changes when new responses arrive', async () => {
    const draft = (await t.admin.ok(CREATE_DRAFT, { input: draftInput() })).createReportDraft;
    const edited = (
      await t.admin.ok(EDIT_DRAFT, {
        input: {
          reportId: draft.id,
          commentary: '<p>Speed <b>fell</b><script>alert(1)</script><img src=x onerror=alert(2)></p>',
          unitNotes: [{ unitId: f.units.NORTH, requirements: '<ul><li>Answer within a day</li></ul>', advice: 'Hire' }],
        },
      })
    ).editReportDraft;
    expect(edited.commentary).toBe('<p>Speed <b>fell</b></p>');
    const issued = (await t.admin.ok(ISSUE, { id: draft.id })).issueReport;
    expect(issued).toMatchObject({ status: 'ISSUED', issuedByName: 'Reports admin' });
    expect(issued.number).toMatch(/^2026-Q2-\d{4}$/);
    await f.respond('NORTH', '2026-06-20T10:00:00Z', { speed: 5, role: 'party' });
    await f.respond('NORTH', '2026-06-21T10:00:00Z', { speed: 5, role: 'party' });
    const later = (await t.admin.ok(REPORT, { id: draft.id })).report;
    expect(later).toEqual(issued);
    expect(later.content.index.n).toBe(3);
    // A new draft sees the new responses: (175 + 200)/5 = 75
    const fresh = (await t.admin.ok(CREATE_DRAFT, { input: draftInput() })).createReportDraft;
    expect(fresh.content.index).toMatchObject({ score: 75, n: 5 });
    const refused = await t.admin.fails(EDIT_DRAFT, { input: { reportId: draft.id, commentary: 'x' } });
    expect(refused.extensions?.code).toBe('CONFLICT');
    const second = (await t.admin.ok(ISSUE, { id: fresh.id })).issueReport;
    expect(Number(second.number.slice(-4))).toBe(Number(issued.number.slice(-4)) + 1);
  });
});

describe('the PDF', () => {
  it('is A4 with embedded fonts that draw every character of Chinese and Ukrainian text', async () => {
    const draft = (await t.admin.ok(CREATE_DRAFT, { input: draftInput({ language: 'uk' }) })).createReportDraft;
    await t.admin.ok(EDIT_DRAFT, { input: { reportId: draft.id, commentary: `<p>${PARAGRAPH}</p>` } });
    const response = await fetch(`${app.url}${draft.pdfPath}`, { headers: { cookie: sessionCookie(t.admin) } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
    const file = join(dir, 'report.pdf');
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const fonts = execFileSync('pdffonts', [file]).toString().split('\n').slice(2).filter(Boolean);
    expect(fonts.some((l) => /NotoSans-Regular/.test(l))).toBe(true);
    expect(fonts.some((l) => /NotoSansSC-Regular/.test(l))).toBe(true);
    // Columns: name type encoding emb sub uni object ID: every font is embedded ("yes" in the emb column).
    for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe('yes');
    // Every character of the paragraph is drawn by the font the splitter chose for it.
    for (const run of textRuns(PARAGRAPH)) expect(covers(run.font, run.text), `${run.text} in ${run.font}`).toBe(true);
    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', file, join(dir, 'page')]);
    const png = readFileSync(join(dir, 'page-1.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(join(dir, 'page-1.png')).size).toBeGreaterThan(2000);
    const text = execFileSync('pdftotext', [file, '-']).toString();
    expect(text).toContain('分公司应提高理赔时效');
    expect(text).toContain('поліпшити швидкість: їхні');
    expect(text).toMatch(/Сторінка 1 з \d/);
  });

  it('is served as HTML to a signed-in reader, and to no one else', async () => {
    const draft = (await t.admin.ok(CREATE_DRAFT, { input: draftInput() })).createReportDraft;
    const html = await fetch(`${app.url}${draft.htmlPath}`, { headers: { cookie: sessionCookie(t.admin) } });
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('Overall satisfaction index');
    expect((await fetch(`${app.url}${draft.pdfPath}`)).status).toBe(401);
  });
});
