import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maintainResponsePartitions } from '../../server/responses/partitions.js';
import { scanSql, type Scope } from '../../server/results/scope.service.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';

// The results read path (docs/scale-out.md): 500 units ranked from their rollup cells cost a
// bounded number of SQL round trips, whatever the number of units, and a read for a period
// scans only the partitions of its months.
let app: TestApp;
let t: Tenant;
let modelId: string;
let questionnaireId: string;
let headOfficePath: string;
const REGIONS = 10;
const BRANCHES = 50;
const branches: { id: string; score: number }[] = [];

const RANKING = `query($input: ScoresInput!) { ranking(depth: 2, input: $input) { rank score n unit { id code name } } }`;

/** Inserts regions and branches as rows: 510 units through the API would take minutes. */
async function insertUnits(headOfficePath: string) {
  const rows: unknown[][] = [];
  for (let r = 0; r < REGIONS; r++) {
    const region = randomUUID();
    const regionPath = `${headOfficePath}${region}/`;
    rows.push([region, t.headOfficeId, `R${r}`, 'REGION', regionPath, 1]);
    for (let b = 0; b < BRANCHES; b++) {
      const id = randomUUID();
      rows.push([id, region, `R${r}-B${String(b).padStart(2, '0')}`, 'BRANCH', `${regionPath}${id}/`, 2]);
      // Branch b of every region: one response rating 1 + (b mod 5) → (b mod 5) × 25.
      branches.push({ id, score: (b % 5) * 25 });
    }
  }
  await app.orm.em
    .fork()
    .getConnection()
    .execute(
      `insert into org_unit (id, organization_id, parent_id, code, name, kind, path, depth, weight, created_at, updated_at)
       select x.id, ?, x.parent_id, x.code, 'Unit ' || x.code, x.kind, x.path, x.depth, 1, now(), now()
         from jsonb_to_recordset(?::jsonb) as x(id uuid, parent_id uuid, code text, kind text, path text, depth int)`,
      [
        t.orgId,
        JSON.stringify(
          rows.map(([id, parent_id, code, kind, path, depth]) => ({ id, parent_id, code, kind, path, depth })),
        ),
      ],
    );
}

/** Every SQL statement the server issues while `run` runs (MikroORM's query logger). */
async function recorded(run: () => Promise<unknown>): Promise<string[]> {
  const logger = app.orm.config.getLogger();
  const original = logger.logQuery.bind(logger);
  const seen: string[] = [];
  logger.logQuery = (context) => void seen.push(context.query ?? '');
  try {
    await run();
  } finally {
    logger.logQuery = original;
  }
  return seen;
}

beforeAll(async () => {
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0' });
  t = await newTenant(app, 'Ranking');
  const [{ path }] = await app.orm.em
    .fork()
    .getConnection()
    .execute(`select path from org_unit where id = ?`, [t.headOfficeId]);
  headOfficePath = path;
  await insertUnits(path);
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('q1'));
  questionnaireId = q.id;
  const versionId = (await publish(t.admin, q.id, 'v1')).id;
  modelId = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: {
        unitId: t.headOfficeId,
        name: 'Ranked',
        definition: {
          minResponses: 1,
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [{ key: 'S', kind: 'SURVEY', label: 'Q1', items: [{ questionnaireId: q.id, question: 'q1' }] }],
          },
        },
      },
    })
  ).createIndicatorModel.id;
  await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${modelId}" }) { id } }`);
  await storeResponses(
    app,
    t.orgId,
    branches.map((b) => ({
      unitId: b.id,
      questionnaireId: q.id,
      versionId,
      completedAt: '2025-06-15T10:00:00Z',
      answers: { q1: 1 + b.score / 25 },
    })),
  );
  // June 2025 had no partition: its responses wait in the default one until the job files them.
  await maintainResponsePartitions(app.orm.em.fork());
  await app.app.rollups.runOnce();
}, 120_000);
afterAll(() => app?.close());

const input = () => ({ modelId, unitId: t.headOfficeId, from: '2025-06-01', to: '2025-07-01' });

