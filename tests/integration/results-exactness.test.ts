/**
 * Proof of exactness: for random data sets, every score the API returns equals a plain
 * recomputation from the raw answers, written here separately from the engine with loops over
 * the responses and the formulas of design.md §4. Each data set is split at a random point
 * into responses already rolled up and a tail that is not, some rolled responses are then
 * excluded (curation), and periods start mid-month, so every answer is read from rollup cells,
 * the tail and the raw edges of the period together.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';
import { rollUpTail } from '../../server/results/rollup/upkeep.js';

let app: TestApp;
let t: Tenant;
let questionnaireId: string;
let versions: { id: string; speedName: string }[];
let modelId: string;
const units: Record<string, { id: string; path: string }> = {};

const rating = (name: string) => ({ type: 'rating', name, rateMin: 1, rateMax: 5 });
// v2 renames "speed" to "speed_of_service"; the model binds "speed" with that alias.
const v1 = { elements: [rating('speed'), rating('courtesy'), rating('waiting'), rating('clarity')] };
const v2 = { elements: [rating('speed_of_service'), rating('courtesy'), rating('waiting'), rating('clarity')] };

// INDEX ─┬─ service (w2) ─┬─ S1: speed (w1), waiting (w2, reversed)
//        │                └─ S2: courtesy (w1)          [S1 w3, S2 w1]
//        └─ information (w1) ── S3: clarity
const LEAVES = {
  S1: [
    { q: 'speed', w: 1, reverse: false },
    { q: 'waiting', w: 2, reverse: true },
  ],
  S2: [{ q: 'courtesy', w: 1, reverse: false }],
  S3: [{ q: 'clarity', w: 1, reverse: false }],
} as const;
const TREE = { index: { service: 2, information: 1 }, service: { S1: 3, S2: 1 }, information: { S3: 1 } } as const;

interface Row {
  unit: string;
  version: number;
  day: string;
  category: string;
  excluded: boolean;
  answers: Partial<Record<'speed' | 'courtesy' | 'waiting' | 'clarity', number>>;
}

/**
 * Post-stratification populations N(u, c); ω = N(u, c) / n(u, c) over the scope. Unit weights
 * for UNIT_WEIGHTS: A 3, A1 1, B 1, HO 2.
 */
const POPULATION: Record<string, number> = {
  'HO|insured': 100,
  'HO|employer': 50,
  'A|insured': 400,
  'A|employer': 20,
  'A1|insured': 300,
  'A1|employer': 30,
  'B|insured': 250,
  'B|employer': 90,
};
const UNIT_WEIGHT: Record<string, number> = { HO: 2, A: 3, A1: 1, B: 1 };

function stratumWeights(rows: Row[]): number[] {
  const n = new Map<string, number>();
  for (const r of rows) n.set(`${r.unit}|${r.category}`, (n.get(`${r.unit}|${r.category}`) ?? 0) + 1);
  return rows.map((r) => POPULATION[`${r.unit}|${r.category}`] / n.get(`${r.unit}|${r.category}`)!);
}

