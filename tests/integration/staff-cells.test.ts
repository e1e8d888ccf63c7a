/**
 * Staff cells (results/rollup/staff-cell.entity.ts, docs/scale-out.md): the POST and STAFF
 * breakdowns read whole months from `staff_cell`, never the responses, whatever their number;
 * the cells are kept by the rollup worker exactly as `result_cell` is, and a rebuild gives the
 * same cells. One number field on 0–100 (score = value), so every figure is a plain mean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCell, type EncodedCell } from '../../server/results/rollup/cell-stats.js';
import { rebuildOrganization, rollUpTail } from '../../server/results/rollup/upkeep.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';
import { seeded } from '../support/random.js';
import { storeResponses, type StoredResponse } from '../support/responses.js';

let app: TestApp;
let t: Tenant;
let questionnaireId: string;
let versionId: string;
let modelId: string;
const units: Record<string, string> = {};
const staff: Record<string, string> = {};

const ADD_STAFF = `mutation($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`;
const BREAKDOWN = `query($input: ScoresInput!, $by: BreakdownDimension!) { breakdown(input: $input, by: $by) {
  values { value responseCount staff { name } nodes { key score n restScore withheldReason } } } }`;

const index = (v: any) => v.nodes.find((n: any) => n.key === 'index');
const breakdown = async (unit: string, by: 'POST' | 'STAFF', from: string, to: string) =>
  (await t.admin.ok(BREAKDOWN, { input: { modelId, unitId: units[unit], from, to }, by })).breakdown.values;
/** value → [responses, score, rest score, withheld?], by staff name for STAFF. */
const figures = (values: any[]) =>
  Object.fromEntries(
    values.map((v) => [
      v.staff?.name ?? v.value ?? 'none',
      [v.responseCount, index(v).score, index(v).restScore, index(v).withheldReason !== null],
    ]),
  );

const response = (unit: string, completedAt: string, pct: number, who: string | null): StoredResponse => ({
  unitId: units[unit],
  questionnaireId,
  versionId,
  completedAt,
  answers: { pct },
  staffId: who ? staff[who] : null,
});

/** Every SQL statement the server issues while `work` runs (MikroORM's query logger). */
async function recorded(work: () => Promise<unknown>) {
  const logger = app.orm.config.getLogger();
  const original = logger.logQuery.bind(logger);
  const seen: { query: string; results?: number }[] = [];
  logger.logQuery = (context) => void seen.push({ query: context.query ?? '', results: context.results });
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return seen;
}

const db = () => app.orm.em.fork().getConnection();
const drain = async () => {
  while ((await rollUpTail(app.orm.em.fork())) > 0);
};

beforeAll(async () => {
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0' });
  t = await newTenant(app, 'Staff cells');
  for (const code of ['A', 'B', 'SMALL', 'LARGE']) units[code] = (await newUnit(t.admin, t.headOfficeId, code)).id;
  units.HO = t.headOfficeId;
  const q = await newQuestionnaire(t.admin, t.headOfficeId, {
    elements: [{ type: 'text', inputType: 'number', name: 'pct', min: 0, max: 100 }],
  });
  questionnaireId = q.id;
  versionId = (await publish(t.admin, q.id)).id;
  modelId = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: {
        unitId: t.headOfficeId,
        name: 'Staff index',
        definition: {
          minResponses: 1,
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [{ key: 'pct', kind: 'SURVEY', label: 'Score', items: [{ questionnaireId, question: 'pct' }] }],
          },
        },
      },
    })
  ).createIndicatorModel.id;
  await t.admin.ok(`mutation($m: ID!) { publishIndicatorModel(input: { modelId: $m }) { id } }`, { m: modelId });
  for (const [key, unit, name, post] of [
    ['C1', 'A', 'Olena', 'COUNTER_CLERK'],
    ['C2', 'A', 'Petro', 'COUNTER_CLERK'],
    ['M1', 'A', 'Iryna', 'MANAGER'],
    ['S1', 'SMALL', 'Sofia', 'COUNTER_CLERK'],
    ['S2', 'SMALL', 'Stepan', 'MANAGER'],
    ['L1', 'LARGE', 'Lesia', 'COUNTER_CLERK'],
    ['L2', 'LARGE', 'Lev', 'MANAGER'],
  ])
    staff[key] = (await t.admin.ok(ADD_STAFF, { input: { unitId: units[unit], name, post } })).addStaffMember.id;
  await app.app.rollups.runOnce(); // the model version's (empty) rollup is built: READY
});
afterAll(() => app?.close());

