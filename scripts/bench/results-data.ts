/**
 * The results part of the benchmark: a deterministic data set (500 leaf units under 10
 * regions, responses to 20 rated items over the 12 months of 2025), the three dashboard queries
 * through GraphQL, and their naive baselines — the same numbers from one SQL query over the raw
 * answers (the JSON column).
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { csvLine } from '../../server/responses/import.service.js';
import { seeded } from '../../tests/support/random.js';

export const ITEMS = Array.from({ length: 20 }, (_, i) => `q${i + 1}`);
const REGIONS = 10;
const BRANCHES_PER_REGION = 50;

/** A GraphQL answer's data: each top-level field is an object with an id and other fields. */
export type GqlData = Record<string, { id: string } & Record<string, unknown>>;
type Gql = (query: string, variables?: Record<string, unknown>) => Promise<GqlData>;

export interface QueryDataset {
  orgId: string;
  headOfficeId: string;
  regionIds: string[];
  leafIds: string[];
  questionnaireId: string;
  versionId: string;
  modelId: string;
}

/** Index → 4 dimensions (weights given) → 5 indicators of one item each. */
export function modelDefinition(questionnaireId: string, weights = [1, 2, 3, 4]) {
  const dimensions = weights.map((weight, d) => ({
    key: `D${d + 1}`,
    kind: 'DIMENSION',
    label: `Dimension ${d + 1}`,
    weight,
    children: ITEMS.slice(d * 5, d * 5 + 5).map((q) => ({
      key: `I_${q}`,
      kind: 'SURVEY',
      label: q,
      items: [{ questionnaireId, question: q }],
    })),
  }));
  return { root: { key: 'index', kind: 'INDEX', label: 'Index', children: dimensions } };
}

