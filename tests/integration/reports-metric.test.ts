import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { CREATE_DRAFT, reportFixture, sessionCookie, type ReportFixture } from '../support/reports.js';

/*
 * A report over a model with a METRIC leaf (an administrative statistic, design.md §4): the
 * "Administrative statistics" section shows the leaf's value and score as `scores` answers them,
 * in the HTML and in the PDF.
 */

let app: TestApp;
let t: Tenant;
let f: ReportFixture;
let modelId: string;

const SCORES = `query($input: ScoresInput!) { scores(input: $input) { nodes { key score value n } } }`;

const record = (unitId: string, periodStart: string, periodEnd: string, value: number) =>
  t.admin.ok(`mutation($input: RecordMetricInput!) { recordMetric(input: $input) { id } }`, {
    input: { metricKey: 'complaints', unitId, periodStart, periodEnd, value, denominator: 100 },
  });

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Metric court');
  f = await reportFixture(app, t);
  // Complaints per case, lower is better: 0.1 scores 0, none scores 100.
  await t.admin.ok(
    `mutation { createMetric(input: { key: "complaints", label: "Complaints", kind: FLOW, worst: 0.1, target: 0,
      denominatorLabel: "cases" }) { id } }`,
  );
  const definition = {
    minResponses: 2,
    root: {
      key: 'index',
      kind: 'INDEX',
      label: 'Index',
      children: [
        {
          key: 'speed',
          kind: 'SURVEY',
          label: 'Speed',
          weight: 1,
          items: [{ questionnaireId: f.questionnaireId, question: 'speed' }],
        },
        { key: 'complaints', kind: 'METRIC', label: 'Complaints', weight: 1, metricKey: 'complaints' },
      ],
    },
  };
  modelId = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: { unitId: t.headOfficeId, name: 'Court index with statistics', definition },
    })
  ).createIndicatorModel.id;
  await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${modelId}" }) { id } }`);
  // NORTH in Q1 2026: speed 5, 4 → 100, 75.
  await f.respond('NORTH', '2026-02-10T10:00:00Z', { speed: 5, role: 'lawyer' });
  await f.respond('NORTH', '2026-03-10T10:00:00Z', { speed: 4, role: 'party' });
  // Complaints: January 3 of 100 cases, February 1 of 100 (inside Q1); December–January 50 of 100
  // (not wholly inside Q1: left out); SOUTH's 9 of 100 (outside NORTH's subtree).
  await record(f.units.NORTH, '2026-01-01', '2026-02-01', 3);
  await record(f.units.NORTH, '2026-02-01', '2026-03-01', 1);
  await record(f.units.NORTH, '2025-12-01', '2026-02-01', 50);
  await record(f.units.SOUTH, '2026-01-01', '2026-02-01', 9);
});
afterAll(() => app?.close());

describe('a report with a METRIC leaf', () => {
  it('shows the administrative statistic as scores computes it, in the HTML and the PDF', async () => {
    const input = { unitId: f.units.NORTH, modelId, periodKind: 'QUARTER', periodStart: '2026-01-01' };
    const report = (await t.admin.ok(CREATE_DRAFT, { input: { ...input, language: 'en' } })).createReportDraft;
    // FLOW: Σvalue / Σdenominator = (3 + 1) / (100 + 100) = 0.02;
    // score = 100 · (0.02 − 0.1) / (0 − 0.1) = 80. Index (87.5 + 80) / 2 = 83.75.
    expect(report.content.metrics).toEqual([
      { key: 'complaints', label: 'Complaints', value: expect.closeTo(0.02, 12), score: expect.closeTo(80, 10) },
    ]);
    expect(report.content.index.score).toBeCloseTo(83.75, 10);
    const { scores } = await t.admin.ok(SCORES, {
      input: { modelId, unitId: f.units.NORTH, from: '2026-01-01', to: '2026-04-01' },
    });
    const complaints = scores.nodes.find((n: { key: string }) => n.key === 'complaints');
    expect(complaints).toMatchObject({
      value: report.content.metrics[0].value,
      score: report.content.metrics[0].score,
    });

    const cookie = sessionCookie(t.admin);
    const html = await (await fetch(`${app.url}${report.htmlPath}`, { headers: { cookie } })).text();
    expect(html).toContain('<h2>Administrative statistics</h2><ul><li>Complaints: 0.020</li></ul>');
    const pdf = await fetch(`${app.url}${report.pdfPath}`, { headers: { cookie } });
    const file = join(mkdtempSync(join(tmpdir(), 'report-metric-')), 'report.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain('Administrative statistics Complaints: 0.020 (Score 80.0)');
  });
});
