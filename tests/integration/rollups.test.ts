/**
 * Result rollups (results/rollup): rebuilt and incrementally kept cells agree, queries never
 * count a response twice or miss one while the drain runs, and changes that move responses
 * between cells (a unit moved, a new model version) are rebuilt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCell, type EncodedCell } from '../../server/results/rollup/cell-stats.js';
import { latestModelVersions } from '../../server/indicators/index.js';
import {
  type LatestModelVersions,
  rebuildOrganization,
  rollUpTail,
  syncRollupModels,
} from '../../server/results/rollup/upkeep.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../support/questionnaires.js';
import { seeded } from '../support/random.js';
import { storeResponses } from '../support/responses.js';

let app: TestApp;
let t: Tenant;
let questionnaireId: string;
let versionId: string;
let modelId: string;
const units: Record<string, string> = {};

const MODEL = (qid: string) => ({
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
            label: 'Speed',
            items: [
              { questionnaireId: qid, question: 'speed', weight: 1, reverse: false },
              { questionnaireId: qid, question: 'waiting', weight: 2, reverse: true },
            ],
          },
          {
            key: 'S2',
            kind: 'SURVEY',
            label: 'Courtesy',
            items: [{ questionnaireId: qid, question: 'courtesy', weight: 1, reverse: false }],
          },
        ],
      },
      {
        key: 'information',
        kind: 'DIMENSION',
        label: 'Information',
        weight: 1,
        children: [
          {
            key: 'S3',
            kind: 'SURVEY',
            label: 'Clarity',
            items: [{ questionnaireId: qid, question: 'clarity', weight: 1, reverse: false }],
          },
        ],
      },
    ],
  },
});

/** Inserts `count` responses spread over units, months, channels and categories; returns their ids. */
async function insertResponses(count: number, seed: number): Promise<string[]> {
  const next = seeded(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  const rows = Array.from({ length: count }, () => {
    const answers: Record<string, number> = {};
    for (const q of ['speed', 'courtesy', 'waiting', 'clarity'])
      if (next() < 0.85) answers[q] = 1 + Math.floor(next() * 5);
    return {
      unit: units[pick(['HO', 'A', 'A1', 'B'])],
      channel: pick(['WEB_LINK', 'KIOSK', 'EMAIL']),
      category: pick(['insured', 'employer', null]),
      completedAt: `2026-0${pick([1, 2, 3])}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}T${String(Math.floor(next() * 24)).padStart(2, '0')}:30:00Z`,
      answers,
    };
  });
  return storeResponses(
    app,
    t.orgId,
    rows.map((r) => ({ ...r, unitId: r.unit, questionnaireId, versionId })),
  );
}

/** Every cell of the organisation, decoded, by key. */
async function cells() {
  const rows: { key: string; responses: number; stats: EncodedCell }[] = await app.orm.em
    .fork()
    .getConnection()
    .execute(
      `select concat_ws('|', model_version_id, unit_id, kind, month, questionnaire_version_id, channel, category, situation, language) as key, responses, stats
       from result_cell where organization_id = ? order by key`,
      [t.orgId],
    );
  return new Map(rows.map((r) => [r.key, { responses: r.responses, cell: decodeCell(r.stats) }]));
}

const SCORES = `query($input: ScoresInput!) { scores(input: $input) { responseCount nodes { key score n } } }`;
const scoresOf = async (unit: string, extra: Record<string, unknown> = {}) =>
  (
    await t.admin.ok(SCORES, {
      input: { modelId, unitId: units[unit], from: '2026-01-01', to: '2026-04-01', ...extra },
    })
  ).scores;

beforeAll(async () => {
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0' });
  t = await newTenant(app, 'Rollups');
  units.HO = t.headOfficeId;
  units.A = (await newUnit(t.admin, t.headOfficeId, 'A')).id;
  units.A1 = (await newUnit(t.admin, units.A, 'A1')).id;
  units.B = (await newUnit(t.admin, t.headOfficeId, 'B')).id;
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed', 'courtesy', 'waiting', 'clarity'));
  questionnaireId = q.id;
  versionId = (await publish(t.admin, q.id, 'v1')).id;
  modelId = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: { unitId: t.headOfficeId, name: 'Rollup model', definition: MODEL(questionnaireId) },
    })
  ).createIndicatorModel.id;
  await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${modelId}" }) { id } }`);
  await app.app.rollups.runOnce();
});
afterAll(() => app?.close());