/** Units (500 leaves under 10 regions unless `shape` says), a 20-item questionnaire and a model of 4 dimensions × 5 indicators, created through the API. */
export async function createQueryDataset(
  gql: Gql,
  orgId: string,
  headOfficeId: string,
  shape = { regions: REGIONS, branchesPerRegion: BRANCHES_PER_REGION },
): Promise<QueryDataset> {
  const CREATE_UNIT = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`;
  const regionIds: string[] = [];
  const leafIds: string[] = [];
  for (let r = 0; r < shape.regions; r++) {
    const region = (
      await gql(CREATE_UNIT, { input: { parentId: headOfficeId, code: `R${r}`, name: `Region ${r}`, kind: 'REGION' } })
    ).createOrgUnit.id;
    regionIds.push(region);
    for (let b = 0; b < shape.branchesPerRegion; b++) {
      leafIds.push(
        (
          await gql(CREATE_UNIT, {
            input: { parentId: region, code: `R${r}-B${b}`, name: `Branch ${r}.${b}`, kind: 'BRANCH' },
          })
        ).createOrgUnit.id,
      );
    }
  }
  const definition = {
    elements: ITEMS.map((name) => ({ type: 'rating', name, title: `Item ${name}`, rateMin: 1, rateMax: 5 })),
  };
  const questionnaireId = (
    await gql(
      `mutation($d: JSON) { createQuestionnaire(input: { unitId: "${headOfficeId}", title: "Twenty items", definition: $d }) { id } }`,
      { d: definition },
    )
  ).createQuestionnaire.id;
  const versionId = (
    await gql(`mutation { publishQuestionnaire(input: { questionnaireId: "${questionnaireId}" }) { id } }`)
  ).publishQuestionnaire.id;
  const modelId = (
    await gql(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: { unitId: headOfficeId, name: 'Twenty items', definition: modelDefinition(questionnaireId) },
    })
  ).createIndicatorModel.id;
  await gql(`mutation { publishIndicatorModel(input: { modelId: "${modelId}" }) { id } }`);
  return { orgId, headOfficeId, regionIds, leafIds, questionnaireId, versionId, modelId };
}

/** COPYs `count` completed responses straight into the response table (not rolled up yet). */
export async function loadResponses(url: string, data: QueryDataset, count: number, seed: number): Promise<void> {
  const next = seeded(seed);
  const channels = ['WEB_LINK', 'KIOSK', 'EMAIL'];
  const categories = ['insured', 'employer'];
  const start = Date.UTC(2025, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  function* rows() {
    for (let i = 0; i < count; i++) {
      const unit = data.leafIds[Math.floor(next() * data.leafIds.length)];
      // Each branch has its own level, so rankings have something to rank.
      const bias = (data.leafIds.indexOf(unit) % 7) / 7;
      const answers: Record<string, number> = {};
      for (const q of ITEMS) if (next() < 0.95) answers[q] = Math.min(5, 1 + Math.floor((next() + bias) * 3.4));
      const completed = new Date(start + Math.floor(next() * span)).toISOString();
      yield csvLine([
        randomUUID(),
        data.orgId,
        unit,
        data.questionnaireId,
        data.versionId,
        channels[Math.floor(next() * 3)],
        categories[Math.floor(next() * 2)],
        'COMPLETE',
        completed,
        completed,
        'false',
        JSON.stringify(answers),
        // The partition key: results read a period's months only (docs/scale-out.md).
        `${completed.slice(0, 7)}-01`,
      ]);
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await pipeline(
      Readable.from(rows()),
      client.query(
        copyFrom(
          `copy response (id, organization_id, unit_id, questionnaire_id, questionnaire_version_id, channel, category, status, completed_at, submitted_at, is_test, answers, partition_month) from stdin (format csv)`,
        ),
      ),
    );
    await client.query('analyze response');
  } finally {
    await client.end();
  }
}

export const SCORES = `query($input: ScoresInput!) { scores(input: $input) { responseCount nodes { key score n sd se ci95 top2 band { key } effectiveWeight } bandDistribution { share } } }`;
export const RANKING = `query($input: ScoresInput!) { ranking(depth: 2, input: $input) { rank score n insufficient band { key } unit { id } } }`;
export const BREAKDOWN = `query($input: ScoresInput!) { breakdown(by: CATEGORY, input: $input) { values { value responseCount nodes { key score n ci95 significant } } } }`;
export const SERIES = `query($input: ScoresInput!) { scoreSeries(granularity: MONTH, input: $input) { label responseCount nodes { key score n } deltaPrevious { delta significant } deltaYearAgo { delta significant } } }`;

/** Per item: count, mean 0–100 score and standard deviation, over the raw JSON answers. */
const itemColumns = ITEMS.map(
  (q) =>
    `count(r.answers->'${q}'), avg(((r.answers->>'${q}')::numeric - 1) * 25), stddev_samp(((r.answers->>'${q}')::numeric - 1) * 25)`,
).join(', ');
const counted = `r.organization_id = $1 and r.status = 'COMPLETE' and not r.is_test and r.excluded_at is null and r.questionnaire_id = $2`;

/** The naive baselines: one SQL query each over the raw answers, nothing precomputed. */
export const NAIVE = {
  scores: (data: QueryDataset) => ({
    text: `select count(*), ${itemColumns} from response r join org_unit u on u.id = r.unit_id
            where ${counted} and u.path like (select path from org_unit where id = $3) || '%' and r.completed_at >= $4 and r.completed_at < $5`,
    values: [data.orgId, data.questionnaireId, data.headOfficeId, '2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z'],
  }),
  ranking: (data: QueryDataset) => ({
    text: `select r.unit_id, count(*), ${itemColumns} from response r join org_unit u on u.id = r.unit_id
            where ${counted} and u.path like (select path from org_unit where id = $3) || '%' and r.completed_at >= $4 and r.completed_at < $5 group by r.unit_id`,
    values: [data.orgId, data.questionnaireId, data.headOfficeId, '2025-06-01T00:00:00Z', '2025-07-01T00:00:00Z'],
  }),
  breakdown: (data: QueryDataset) => ({
    text: `select r.category, count(*), ${itemColumns} from response r join org_unit u on u.id = r.unit_id
            where ${counted} and u.path like (select path from org_unit where id = $3) || '%' and r.completed_at >= $4 and r.completed_at < $5 group by r.category`,
    values: [data.orgId, data.questionnaireId, data.headOfficeId, '2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z'],
  }),
  series: (data: QueryDataset) => ({
    text: `select date_trunc('month', r.completed_at at time zone 'UTC') as month, count(*), ${itemColumns} from response r join org_unit u on u.id = r.unit_id
            where ${counted} and u.path like (select path from org_unit where id = $3) || '%' and r.completed_at >= $4 and r.completed_at < $5 group by month`,
    values: [data.orgId, data.questionnaireId, data.regionIds[0], '2024-01-01T00:00:00Z', '2026-01-01T00:00:00Z'],
  }),
};

/** The GraphQL inputs of the same three queries. */
export const INPUTS = {
  scores: (data: QueryDataset) => ({
    modelId: data.modelId,
    unitId: data.headOfficeId,
    from: '2025-01-01',
    to: '2026-01-01',
  }),
  breakdown: (data: QueryDataset) => ({
    modelId: data.modelId,
    unitId: data.headOfficeId,
    from: '2025-01-01',
    to: '2026-01-01',
  }),
  ranking: (data: QueryDataset) => ({
    modelId: data.modelId,
    unitId: data.headOfficeId,
    from: '2025-06-01',
    to: '2025-07-01',
  }),
  series: (data: QueryDataset) => ({
    modelId: data.modelId,
    unitId: data.regionIds[0],
    from: '2025-01-01',
    to: '2026-01-01',
  }),
};

/** p50 and p95 of `runs` timed calls, in milliseconds. */
export async function percentiles(runs: number, call: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)];
  return { p50: at(0.5), p95: at(0.95) };
}
