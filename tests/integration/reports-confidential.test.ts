import { afterAll, beforeAll, expect, it } from 'vitest';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { CREATE_DRAFT, reportFixture, type ReportFixture } from '../support/reports.js';
import { storeResponses } from '../support/responses.js';

/**
 * Anonymous mode in reports (issue 15): a report reads results with the reader's access, so a group of responses
 * from anonymous or confidential surveys smaller than the organisation's minimum group size (5 by default) is
 * withheld in the report as on the dashboard — its score, band and the comments that would explain it.
 */
let app: TestApp;
let t: Tenant;
let f: ReportFixture;

const confidential = (count: number) =>
  storeResponses(
    app,
    t.orgId,
    Array.from({ length: count }, (_, i) => ({
      unitId: f.units.NORTH,
      questionnaireId: f.questionnaireId,
      versionId: f.versionId,
      completedAt: `2026-04-1${i}T10:00:00Z`,
      confidential: true,
      answers: { speed: 4, role: 'party', remarks: `Olena at window ${i} was slow` },
    })),
  );

const draft = async () =>
  (
    await t.admin.ok(CREATE_DRAFT, {
      input: {
        unitId: f.units.NORTH,
        modelId: f.modelId,
        periodKind: 'QUARTER',
        periodStart: '2026-04-01',
        language: 'en',
      },
    })
  ).createReportDraft.content;

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Confidential reports');
  f = await reportFixture(app, t);
});
afterAll(() => app?.close());

it('withholds a group of fewer than 5 confidential responses, and shows it from 5', async () => {
  await confidential(4);
  const small = await draft();
  expect(small.responseCount).toBe(4);
  expect(small.withheldReason).toMatch(/anonymous or confidential/);
  expect(small.index.score).toBeNull();
  expect(small.index.band).toBeNull();
  expect(JSON.stringify(small)).not.toContain('Olena');
  await confidential(1);
  // Five answers of 4 on a 1–5 rating: (4 − 1) / 4 · 100 = 75 (design.md §4).
  const shown = await draft();
  expect(shown.withheldReason).toBeNull();
  expect(shown.index).toMatchObject({ score: 75, n: 5 });
});