describe('ranking of 500 units', () => {
  it('ranks every branch from its cells in a bounded number of SQL round trips', async () => {
    let ranking: { rank: number; score: number; n: number; unit: { id: string; code: string } }[] = [];
    const queries = await recorded(async () => (ranking = (await t.admin.ok(RANKING, { input: input() })).ranking));
    expect(ranking).toHaveLength(REGIONS * BRANCHES);
    // 100 branches at each of 100, 75, 50, 25, 0: competition ranks 1, 101, 201, 301, 401.
    const byId = new Map(ranking.map((e) => [e.unit.id, e]));
    for (const b of branches) {
      const entry = byId.get(b.id)!;
      expect(entry.score).toBe(b.score);
      expect(entry.n).toBe(1);
      expect(entry.rank).toBe(1 + (4 - b.score / 25) * 100);
    }
    expect(byId.get(branches[0].id)!.unit.code).toBe('R0-B00');
    // Sign-in (2), the scope (4), the ranked units (1), cells and tail (1), statistics not cached (1):
    // none per unit, none twice. Before: 13, with 511 units hydrated as entities.
    expect(queries.length, queries.join('\n')).toBeLessThanOrEqual(10);
    expect(new Set(queries).size).toBe(queries.length);
  }, 60_000);

  it('ranks EQUAL_UNITS from the same units without a query per unit', async () => {
    let ranking: { rank: number; score: number; unit: { id: string } }[] = [];
    const queries = await recorded(
      async () => (ranking = (await t.admin.ok(RANKING, { input: { ...input(), rollup: 'EQUAL_UNITS' } })).ranking),
    );
    // A branch without units below is its own responses: the same scores and ranks as pooled.
    const byId = new Map(ranking.map((e) => [e.unit.id, e]));
    for (const b of branches) expect(byId.get(b.id)!.rank).toBe(1 + (4 - b.score / 25) * 100);
    // Its OWN cells read through a cursor in one snapshot (begin, status, tail, declare, fetch, close, commit).
    expect(queries.length, queries.join('\n')).toBeLessThanOrEqual(16);
  }, 60_000);
});

describe('a read of responses for a period', () => {
  /** The tables a statement's plan reads (EXPLAIN, no execution). */
  async function tablesRead(sql: string, params: unknown[]): Promise<string[]> {
    const [row] = await app.orm.em.fork().getConnection().execute(`explain (format json) ${sql}`, params);
    const names = new Set<string>();
    const walk = (node: Record<string, unknown>) => {
      if (typeof node['Relation Name'] === 'string') names.add(node['Relation Name']);
      for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
    };
    walk((row['QUERY PLAN'] as { Plan: Record<string, unknown> }[])[0].Plan);
    return [...names].sort();
  }

  it("scans only its months' partitions of response (and the default one for a month without)", async () => {
    const scope = (timeZone: string) =>
      ({
        orgId: t.orgId,
        timeZone,
        unit: { path: headOfficePath },
        questionnaireIds: [questionnaireId],
        filters: {},
      }) as unknown as Scope;
    const partitions = (names: string[]) => names.filter((n) => n.startsWith('response'));
    // The tail of June 2025, as a ranking of that month reads it (UTC: June only). June has its
    // partition, so PostgreSQL proves the default one holds no June row and skips it as well.
    const tail = scanSql(scope('UTC'), { from: '2025-06-01', to: '2025-07-01', tailOnly: true })!;
    expect(partitions(await tablesRead(tail.sql, tail.params))).toEqual(['response_2025_06']);
    // A local June in Auckland (UTC+12) begins on 31 May at noon UTC: May's partition is read too, and
    // its rows are kept to the period by completion time. May 2025 has no partition: the default is read.
    const auckland = scanSql(scope('Pacific/Auckland'), { from: '2025-06-01', to: '2025-07-01' })!;
    expect(partitions(await tablesRead(auckland.sql, auckland.params))).toEqual([
      'response_2025_06',
      'response_default',
    ]);
    // And the responses are all there: 500 in June, one per branch.
    const [{ n }] = await app.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from (${auckland.sql}) x`, auckland.params);
    expect(n).toBe(500);
  });
});
