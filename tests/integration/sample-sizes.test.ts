/**
 * Coherent sample sizes (issue 14): every score over fewer responses than the model's minimum
 * carries belowMinimum; the ranking lists every unit's score (unranked below the minimum), and
 * only small groups of confidential responses are withheld, with their reason.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../support/questionnaires.js';

let app: TestApp;
let t: Tenant;
let modelId: string;
const units: Record<string, string> = {};
const period = { from: '2026-03-01', to: '2026-04-01' };
const SCORES = `query($input: ScoresInput!) { scores(input: $input) { responseCount nodes { key score n belowMinimum } } }`;
const RANKING = `query($input: ScoresInput!) { ranking(input: $input) { unit { code } rank score n insufficient belowMinimum withheldReason } }`;

beforeAll(async () => {
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0' });
  t = await newTenant(app, 'Registry');
  for (const code of ['A', 'B', 'C']) units[code] = (await newUnit(t.admin, t.headOfficeId, code)).id;
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('fair'));
  const version = await publish(t.admin, q.id, 'v1');
  modelId = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: {
        unitId: t.headOfficeId,
        name: 'Registry users',
        definition: {
          minResponses: 6,
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [
              {
                key: 'fairness',
                kind: 'SURVEY',
                label: 'Fairness',
                items: [{ questionnaireId: q.id, question: 'fair' }],
              },
            ],
          },
        },
      },
    })
  ).createIndicatorModel.id;
  await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${modelId}" }) { id } }`);
  const db = app.orm.em.fork().getConnection();
  const insert = (unit: string, fair: number, confidential = false) =>
    db.execute(
      `with r as (insert into response (id, organization_id, unit_id, questionnaire_id, questionnaire_version_id, channel, status, completed_at, submitted_at, is_test, answers, confidential, partition_month)
       values (?, ?, ?, ?, ?, 'WEB_LINK', 'COMPLETE', '2026-03-10T10:00:00Z', now(), false, ?, ?, '2026-03-01') returning id, organization_id)
       insert into rollup_outbox (response_id, organization_id) select id, organization_id from r`,
      [randomUUID(), t.orgId, units[unit], q.id, version.id, JSON.stringify({ fair }), confidential],
    );
  // A: 6 identified (the minimum); B: 5 identified (below it); C: 3 confidential (a small group).
  for (const fair of [5, 5, 4, 4, 3, 3]) await insert('A', fair);
  for (const fair of [5, 4, 4, 2, 1]) await insert('B', fair);
  for (const fair of [5, 5, 5]) await insert('C', fair, true);
});
afterAll(() => app?.close());

describe('sample sizes', () => {
  it('flags every score over fewer responses than the model’s minimum', async () => {
    // B: 5 < 6 responses; (100 + 75 + 75 + 25 + 0) / 5 = 55, shown and flagged.
    const b = (await t.admin.ok(SCORES, { input: { modelId, unitId: units.B, ...period } })).scores;
    expect(
      b.nodes.map((n: { key: string; score: number; belowMinimum: boolean }) => [n.key, n.score, n.belowMinimum]),
    ).toEqual([
      ['index', 55, true],
      ['fairness', 55, true],
    ]);
    // A: 6 responses, the minimum: (100 + 100 + 75 + 75 + 50 + 50) / 6 = 75, not flagged.
    const a = (await t.admin.ok(SCORES, { input: { modelId, unitId: units.A, ...period } })).scores;
    expect(a.nodes[0]).toMatchObject({ score: 75, n: 6, belowMinimum: false });
  });

  it('ranks the units at the minimum and lists every other unit’s score, withholding only small confidential groups', async () => {
    const ranking = (await t.admin.ok(RANKING, { input: { modelId, unitId: t.headOfficeId, ...period } })).ranking;
    expect(ranking).toEqual([
      { unit: { code: 'A' }, rank: 1, score: 75, n: 6, insufficient: false, belowMinimum: false, withheldReason: null },
      {
        unit: { code: 'B' },
        rank: null,
        score: 55,
        n: 5,
        insufficient: true,
        belowMinimum: true,
        withheldReason: null,
      },
      {
        unit: { code: 'C' },
        rank: null,
        score: null,
        n: 3,
        insufficient: true,
        belowMinimum: true,
        withheldReason: expect.stringMatching(/Fewer than 5 responses/),
      },
    ]);
  });

  it('says an empty period has no responses and flags it', async () => {
    const empty = (
      await t.admin.ok(SCORES, { input: { modelId, unitId: units.A, from: '2025-01-01', to: '2025-02-01' } })
    ).scores;
    expect(empty.responseCount).toBe(0);
    expect(empty.nodes[0]).toMatchObject({ score: null, n: 0, belowMinimum: true });
  });
});
