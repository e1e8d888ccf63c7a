import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';

/**
 * A model restricted to one client group (a respondent category and/or a service situation)
 * scores only that group's responses: results add the restriction as filters. One number field on
 * 0–100, so a response's score is its value (s = v) and the index is the mean.
 */
let app: TestApp;
let t: Tenant;
let questionnaireId: string;

const SCORES = `query($input: ScoresInput!) { scores(input: $input) {
  responseCount nodes { key score n } modelVersion { definition { respondentCategory serviceSituation } } } }`;

async function model(name: string, restriction: Record<string, string>) {
  const id = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: {
        unitId: t.headOfficeId,
        name,
        definition: {
          minResponses: 1,
          ...restriction,
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
  await t.admin.ok(`mutation($m: ID!) { publishIndicatorModel(input: { modelId: $m }) { id } }`, { m: id });
  return id as string;
}
const models: Record<string, string> = {};
const scores = async (modelId: string, filters?: Record<string, unknown>) =>
  (
    await t.admin.ok(SCORES, {
      input: { modelId, unitId: t.headOfficeId, from: '2026-03-01', to: '2026-04-01', filters },
    })
  ).scores;
const index = (s: any) => s.nodes.find((n: any) => n.key === 'index');

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Courts');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, {
    elements: [{ type: 'text', inputType: 'number', name: 'pct', min: 0, max: 100 }],
  });
  questionnaireId = q.id;
  const versionId = (await publish(t.admin, q.id)).id;
  models.all = await model('Everyone', {});
  models.lawyers = await model('Lawyers', { respondentCategory: 'lawyer' });
  models.appeals = await model('Lawyers in appeals', { respondentCategory: 'lawyer', serviceSituation: 'appeal' });
  const rows: [number, string, string][] = [
    [80, 'lawyer', 'hearing'],
    [60, 'lawyer', 'hearing'],
    [100, 'lawyer', 'appeal'],
    [20, 'party', 'hearing'],
    [40, 'party', 'appeal'],
  ];
  await storeResponses(
    app,
    t.orgId,
    rows.map(([pct, category, situation]) => ({
      unitId: t.headOfficeId,
      questionnaireId,
      versionId,
      completedAt: '2026-03-10T12:00:00Z',
      answers: { pct },
      category,
      situation,
    })),
  );
});
afterAll(() => app?.close());

describe('a model restricted to one client group', () => {
  const expected = async () => {
    // Everyone: (80 + 60 + 100 + 20 + 40) / 5 = 60.
    expect(index(await scores(models.all))).toMatchObject({ score: 60, n: 5 });
    // Lawyers only: (80 + 60 + 100) / 3 = 80; the parties' 20 and 40 do not count.
    const lawyers = await scores(models.lawyers);
    expect(lawyers.responseCount).toBe(3);
    expect(index(lawyers)).toMatchObject({ score: 80, n: 3 });
    expect(lawyers.modelVersion.definition).toEqual({ respondentCategory: 'lawyer', serviceSituation: null });
    // Lawyers in appeals: the one 100.
    expect(index(await scores(models.appeals))).toMatchObject({ score: 100, n: 1 });
    // A filter inside the group narrows it further: lawyers at hearings (80 + 60) / 2 = 70.
    expect(index(await scores(models.lawyers, { serviceSituation: 'hearing' }))).toMatchObject({ score: 70, n: 2 });
  };

  it('scores only the group’s responses, read raw', expected);

  it('scores the same from the rollup cells', async () => {
    await app.app.rollups.runOnce();
    await expected();
  });

  it('refuses a filter for another group, saying why', async () => {
    const error = await t.admin.fails(SCORES, {
      input: {
        modelId: models.lawyers,
        unitId: t.headOfficeId,
        from: '2026-03-01',
        to: '2026-04-01',
        filters: { respondentCategory: 'party' },
      },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.respondentCategory' });
    expect(error.message).toContain('restricted to respondent category "lawyer"');
  });
});