describe('staff cells', () => {
  it('serve the POST and STAFF breakdowns by hand, the edge days and the tail from the responses', async () => {
    await storeResponses(app, t.orgId, [
      response('A', '2026-03-10T12:00:00Z', 80, 'C1'),
      response('A', '2026-03-11T12:00:00Z', 90, 'C1'),
      response('A', '2026-03-12T12:00:00Z', 60, 'C2'),
      response('A', '2026-03-13T12:00:00Z', 70, 'C2'),
      response('A', '2026-03-14T12:00:00Z', 50, 'C2'),
      response('A', '2026-03-15T12:00:00Z', 100, 'M1'),
      response('A', '2026-03-16T12:00:00Z', 20, null),
    ]);
    await drain();
    const [{ cells }] = await db().execute(
      `select count(*)::int as cells from staff_cell where organization_id = ? and unit_id = ?`,
      [t.orgId, units.A],
    );
    expect(cells).toBe(4); // March × (Olena, Petro, Iryna, nobody)
    // Posts: clerks 80, 90, 60, 70, 50 → 70, rest 100, 20 → 60; manager 100, rest 370/6; nobody 20, rest 450/6 = 75.
    expect(figures(await breakdown('A', 'POST', '2026-03-01', '2026-04-01'))).toEqual({
      COUNTER_CLERK: [5, 70, 60, false],
      MANAGER: [1, 100, 370 / 6, false],
      none: [1, 20, 75, false],
    });
    // Olena 85 (rest 300/5 = 60), Petro 60 (rest 290/4 = 72.5), Iryna 100, nobody 20.
    const march = figures(await breakdown('A', 'STAFF', '2026-03-01', '2026-04-01'));
    expect(march).toEqual({
      Olena: [2, 85, 60, false],
      Petro: [3, 60, 72.5, false],
      Iryna: [1, 100, 370 / 6, false],
      none: [1, 20, 75, false],
    });
    // An edge day (28 February, Olena 40) and a response not rolled up yet (March, Petro 100) are read raw:
    // Olena 80, 90, 40 → 70; Petro 60, 70, 50, 100 → 70.
    await storeResponses(app, t.orgId, [
      response('A', '2026-02-28T12:00:00Z', 40, 'C1'),
      response('A', '2026-03-20T12:00:00Z', 100, 'C2'),
    ]);
    const wider = figures(await breakdown('A', 'STAFF', '2026-02-20', '2026-04-01'));
    expect([wider.Olena.slice(0, 2), wider.Petro.slice(0, 2)]).toEqual([
      [3, 70],
      [4, 70],
    ]);
    await drain();
    // Without a ready rollup every response is read: the same figures.
    await db().execute(`update rollup_model set status = 'BUILDING' where organization_id = ?`, [t.orgId]);
    expect(figures(await breakdown('A', 'STAFF', '2026-02-20', '2026-04-01'))).toEqual(wider);
    await app.app.rollups.runOnce();
    // July, anonymous, from the cells: Olena 10, 20 (2 < 5: withheld); Petro 50, 60, 70, 80, 90 (5: shown, 70).
    await storeResponses(
      app,
      t.orgId,
      [10, 20, 50, 60, 70, 80, 90].map((pct, i) => ({
        ...response('A', `2026-07-1${i}T12:00:00Z`, pct, i < 2 ? 'C1' : 'C2'),
        confidential: true,
      })),
    );
    await drain();
    const july = figures(await breakdown('A', 'STAFF', '2026-07-01', '2026-08-01'));
    expect([july.Olena[1], july.Olena[3], july.Petro[1], july.Petro[3]]).toEqual([null, true, 70, false]);
  });

  it('reads no response row for whole months: the same cells for 20 and 2,000 responses', async () => {
    // Responses spread over 2026, the k-th in month k % 12; even k named the clerk (80), odd k the manager (60),
    // so each month holds one staff member: 12 staff cells per unit, however many responses.
    const spread = (unit: string, count: number, clerk: string, manager: string) =>
      Array.from({ length: count }, (_, k) => {
        const month = String((k % 12) + 1).padStart(2, '0');
        return response(
          unit,
          `2026-${month}-${String(1 + (k % 27)).padStart(2, '0')}T12:00:00Z`,
          k % 2 ? 60 : 80,
          k % 2 ? manager : clerk,
        );
      });
    await storeResponses(app, t.orgId, spread('SMALL', 20, 'S1', 'S2'));
    await storeResponses(app, t.orgId, spread('LARGE', 2000, 'L1', 'L2'));
    await drain();
    for (const [unit, count, clerk] of [
      ['SMALL', 20, 'Sofia'],
      ['LARGE', 2000, 'Lesia'],
    ] as const) {
      let values: any[] = [];
      const seen = await recorded(async () => (values = await breakdown(unit, 'STAFF', '2026-01-01', '2027-01-01')));
      // Half the responses each: the clerk 80 against the manager's 60 (identified responses: never withheld).
      expect(figures(values)[clerk]).toEqual([count / 2, 80, 60, false]);
      const reads = (table: string) =>
        seen.filter((q) => new RegExp(`\\b(from|join) "?${table}"?[\\s)]`, 'i').test(q.query));
      // The only statement naming responses is the tail's (responses in the outbox), and it finds none.
      const responses = [...reads('response'), ...reads('response_fact')];
      expect(responses.map((q) => [/\bfrom rollup_outbox o join response_fact\b/.test(q.query), q.results])).toEqual([
        [true, 0],
      ]);
      expect(reads('staff_cell')).toHaveLength(1); // one cursor over the unit's cells
      const fetched = seen.filter((q) => /^fetch \d+ from cells_/.test(q.query));
      expect(fetched.reduce((n, q) => n + (q.results ?? 0), 0)).toBe(12); // one cell per month
    }
  }, 120_000); // scoring and rolling up 2,020 responses takes a while on a loaded machine

  it('kept incrementally (uneven batches, curation between them) equal a rebuild, and hold what OWN cells hold', async () => {
    const next = seeded(7);
    const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
    const rows = Array.from({ length: 300 }, () => ({
      ...response(
        pick(['HO', 'A', 'B']),
        `2026-0${pick([4, 5, 6])}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}T10:00:00Z`,
        Math.floor(next() * 101),
        pick(['C1', 'C2', 'M1', 'S1', null]),
      ),
      channel: pick(['WEB_LINK', 'KIOSK']),
      category: pick(['insured', null]),
    }));
    const ids = await storeResponses(app, t.orgId, rows);
    const em = app.orm.em.fork();
    await rollUpTail(em, 37);
    await rollUpTail(em, 101);
    for (const id of [ids[0], ids[3], ids[299]])
      await t.admin.ok(`mutation($id: ID!) { excludeResponse(id: $id, reason: "duplicate") { id } }`, { id });
    await t.admin.ok(`mutation($id: ID!) { includeResponse(id: $id, reason: "not a duplicate") { id } }`, {
      id: ids[3],
    });
    await drain();
    const staffCells = async () => {
      const stored: { key: string; responses: number; stats: EncodedCell }[] = await db().execute(
        `select concat_ws('|', model_version_id, unit_id, month, staff_id, questionnaire_version_id, channel, category, situation, language) as key,
                responses, stats from staff_cell where organization_id = ? order by key`,
        [t.orgId],
      );
      return new Map(stored.map((r) => [r.key, { responses: r.responses, cell: decodeCell(r.stats) }]));
    };
    const incremental = await staffCells();
    await rebuildOrganization(app.orm.em.fork(), t.orgId, 37);
    const fresh = await staffCells();
    expect([...incremental.keys()]).toEqual([...fresh.keys()]);
    for (const [key, { responses, cell }] of fresh) {
      const other = incremental.get(key)!;
      expect(other.responses, key).toBe(responses);
      expect(other.cell.confidential, key).toBe(cell.confidential);
      expect(other.cell.bands, key).toEqual(cell.bands);
      expect(other.cell.stats.items, key).toEqual(cell.stats.items);
      for (const [node, m] of cell.stats.nodes) {
        const o = other.cell.stats.nodes.get(node)!;
        expect(o.n).toBe(m.n);
        // Sums of scores agree up to the order of floating-point additions.
        expect(Math.abs(o.sumWX - m.sumWX)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(m.sumWX)));
      }
    }
    // Summed over staff, the staff cells are the OWN cells: the same responses in both tables.
    const differing = await db().execute(
      `select o.unit_id, o.month from result_cell o
         full join (select model_version_id, unit_id, month, questionnaire_version_id, channel, category, situation, language,
                           sum(responses)::int as responses
                      from staff_cell where organization_id = ?
                     group by model_version_id, unit_id, month, questionnaire_version_id, channel, category, situation, language) s
           using (model_version_id, unit_id, month, questionnaire_version_id, channel, category, situation, language)
        where (o.organization_id = ? and o.kind = 'OWN' or o.organization_id is null)
          and o.responses is distinct from s.responses`,
      [t.orgId, t.orgId],
    );
    expect(differing).toEqual([]);
    // 300 stored, two left excluded (the other tests' responses are elsewhere or in other months).
    const [{ total }] = await db().execute(
      `select sum(responses)::int as total from staff_cell
        where organization_id = ? and unit_id = any(?::uuid[]) and month >= '2026-04-01' and month < '2026-07-01'`,
      [t.orgId, `{${[units.HO, units.A, units.B].join(',')}}`],
    );
    expect(total).toBe(298);
  });
});