/** Plain recomputation of design.md §4 for POOLED scopes; ω per response (all 1 when unweighted). */
function recompute(rows: Row[], omega: number[] = rows.map(() => 1)) {
  const score = (v: number, reverse: boolean) => (reverse ? 100 - (100 * (v - 1)) / 4 : (100 * (v - 1)) / 4);
  const itemMean = (q: string, reverse: boolean) => {
    let [num, den] = [0, 0];
    rows.forEach((r, i) => {
      const v = (r.answers as any)[q];
      if (v === undefined) return;
      num += omega[i] * score(v, reverse);
      den += omega[i];
    });
    return den ? num / den : null;
  };
  const leafOf = (items: readonly { q: string; w: number; reverse: boolean }[], answers?: Row['answers']) => {
    let num = 0;
    let den = 0;
    for (const it of items) {
      const m = answers
        ? (answers as any)[it.q] === undefined
          ? null
          : score((answers as any)[it.q], it.reverse)
        : itemMean(it.q, it.reverse);
      if (m === null) continue;
      num += it.w * m;
      den += it.w;
    }
    return den ? num / den : null;
  };
  const nodeOf = (key: string, answers?: Row['answers']): number | null => {
    if (key in LEAVES) return leafOf(LEAVES[key as keyof typeof LEAVES], answers);
    let num = 0;
    let den = 0;
    for (const [child, w] of Object.entries(TREE[key as keyof typeof TREE])) {
      const s = nodeOf(child, answers);
      if (s === null) continue;
      num += w * s;
      den += w;
    }
    return den ? num / den : null;
  };
  const keys = ['index', 'service', 'S1', 'S2', 'information', 'S3'];
  return Object.fromEntries(
    keys.map((key) => {
      const perResponse = rows.map((r) => nodeOf(key, r.answers)).filter((x): x is number => x !== null);
      const n = perResponse.length;
      const mean = n ? perResponse.reduce((a, b) => a + b, 0) / n : 0;
      const sd = n >= 2 ? Math.sqrt(perResponse.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1)) : null;
      return [key, { score: nodeOf(key), n, sd }];
    }),
  );
}

/** EQUAL_UNITS / UNIT_WEIGHTS by hand: each leaf averaged over child units (own responses as one more), then the tree. */
const CHILDREN: Record<string, string[]> = { HO: ['A', 'B'], A: ['A1'], A1: [], B: [] };
function recomputeByUnits(rows: Row[], unit: string, weightOf: (u: string) => number): number | null {
  const leavesOf = (u: string): Record<string, number | null> => {
    const own = recompute(rows.filter((r) => r.unit === u));
    const ownLeaves = Object.fromEntries(Object.keys(LEAVES).map((k) => [k, own[k].score]));
    if (!CHILDREN[u].length) return ownLeaves;
    const parts = [...CHILDREN[u].map((c) => [weightOf(c), leavesOf(c)] as const), [weightOf(u), ownLeaves] as const];
    return Object.fromEntries(
      Object.keys(LEAVES).map((k) => {
        const present = parts.filter(([, p]) => p[k] !== null);
        const total = present.reduce((a, [w]) => a + w, 0);
        return [k, total ? present.reduce((a, [w, p]) => a + w * p[k]!, 0) / total : null];
      }),
    );
  };
  const leaves = leavesOf(unit);
  const nodeOf = (key: string): number | null => {
    if (key in LEAVES) return leaves[key];
    let num = 0;
    let den = 0;
    for (const [child, w] of Object.entries(TREE[key as keyof typeof TREE])) {
      const s = nodeOf(child);
      if (s === null) continue;
      num += w * s;
      den += w;
    }
    return den ? num / den : null;
  };
  return nodeOf('index');
}

const SCORES = `query($input: ScoresInput!) { scores(input: $input) { responseCount nodes { key score n sd } } }`;

let schemeId: string;

