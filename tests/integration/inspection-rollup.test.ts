import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { newUser, registerInspector, SUBMIT_VISIT } from '../support/fieldwork.js';
import type { GraphQLClient } from '../support/client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';

// Inspection scores through the rollups (docs/fieldwork.md, Inspection cells): whole months are
// read from inspection_cell, the days at the edges from the visits, and both must agree.
let app: TestApp;
let t: Tenant;
let north: string;
let sheetId: string;
let sheetVersion: string;
let kindId: string;
let inspector: GraphQLClient;
let modelId: string;
const visits: string[] = [];

// 1–5 ratings: 1→0, 2→25, 3→50, 4→75, 5→100
const sheet = {
  elements: [
    { type: 'rating', name: 'q1', title: 'Greeting', rateMin: 1, rateMax: 5 },
    { type: 'rating', name: 'q2', title: 'Explanation', rateMin: 1, rateMax: 5 },
  ],
};
const definition = (questionnaireId: string) => ({
  minResponses: 1,
  root: {
    key: 'index',
    kind: 'INDEX',
    label: 'Index',
    children: [
      { key: 'survey', kind: 'SURVEY', label: 'Clients', items: [{ questionnaireId, question: 'q1' }] },
      {
        key: 'inspection',
        kind: 'INSPECTION',
        label: 'Mystery visits',
        items: [
          { questionnaireId, question: 'q1' },
          { questionnaireId, question: 'q2' },
        ],
      },
    ],
  },
});
const SCORES = `query($input: ScoresInput!) { scores(input: $input) { responseCount nodes { key score n } } }`;

async function newModel(name: string): Promise<string> {
  const created = await t.admin.ok(
    `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
    { input: { unitId: t.headOfficeId, name, definition: definition(sheetId) } },
  );
  const id = created.createIndicatorModel.id;
  await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${id}" }) { id } }`);
  return id;
}

async function scoresOf(model: string, unitId: string, from: string, to: string) {
  const { scores } = await t.admin.ok(SCORES, { input: { modelId: model, unitId, from, to } });
  return Object.fromEntries(scores.nodes.map((n: any) => [n.key, n])) as Record<string, { score: number; n: number }>;
}

const submit = async (clientId: string, endedAt: string, answers: Record<string, number>) => {
  const input = { clientId, unitId: north, kindId, questionnaireVersionId: sheetVersion, answers, endedAt };
  const started = new Date(Date.parse(endedAt) - 3600_000).toISOString();
  const { submitVisit } = await inspector.ok(SUBMIT_VISIT, { input: { ...input, startedAt: started } });
  visits.push(submitVisit.id);
};

const cellsOf = (unitId: string) =>
  app.orm.em
    .fork()
    .getConnection()
    .execute(`select to_char(month, 'YYYY-MM-DD') as month, visits from inspection_cell where unit_id = ? order by 1`, [
      unitId,
    ]);

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Insurer');
  north = (await newUnit(t.admin, t.headOfficeId, 'NORTH')).id;
  const q = await newQuestionnaire(t.admin, t.headOfficeId, sheet, 'Scoring sheet');
  sheetId = q.id;
  sheetVersion = (await publish(t.admin, q.id)).id;
  const { inspectionKinds } = await t.admin.ok(`query { inspectionKinds { id key } }`);
  kindId = inspectionKinds.find((k: any) => k.key === 'MYSTERY_VISIT').id;
  const user = await newUser(app, t, 'INSPECTOR', t.headOfficeId);
  await registerInspector(t.admin, {
    ownerUnitId: t.headOfficeId,
    name: 'Mila',
    category: 'MYSTERY_SHOPPER',
    unitIds: [t.headOfficeId],
    userId: user.userId,
  });
  inspector = user.client;
  modelId = await newModel('Service index');
  // A client answered the same sheet at North: q1 5 → 100. It never reaches the INSPECTION leaf.
  await storeResponses(app, t.orgId, [
    {
      unitId: north,
      questionnaireId: sheetId,
      versionId: sheetVersion,
      completedAt: '2026-03-10T10:00:00Z',
      answers: { q1: 5, q2: 1 },
    },
  ]);
});
afterAll(() => app?.close());

