import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
let t: Tenant;
let other: Tenant;
let branch: { id: string; code: string };
let sibling: { id: string; code: string };

const IMPORT = `mutation($input: ImportMetricValuesInput!) { importMetricValues(input: $input) { imported rowErrors { row message } } }`;
const OBSERVATIONS = `query($unitId: ID!) {
  metricObservations(metricKey: "complaints", unitId: $unitId) {
    totalCount edges { node { unit { code } periodStart periodEnd value history { valueBefore valueAfter } } }
  }
}`;
const importCsv = (client = t.admin, csv: string, metricKey = 'complaints') =>
  client.ok(IMPORT, { input: { metricKey, csv } }).then((d) => d.importMetricValues);

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Metric Agency');
  other = await newTenant(app, 'Other Agency');
  branch = await newUnit(t.admin, t.headOfficeId, 'M-B1');
  sibling = await newUnit(t.admin, t.headOfficeId, 'M-B2');
  const metric = { key: 'complaints', label: 'Complaints', kind: 'FLOW', worst: 100, target: 0 };
  await t.admin.ok(`mutation($i: MetricInput!) { createMetric(input: $i) { key } }`, { i: metric });
  await other.admin.ok(`mutation($i: MetricInput!) { createMetric(input: $i) { key } }`, { i: metric });
  await newUnit(other.admin, other.headOfficeId, 'FOREIGN');
});
afterAll(() => app?.close());

describe('uploading a CSV of metric values', () => {
  it('records every row, reading months, quarters, years and date ranges', async () => {
    const csv = 'Unit code,Period,Value\nHO,2026-03,12\nM-B1,2026-Q1,3\nM-B2,2025,40\nM-B2,2026-01-01/2026-01-15,2\n';
    expect(await importCsv(t.admin, csv)).toEqual({ imported: 4, rowErrors: [] });
    const all = (await t.admin.ok(OBSERVATIONS, { unitId: t.headOfficeId })).metricObservations;
    const seen = all.edges.map((e: any) => [e.node.unit.code, e.node.periodStart, e.node.periodEnd, e.node.value]);
    expect(seen).toEqual(
      expect.arrayContaining([
        ['HO', '2026-03-01', '2026-04-01', 12],
        ['M-B1', '2026-01-01', '2026-04-01', 3],
        ['M-B2', '2025-01-01', '2026-01-01', 40],
        ['M-B2', '2026-01-01', '2026-01-15', 2],
      ]),
    );
    expect(all.totalCount).toBe(4);
  });

  it('keeps the history when a later upload corrects a value', async () => {
    expect(await importCsv(t.admin, 'unit,period,value\nHO,2026-03,15\n')).toEqual({ imported: 1, rowErrors: [] });
    const ho = (await t.admin.ok(OBSERVATIONS, { unitId: t.headOfficeId })).metricObservations.edges
      .map((e: any) => e.node)
      .find((n: any) => n.unit.code === 'HO');
    expect(ho.value).toBe(15);
    expect(ho.history).toEqual([
      { valueBefore: null, valueAfter: 12 },
      { valueBefore: 12, valueAfter: 15 },
    ]);
  });

  it('stores nothing when a row is wrong, and names every wrong row by its line', async () => {
    const csv =
      'unit code,period,value\nHO,2026-04,1\nNOPE,2026-04,2\nM-B1,April,3\nM-B1,2026-04,many\nM-B1,2026-04-10/2026-04-01,4\n';
    const result = await importCsv(t.admin, csv);
    expect(result.imported).toBe(0);
    expect(result.rowErrors.map((e: any) => e.row)).toEqual([3, 4, 5, 6]);
    expect(result.rowErrors[0].message).toBe('No unit has code "NOPE" in this organisation.');
    expect(result.rowErrors[1].message).toMatch(/Period "April" is not/);
    expect(result.rowErrors[2].message).toMatch(/Value "many" is not a number/);
    expect(result.rowErrors[3].message).toMatch(/period is empty/);
    const april = (await t.admin.ok(OBSERVATIONS, { unitId: t.headOfficeId })).metricObservations.edges.filter(
      (e: any) => e.node.periodStart === '2026-04-01',
    );
    expect(april).toEqual([]);
  });

  it('explains a header without the needed columns, and an unknown metric', async () => {
    const result = await importCsv(t.admin, 'office,when,amount\nHO,2026-03,1\n');
    expect(result).toEqual({
      imported: 0,
      rowErrors: [{ row: 1, message: expect.stringMatching(/header lacks unit, period, value/) }],
    });
    const unknown = await t.admin.fails(IMPORT, { input: { metricKey: 'nope', csv: 'unit,period,value\nHO,2026,1' } });
    expect(unknown.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('tenancy of the upload', () => {
  it('does not find another organisation’s unit codes', async () => {
    const result = await importCsv(t.admin, 'unit,period,value\nFOREIGN,2026-05,1\n');
    expect(result.rowErrors).toEqual([{ row: 2, message: 'No unit has code "FOREIGN" in this organisation.' }]);
    const theirs = await other.admin.ok(
      `query($u: ID!) { metricObservations(metricKey: "complaints", unitId: $u) { totalCount } }`,
      {
        u: other.headOfficeId,
      },
    );
    expect(theirs.metricObservations.totalCount).toBe(0);
  });

  it('refuses a branch manager’s rows for units outside the branch, storing none of the file', async () => {
    const manager = await newUserWithRole(app, t, 'UNIT_MANAGER', branch.id);
    const result = await importCsv(manager, `unit,period,value\n${branch.code},2026-06,1\n${sibling.code},2026-06,2\n`);
    expect(result.imported).toBe(0);
    expect(result.rowErrors).toEqual([
      { row: 3, message: expect.stringMatching(/outside your part of the organisation|METRIC_RECORD/) },
    ]);
    expect(await importCsv(manager, `unit,period,value\n${branch.code},2026-06,1\n`)).toEqual({
      imported: 1,
      rowErrors: [],
    });
  });
});