beforeAll(async () => {
  // The rollups move only when a test says so, so every split of rolled and tail is reached.
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0' });
  t = await newTenant(app, 'Fund');
  const a = await newUnit(t.admin, t.headOfficeId, 'A');
  const a1 = await newUnit(t.admin, a.id, 'A1');
  const b = await newUnit(t.admin, t.headOfficeId, 'B');
  const paths = await app.orm.em
    .fork()
    .getConnection()
    .execute(`select id, code, path from org_unit where organization_id = ?`, [t.orgId]);
  for (const p of paths) units[p.code] = { id: p.id, path: p.path };
  for (const [code, weight] of Object.entries(UNIT_WEIGHT)) {
    await t.admin.ok(`mutation($input: UpdateOrgUnitInput!) { updateOrgUnit(input: $input) { id } }`, {
      input: { id: units[code].id, weight },
    });
  }
  void a1;
  void b;
  const cells = Object.entries(POPULATION).map(([key, population]) => ({
    unitId: units[key.split('|')[0]].id,
    category: key.split('|')[1],
    population,
  }));
  schemeId = (
    await t.admin.ok(`mutation($input: WeightingSchemeInput!) { createWeightingScheme(input: $input) { id } }`, {
      input: { name: 'Served', kind: 'POST_STRATIFICATION', cells },
    })
  ).createWeightingScheme.id;
  const q = await newQuestionnaire(t.admin, t.headOfficeId, v1);
  questionnaireId = q.id;
  versions = [
    { id: (await publish(t.admin, q.id, 'v1')).id, speedName: 'speed' },
    { id: (await publish(t.admin, q.id, 'v2', v2)).id, speedName: 'speed_of_service' },
  ];
  const item = (question: string, weight = 1, reverse = false) => ({
    questionnaireId,
    question,
    weight,
    reverse,
    aliases: question === 'speed' ? ['speed_of_service'] : [],
  });
  const model = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: {
        unitId: t.headOfficeId,
        name: 'Exactness',
        definition: {
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [
              {
                key: 'service',
                kind: 'DIMENSION',
                label: 'Service',
                weight: 2,
                children: [
                  {
                    key: 'S1',
                    kind: 'SURVEY',
                    label: 'S1',
                    weight: 3,
                    items: [item('speed'), item('waiting', 2, true)],
                  },
                  { key: 'S2', kind: 'SURVEY', label: 'S2', weight: 1, items: [item('courtesy')] },
                ],
              },
              {
                key: 'information',
                kind: 'DIMENSION',
                label: 'Information',
                weight: 1,
                children: [{ key: 'S3', kind: 'SURVEY', label: 'S3', items: [item('clarity')] }],
              },
            ],
          },
        },
      },
    })
  ).createIndicatorModel;
  modelId = model.id;
  await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${modelId}" }) { id } }`);
  await app.app.rollups.runOnce();
  const [state] = await app.orm.em
    .fork()
    .getConnection()
    .execute(`select status from rollup_model where organization_id = ?`, [t.orgId]);
  expect(state.status).toBe('READY');
});
afterAll(() => app?.close());

const arbRow: fc.Arbitrary<Row> = fc.record({
  unit: fc.constantFrom('HO', 'A', 'A1', 'B'),
  version: fc.constantFrom(0, 1),
  day: fc.constantFrom(
    '2026-02-27',
    '2026-03-01',
    '2026-03-15',
    '2026-03-31',
    '2026-04-01',
    '2026-04-20',
    '2026-05-02',
  ),
  category: fc.constantFrom('insured', 'employer'),
  excluded: fc.integer({ min: 0, max: 9 }).map((x) => x < 2),
  answers: fc.record(
    {
      speed: fc.integer({ min: 1, max: 5 }),
      courtesy: fc.integer({ min: 1, max: 5 }),
      waiting: fc.integer({ min: 1, max: 5 }),
      clarity: fc.integer({ min: 1, max: 5 }),
    },
    { requiredKeys: [] },
  ),
});

/**
 * Replaces the organisation's responses with `rows`: the first `rolled` of them are rolled up
 * before the rest arrive, then those marked excluded are excluded through the API (curation of
 * rolled and tail responses alike).
 */
async function store(rows: Row[], rolled: number) {
  const db = app.orm.em.fork().getConnection();
  await db.execute(`delete from response where organization_id = ?`, [t.orgId]);
  await db.execute(`delete from result_cell where organization_id = ?`, [t.orgId]);
  const stored = rows.map((r) => {
    const version = versions[r.version];
    const answers = Object.fromEntries(
      Object.entries(r.answers).map(([k, v]) => [k === 'speed' ? version.speedName : k, v]),
    );
    const completedAt = `${r.day}T12:00:00Z`;
    const unitId = units[r.unit].id;
    return { unitId, questionnaireId, versionId: version.id, category: r.category, completedAt, answers };
  });
  // The first `rolled` responses are rolled up; the rest stay in the tail.
  const ids = await storeResponses(app, t.orgId, stored.slice(0, rolled));
  await rollUpTail(app.orm.em.fork());
  ids.push(...(await storeResponses(app, t.orgId, stored.slice(rolled))));
  for (const [i, r] of rows.entries()) {
    if (r.excluded)
      await t.admin.ok(`mutation($id: ID!) { excludeResponse(id: $id, reason: "duplicate") { id } }`, { id: ids[i] });
  }
}