describe('inspection scores through the rollups', () => {
  it('keeps cells as visits are submitted; cells and the visits themselves give the hand-computed score', async () => {
    await submit('phone-0001', '2026-03-05T10:00:00Z', { q1: 4, q2: 3 }); // q1 75, q2 50
    // The first query builds the model version's cells: (75 + 50)/2 = 62.5
    expect((await scoresOf(modelId, north, '2026-03-01', '2026-04-01')).inspection.score).toBeCloseTo(62.5, 9);
    await submit('phone-0002', '2026-03-20T10:00:00Z', { q1: 2, q2: 4 }); // q1 25, q2 75: added to the built cell
    expect(await cellsOf(north)).toEqual([{ month: '2026-03-01', visits: 2 }]);
    // q1 (75 + 25)/2 = 50, q2 (50 + 75)/2 = 62.5 → (50 + 62.5)/2 = 56.25
    const fromCells = await scoresOf(modelId, north, '2026-03-01', '2026-04-01'); // March whole: the cell
    const fromVisits = await scoresOf(modelId, north, '2026-03-02', '2026-03-31'); // no whole month: the visits
    expect(fromCells.inspection).toMatchObject({ n: 2 });
    expect(fromCells.inspection.score).toBeCloseTo(56.25, 9);
    expect(fromVisits.inspection.score).toBeCloseTo(fromCells.inspection.score, 9);
    // A whole month plus edge days: February's last days and April's first add nothing.
    expect((await scoresOf(modelId, north, '2026-02-20', '2026-04-10')).inspection.score).toBeCloseTo(56.25, 9);
    // The sources never mix: the survey leaf is the one client response (q1 100), the visits are not in it.
    expect(fromCells.survey.score).toBeCloseTo(100, 9);
  });

  it("a correction replaces the old revision's contribution in the cell", async () => {
    await t.admin.ok(`mutation($input: CorrectVisitInput!) { correctVisit(input: $input) { id } }`, {
      input: { visitId: visits[1], reason: 'Re-rated from the video', answers: { q1: 5, q2: 5 } },
    });
    expect(await cellsOf(north)).toEqual([{ month: '2026-03-01', visits: 2 }]);
    // q1 (75 + 100)/2 = 87.5, q2 (50 + 100)/2 = 75 → (87.5 + 75)/2 = 81.25
    const fromCells = await scoresOf(modelId, north, '2026-03-01', '2026-04-01');
    const fromVisits = await scoresOf(modelId, north, '2026-03-02', '2026-03-31');
    expect(fromCells.inspection).toMatchObject({ n: 2 });
    expect(fromCells.inspection.score).toBeCloseTo(81.25, 9);
    expect(fromVisits.inspection.score).toBeCloseTo(81.25, 9);
  });

  it('answers from the cells in a time that does not grow with the number of visits', async () => {
    const small = (await newUnit(t.admin, t.headOfficeId, 'SMALL')).id;
    const large = (await newUnit(t.admin, t.headOfficeId, 'LARGE')).id;
    // Copies of the first visit (q1 75, q2 50 → 62.5), spread over the twelve months of 2026.
    const copy = (unitId: string, count: number) =>
      app.orm.em
        .fork()
        .getConnection()
        .execute(
          `insert into visit select (jsonb_populate_record(null::visit, to_jsonb(v) || jsonb_build_object(
             'id', s.id, 'root_id', s.id, 'client_id', 'copy:' || s.id, 'unit_id', ?::uuid, 'assignment_id', null,
             'ended_at', '2026-01-15T10:00:00Z'::timestamptz + make_interval(months => s.g % 12),
             'started_at', '2026-01-15T09:00:00Z'::timestamptz + make_interval(months => s.g % 12)))).*
           from visit v, (select gen_random_uuid() as id, g from generate_series(1, ?) g) s where v.id = ?`,
          [unitId, count, visits[0]],
        );
    await copy(small, 20);
    await copy(large, 2000);
    const yearly = await newModel('Service index, yearly'); // a version not built yet: its cells hold the copies
    const timed = async (unitId: string) => {
      const ms: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const started = performance.now();
        const s = await scoresOf(yearly, unitId, '2026-01-01', '2027-01-01');
        ms.push(performance.now() - started);
        expect(s.inspection.score).toBeCloseTo(62.5, 9);
      }
      return ms.sort((a, b) => a - b)[1];
    };
    const built = await scoresOf(yearly, large, '2026-01-01', '2027-01-01'); // builds the cells (not timed)
    expect(built.inspection).toMatchObject({ n: 2000 });
    expect(await cellsOf(large)).toHaveLength(12);
    const smallMs = await timed(small);
    const largeMs = await timed(large);
    // Scoring each visit costs about 3 ms (docs/fieldwork.md): 2,000 visits would take seconds.
    // From the cells both read twelve cells; the bound leaves room for a loaded machine.
    expect(largeMs).toBeLessThan(smallMs * 3 + 300);
    // What the time cannot prove on a loaded machine: the query reads the cells, never the visits.
    // Every SQL statement the server issues while answering is recorded (MikroORM's query logger).
    const readBy = async (unitId: string) => {
      const logger = app.orm.config.getLogger();
      const original = logger.logQuery.bind(logger);
      const seen: { query: string; results?: number }[] = [];
      logger.logQuery = (context) => void seen.push({ query: context.query ?? '', results: context.results });
      try {
        await scoresOf(yearly, unitId, '2026-01-01', '2027-01-01');
      } finally {
        logger.logQuery = original;
      }
      const on = (table: string) => seen.filter((q) => new RegExp(`\\bfrom "?${table}"?[\\s)]`, 'i').test(q.query));
      return { visits: on('visit'), cells: on('inspection_cell') };
    };
    for (const unitId of [small, large]) {
      const read = await readBy(unitId);
      expect(read.visits).toEqual([]); // whole months: no visit row is read
      expect(read.cells).toHaveLength(1);
      expect(read.cells[0].results).toBe(12); // one cell per month, however many visits
    }
  }, 120_000); // inserting 2,020 visits and building their cells takes tens of seconds on a loaded machine
});
