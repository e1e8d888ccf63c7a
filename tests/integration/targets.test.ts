import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';

/** Targets on indicator nodes (issue 16): results give the target and the distance to it. */
let app: TestApp;
let t: Tenant;
let questionnaireId: string;
let versionId: string;

const CREATE = `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`;
const PUBLISH = `mutation($m: ID!) { publishIndicatorModel(input: { modelId: $m }) { id } }`;
const SCORES = `query($input: ScoresInput!) { scores(input: $input) { nodes { key score target distanceToTarget } } }`;
const survey = {
  elements: [
    { type: 'text', inputType: 'number', name: 'speed', min: 0, max: 100 },
    { type: 'text', inputType: 'number', name: 'clarity', min: 0, max: 100 },
  ],
};
const definition = (targets: { index?: number; speed?: number }) => ({
  minResponses: 1,
  root: {
    key: 'index',
    kind: 'INDEX',
    label: 'Index',
    target: targets.index,
    children: [
      {
        key: 'speed',
        kind: 'SURVEY',
        label: 'Speed',
        target: targets.speed,
        items: [{ questionnaireId, question: 'speed' }],
      },
      { key: 'clarity', kind: 'SURVEY', label: 'Clarity', items: [{ questionnaireId, question: 'clarity' }] },
    ],
  },
});

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Targets');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, survey);
  questionnaireId = q.id;
  versionId = (await publish(t.admin, q.id)).id;
  await storeResponses(app, t.orgId, [
    // speed 70 and 80 → 75; clarity 90 and 100 → 95; index (75 + 95) / 2 = 85.
    {
      unitId: t.headOfficeId,
      questionnaireId,
      versionId,
      completedAt: '2026-05-02T10:00:00Z',
      answers: { speed: 70, clarity: 90 },
    },
    {
      unitId: t.headOfficeId,
      questionnaireId,
      versionId,
      completedAt: '2026-05-03T10:00:00Z',
      answers: { speed: 80, clarity: 100 },
    },
  ]);
});
afterAll(() => app?.close());

describe('targets', () => {
  it('are returned with each node’s distance to them: negative below target', async () => {
    const modelId = (
      await t.admin.ok(CREATE, {
        input: { unitId: t.headOfficeId, name: 'Quality goal', definition: definition({ index: 80, speed: 90 }) },
      })
    ).createIndicatorModel.id;
    await t.admin.ok(PUBLISH, { m: modelId });
    const { scores } = await t.admin.ok(SCORES, {
      input: { modelId, unitId: t.headOfficeId, from: '2026-05-01', to: '2026-06-01' },
    });
    expect(scores.nodes).toEqual([
      { key: 'index', score: 85, target: 80, distanceToTarget: 5 }, // 85 − 80: above its goal
      { key: 'speed', score: 75, target: 90, distanceToTarget: -15 }, // 75 − 90: below target
      { key: 'clarity', score: 95, target: null, distanceToTarget: null }, // no target set
    ]);
  });

  it('outside 0–100 are refused at publication with a sentence naming the node', async () => {
    const modelId = (
      await t.admin.ok(CREATE, {
        input: { unitId: t.headOfficeId, name: 'Too ambitious', definition: definition({ speed: 120 }) },
      })
    ).createIndicatorModel.id;
    const res = await t.admin.request(PUBLISH, { m: modelId });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toContain('The target must be a score from 0 to 100 (it is 120)');
  });
});