const arbData = fc
  .array(arbRow, { maxLength: 25 })
  .chain((rows) => fc.tuple(fc.constant(rows), fc.integer({ min: 0, max: rows.length })));
// Whole months only (cells + tail), or starting mid-month (raw edge days too).
const arbPeriod = fc.constantFrom(
  { from: '2026-03-01', to: '2026-05-01' },
  { from: '2026-02-27', to: '2026-04-01' },
  { from: '2026-03-01', to: '2026-04-01' },
);
const inPeriod = (rows: Row[], p: { from: string; to: string }) =>
  rows.filter((r) => !r.excluded && r.day >= p.from && r.day < p.to);
const under = (unit: string) => (r: Row) => unit === 'HO' || r.unit.startsWith(unit);

describe('scores equal a plain recomputation from the raw answers', () => {
  it('for random data sets, across versions with a renamed (aliased) question, for a unit and its subtree', async () => {
    await fc.assert(
      fc.asyncProperty(arbData, fc.constantFrom('HO', 'A'), arbPeriod, async ([rows, rolled], unit, period) => {
        await store(rows, rolled);
        const inScope = inPeriod(rows, period).filter(under(unit));
        const expected = recompute(inScope);
        const { scores } = await t.admin.ok(SCORES, { input: { modelId, unitId: units[unit].id, ...period } });
        expect(scores.responseCount).toBe(inScope.length);
        for (const node of scores.nodes) {
          const want = expected[node.key];
          if (want.score === null) expect(node.score).toBeNull();
          else expect(Math.abs(node.score - want.score)).toBeLessThan(1e-9);
          expect(node.n).toBe(want.n);
          if (want.sd === null) expect(node.sd).toBeNull();
          else expect(Math.abs(node.sd - want.sd)).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 25 },
    );
  }, 180_000);

  it('with post-stratification weights', async () => {
    await fc.assert(
      fc.asyncProperty(arbData, fc.constantFrom('HO', 'A'), arbPeriod, async ([rows, rolled], unit, period) => {
        await store(rows, rolled);
        const inScope = inPeriod(rows, period).filter(under(unit));
        const expected = recompute(inScope, stratumWeights(inScope));
        const { scores } = await t.admin.ok(SCORES, {
          input: { modelId, unitId: units[unit].id, ...period, weightingSchemeId: schemeId },
        });
        for (const node of scores.nodes) {
          const want = expected[node.key];
          if (want.score === null) expect(node.score).toBeNull();
          else expect(Math.abs(node.score - want.score)).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 20 },
    );
  }, 180_000);

  for (const [rollup, weightOf] of [
    ['EQUAL_UNITS', () => 1],
    ['UNIT_WEIGHTS', (u: string) => UNIT_WEIGHT[u]],
  ] as const) {
    it(`and for the ${rollup} roll-up`, async () => {
      await fc.assert(
        fc.asyncProperty(arbData, fc.constantFrom('HO', 'A'), arbPeriod, async ([rows, rolled], unit, period) => {
          await store(rows, rolled);
          const expected = recomputeByUnits(inPeriod(rows, period), unit, weightOf);
          const { scores } = await t.admin.ok(SCORES, {
            input: { modelId, unitId: units[unit].id, ...period, rollup },
          });
          const index = scores.nodes.find((n: any) => n.key === 'index').score;
          if (expected === null) expect(index).toBeNull();
          else expect(Math.abs(index - expected)).toBeLessThan(1e-9);
        }),
        { numRuns: 20 },
      );
    }, 180_000);
  }
});