describe('result rollups', () => {
  it('kept incrementally (in uneven batches, with curation between them) agree with a rebuild from raw responses', async () => {
    const ids = await insertResponses(400, 1);
    const db = app.orm.em.fork();
    await rollUpTail(db, 37);
    await rollUpTail(db, 150);
    // Curation of rolled and of not-yet-rolled responses.
    for (const id of [ids[0], ids[5], ids[399]])
      await t.admin.ok(`mutation($id: ID!) { excludeResponse(id: $id, reason: "duplicate") { id } }`, { id });
    await t.admin.ok(`mutation($id: ID!) { includeResponse(id: $id, reason: "not a duplicate after all") { id } }`, {
      id: ids[5],
    });
    while ((await rollUpTail(db, 64)) > 0);
    const incremental = await cells();
    const before = await scoresOf('HO');

    // Pages of 37 responses: units are read in several pages, as a large head office would be.
    const rebuilt = await rebuildOrganization(app.orm.em.fork(), t.orgId, 37);
    expect(rebuilt.responses).toBe(400);
    const fresh = await cells();
    expect([...incremental.keys()]).toEqual([...fresh.keys()]);
    for (const [key, { responses, cell }] of fresh) {
      const other = incremental.get(key)!;
      expect(other.responses, key).toBe(responses);
      // Counts (histograms, n, bands) agree exactly; sums of scores only up to the order of floating-point additions.
      expect(other.cell.bands, key).toEqual(cell.bands);
      expect(other.cell.stats.items, key).toEqual(cell.stats.items);
      for (const [node, m] of cell.stats.nodes) {
        const o = other.cell.stats.nodes.get(node)!;
        expect(o.n).toBe(m.n);
        expect(Math.abs(o.sumWX - m.sumWX)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(m.sumWX)));
        expect(Math.abs(o.sumWX2 - m.sumWX2)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(m.sumWX2)));
      }
    }
    // 400 inserted, two left excluded.
    expect(before.responseCount).toBe(398);
    expect(await scoresOf('HO')).toEqual(before);
  });

  it('answers a query filtered by one attribute from SUBTREE cells kept by it, as the responses do', async () => {
    const db = app.orm.em.fork().getConnection();
    const [{ kept }] = await db.execute(
      `select count(*)::int as kept from result_cell where organization_id = ? and kind = 'SUBTREE' and channel = 'KIOSK'`,
      [t.orgId],
    );
    // HO and A, each for three months (A1's KIOSK responses count in both).
    expect(kept).toBeGreaterThanOrEqual(6);
    const filters = [
      { channel: 'KIOSK' },
      { respondentCategory: 'insured' },
      { channel: 'EMAIL', respondentCategory: 'employer' },
    ];
    const ask = () => Promise.all(filters.flatMap((f) => ['HO', 'A'].map((u) => scoresOf(u, { filters: f }))));
    const fromCells = await ask();
    // BUILDING: every query reads the responses themselves until the worker has rebuilt.
    await db.execute(`update rollup_model set status = 'BUILDING' where organization_id = ?`, [t.orgId]);
    const fromResponses = await ask();
    await app.app.rollups.runOnce();
    for (const [i, cells] of fromCells.entries()) {
      expect(cells.responseCount).toBe(fromResponses[i].responseCount);
      expect(cells.responseCount).toBeGreaterThan(0);
      for (const [j, node] of cells.nodes.entries()) expect(node.score).toBeCloseTo(fromResponses[i].nodes[j].score, 9);
    }
  });

  it('answers every query with each committed response exactly once while the drain runs', async () => {
    const db = app.orm.em.fork();
    await db.getConnection().execute(`delete from response where organization_id = ?`, [t.orgId]);
    await rebuildOrganization(db, t.orgId);
    await insertResponses(600, 2);
    let draining = true;
    const drain = (async () => {
      while ((await rollUpTail(app.orm.em.fork(), 25)) > 0);
      draining = false;
    })();
    const seen: number[] = [];
    while (draining) seen.push((await scoresOf('HO')).responseCount);
    await drain;
    expect(seen.length).toBeGreaterThan(2);
    expect(new Set(seen)).toEqual(new Set([600]));
    const [{ tail }] = await db
      .getConnection()
      .execute(`select count(*)::int as tail from rollup_outbox where organization_id = ?`, [t.orgId]);
    expect(tail).toBe(0);
  });

  it('after a unit moves, results follow it at once and the rollups are rebuilt with the new hierarchy', async () => {
    const db = app.orm.em.fork();
    while ((await rollUpTail(db)) > 0);
    const a1Before = await scoresOf('A1');
    const [aBefore, bBefore] = [await scoresOf('A'), await scoresOf('B')];
    await t.admin.ok(`mutation($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { id } }`, {
      input: { id: units.A1, newParentId: units.B },
    });
    const [{ status }] = await db
      .getConnection()
      .execute(`select status from rollup_model where organization_id = ?`, [t.orgId]);
    expect(status).toBe('BUILDING');
    const [aMoved, bMoved] = [await scoresOf('A'), await scoresOf('B')];
    expect(aMoved.responseCount).toBe(aBefore.responseCount - a1Before.responseCount);
    expect(bMoved.responseCount).toBe(bBefore.responseCount + a1Before.responseCount);
    await app.app.rollups.runOnce();
    const [{ status: after }] = await db
      .getConnection()
      .execute(`select status from rollup_model where organization_id = ?`, [t.orgId]);
    expect(after).toBe('READY');
    expect(await scoresOf('B')).toEqual(bMoved);
    expect(await scoresOf('A')).toEqual(aMoved);
  });

  it('keeps the latest published version of each model: a new version is built, the old one dropped', async () => {
    const db = app.orm.em.fork().getConnection();
    const [{ old }] = await db.execute(`select model_version_id as old from rollup_model where organization_id = ?`, [
      t.orgId,
    ]);
    const definition = MODEL(questionnaireId);
    definition.root.children[0].weight = 1;
    const draft = await t.admin.ok(`query { indicatorModel(id: "${modelId}") { draftRevision } }`);
    await t.admin.ok(
      `mutation($input: SaveIndicatorModelDraftInput!) { saveIndicatorModelDraft(input: $input) { __typename } }`,
      {
        input: { modelId, expectedRevision: draft.indicatorModel.draftRevision, definition },
      },
    );
    await t.admin.ok(
      `mutation { publishIndicatorModel(input: { modelId: "${modelId}", changelog: "equal dimensions" }) { id } }`,
    );
    await app.app.rollups.runOnce();
    const models = await db.execute(`select model_version_id, status from rollup_model where organization_id = ?`, [
      t.orgId,
    ]);
    expect(models).toHaveLength(1);
    expect(models[0].model_version_id).not.toBe(old);
    expect(models[0].status).toBe('READY');
    const [{ stale }] = await db.execute(`select count(*)::int as stale from result_cell where model_version_id = ?`, [
      old,
    ]);
    expect(stale).toBe(0);
    // Equal dimension weights now: the index is the plain mean of the two dimensions.
    const { nodes } = await scoresOf('HO');
    const by = Object.fromEntries(nodes.map((n: { key: string; score: number }) => [n.key, n.score]));
    expect(by.index).toBeCloseTo((by.service + by.information) / 2, 9);
  });

  it('keeps a version published while a worker starting up was reading the models (it reads again under the lock)', async () => {
    const db = app.orm.em.fork().getConnection();
    const registered = async () => {
      const rows: { model_version_id: string }[] = await db.execute(
        `select model_version_id from rollup_model where organization_id = ?`,
        [t.orgId],
      );
      return rows.map((r) => r.model_version_id);
    };
    const published = await registered();
    expect(published).toHaveLength(1);
    // The first, unlocked read ran before the publish committed: it knows no model of this organisation.
    const stale: LatestModelVersions = async (em, orgId) =>
      orgId ? latestModelVersions(em, orgId) : (await latestModelVersions(em)).filter((l) => l.orgId !== t.orgId);
    await syncRollupModels(app.orm.em.fork(), stale);
    expect(await registered()).toEqual(published);
  });
});
