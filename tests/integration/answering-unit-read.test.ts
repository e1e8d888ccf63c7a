import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/client.js';
import { createDistribution } from '../support/distribution.js';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../support/questionnaires.js';

/**
 * docs/security.md, "Reading what your units answer": a manager of a unit a head-office
 * questionnaire is distributed to reads it (its versions, the models binding it), read only; a
 * manager of a unit it is not distributed to reads none of it.
 */
let app: TestApp;
let t: Tenant;
let questionnaireId: string;
let versionId: string;
let modelId: string;
let modelVersionId: string;
let north: GraphQLClient;
let south: GraphQLClient;
let region: GraphQLClient;

const QUESTIONNAIRE = `query($id: ID!) { questionnaire(id: $id) { id title versions { id number } } }`;
const VERSION = `query($id: ID!) { questionnaireVersion(id: $id) { id definition } }`;
const MODEL = `query($id: ID!) { indicatorModel(id: $id) { id name latestVersionNumber } }`;
const MODEL_VERSION = `query($id: ID!) { indicatorModelVersion(id: $id) { id number } }`;
const MODELS = `query { indicatorModels { edges { node { id } } } }`;

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Court service');
  const regionUnit = await newUnit(t.admin, t.headOfficeId, 'REGION', 'REGION');
  const northUnit = await newUnit(t.admin, regionUnit.id, 'NORTH');
  const southUnit = await newUnit(t.admin, t.headOfficeId, 'SOUTH');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'), 'Court visit');
  questionnaireId = q.id;
  versionId = (await publish(t.admin, q.id, 'v1')).id;
  await createDistribution(t.admin, {
    name: 'North web',
    questionnaireId,
    channel: 'WEB_LINK',
    unitIds: [northUnit.id],
  });
  const model = await t.admin.ok(
    `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
    {
      input: {
        unitId: t.headOfficeId,
        name: 'Court index',
        definition: {
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [
              { key: 'speed', kind: 'SURVEY', label: 'Speed', items: [{ questionnaireId, question: 'speed' }] },
            ],
          },
        },
      },
    },
  );
  modelId = model.createIndicatorModel.id;
  modelVersionId = (
    await t.admin.ok(`mutation($m: ID!) { publishIndicatorModel(input: { modelId: $m }) { id } }`, { m: modelId })
  ).publishIndicatorModel.id;
  north = await newUserWithRole(app, t, 'UNIT_MANAGER', northUnit.id);
  south = await newUserWithRole(app, t, 'UNIT_MANAGER', southUnit.id);
  // The region's manager reads results of NORTH (below it): the distribution is in their subtree.
  region = await newUserWithRole(app, t, 'ANALYST', regionUnit.id);
});
afterAll(() => app?.close());

describe('reading what your units answer', () => {
  it('a manager of an answering branch reads the questionnaire, its versions and the model binding it', async () => {
    for (const reader of [north, region]) {
      const read = await reader.ok(QUESTIONNAIRE, { id: questionnaireId });
      expect(read.questionnaire.versions.map((v: { id: string }) => v.id)).toEqual([versionId]);
      expect((await reader.ok(VERSION, { id: versionId })).questionnaireVersion.definition.pages).toBeDefined();
      expect((await reader.ok(MODEL, { id: modelId })).indicatorModel.name).toBe('Court index');
      expect((await reader.ok(MODEL_VERSION, { id: modelVersionId })).indicatorModelVersion.number).toBe(1);
      const listed = (await reader.ok(MODELS)).indicatorModels.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(listed).toEqual([modelId]);
    }
  });

  it('a manager of a branch it is not distributed to is refused', async () => {
    for (const [query, id] of [
      [QUESTIONNAIRE, questionnaireId],
      [VERSION, versionId],
      [MODEL, modelId],
      [MODEL_VERSION, modelVersionId],
    ]) {
      const refused = await south.fails(query, { id });
      expect(refused.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await south.ok(MODELS)).indicatorModels.edges).toEqual([]);
  });

  it('the reading manager cannot edit or publish the questionnaire or the model', async () => {
    const q = (
      await t.admin.ok(`query($id: ID!) { questionnaire(id: $id) { draftRevision } }`, { id: questionnaireId })
    ).questionnaire;
    const m = (
      await t.admin.ok(`query($id: ID!) { indicatorModel(id: $id) { draftRevision draft { json } } }`, { id: modelId })
    ).indicatorModel;
    const attempts: [string, Record<string, unknown>][] = [
      [
        `mutation($input: SaveQuestionnaireDraftInput!) { saveQuestionnaireDraft(input: $input) { problems { message } } }`,
        { input: { questionnaireId, expectedRevision: q.draftRevision, definition: ratingSurvey('speed', 'extra') } },
      ],
      [`mutation($id: ID!) { publishQuestionnaire(input: { questionnaireId: $id }) { id } }`, { id: questionnaireId }],
      [`mutation($id: ID!) { archiveQuestionnaire(id: $id) { id } }`, { id: questionnaireId }],
      [`mutation($id: ID!) { retireQuestionnaireVersion(id: $id) { id } }`, { id: versionId }],
      [
        `mutation($input: SaveIndicatorModelDraftInput!) { saveIndicatorModelDraft(input: $input) { __typename } }`,
        { input: { modelId, expectedRevision: m.draftRevision, definition: m.draft.json } },
      ],
      [`mutation($m: ID!) { publishIndicatorModel(input: { modelId: $m }) { id } }`, { m: modelId }],
    ];
    for (const [mutation, variables] of attempts) {
      const refused = await north.fails(mutation, variables);
      expect([refused.message, refused.extensions?.code]).toEqual([expect.any(String), 'FORBIDDEN']);
    }
    expect((await t.admin.ok(QUESTIONNAIRE, { id: questionnaireId })).questionnaire.versions).toHaveLength(1);
  });
});
