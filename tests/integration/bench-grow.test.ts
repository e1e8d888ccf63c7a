import { afterAll, beforeAll, expect, it } from 'vitest';
import { rebuildOrganization } from '../../server/results/rollup/upkeep.js';
import { growByCopies } from '../../scripts/bench/grow.js';
import { createQueryDataset, loadResponses, type QueryDataset } from '../../scripts/bench/results-data.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/**
 * Issue 21: the benchmark reaches 5M responses by copying the 1M in SQL and multiplying the rollup cells, instead
 * of loading and rebuilding for half an hour. The multiplied cells must be the cells a rebuild computes over the
 * copies, or the 5M rows would measure something the server never holds.
 */
let app: TestApp;
let t: Tenant;
let data: QueryDataset;
const RESPONSES = 400;
const FACTOR = 3;

type Cells = Map<string, { responses: number; stats: unknown }>;
async function cells(): Promise<Cells> {
  const rows: { key: string; responses: number; stats: unknown }[] = await app.orm.em.fork().execute(
    `select concat_ws('|', model_version_id, unit_id, kind, month, questionnaire_version_id, channel, category, situation, language) as key,
            responses, stats from result_cell where organization_id = ?`,
    [t.orgId],
  );
  return new Map(rows.map((r) => [r.key, { responses: r.responses, stats: r.stats }]));
}

/** Where two JSON values differ, numbers within a relative 1e-9 (k additions and one multiplication round apart). */
function differences(actual: unknown, expected: unknown, at: string, out: string[] = []): string[] {
  if (typeof expected === 'number') {
    const close = typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
    if (!close) out.push(`${at}: ${String(actual)} ≠ ${expected}`);
  } else if (expected && typeof expected === 'object') {
    const keys = (o: unknown) =>
      Object.keys((o ?? {}) as object)
        .sort()
        .join();
    if (keys(actual) !== keys(expected)) out.push(`${at}: keys ${keys(actual)} ≠ ${keys(expected)}`);
    else
      for (const [k, v] of Object.entries(expected))
        differences((actual as Record<string, unknown>)[k], v, `${at}.${k}`, out);
  } else if (actual !== expected) out.push(`${at}: ${String(actual)} ≠ ${String(expected)}`);
  return out;
}

beforeAll(async () => {
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0' });
  t = await newTenant(app, 'Bench grow');
  data = await createQueryDataset((q, v) => t.admin.ok(q, v), t.orgId, t.headOfficeId, {
    regions: 2,
    branchesPerRegion: 3,
  });
  await loadResponses(app.databaseUrl, data, RESPONSES, 7);
  await rebuildOrganization(app.orm.em.fork(), t.orgId);
}, 120_000);
afterAll(async () => {
  await app?.close();
});

it('multiplies the cells into the ones a rebuild computes over the copied responses', async () => {
  const before = await cells();
  const grown = await growByCopies(app.databaseUrl, { ...data, orgId: t.orgId }, FACTOR);
  // 400 responses copied twice more: 1,200; every cell of the model is multiplied.
  expect(grown.responses).toBe(RESPONSES * FACTOR);
  expect(grown.cells).toBe(before.size);
  const multiplied = await cells();
  for (const [key, cell] of before) expect(multiplied.get(key)?.responses, key).toBe(cell.responses * FACTOR);

  await rebuildOrganization(app.orm.em.fork(), t.orgId);
  const rebuilt = await cells();
  expect([...multiplied.keys()].sort()).toEqual([...rebuilt.keys()].sort());
  expect([...rebuilt].flatMap(([key, cell]) => differences(multiplied.get(key), cell, key))).toEqual([]);
  const [{ n }] = await app.orm.em
    .fork()
    .execute(`select count(*)::int as n from rollup_outbox where organization_id = ?`, [t.orgId]);
  expect(n).toBe(0);
}, 180_000);
