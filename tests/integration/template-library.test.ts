import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadShippedLibrary } from '../../server/app/library.js';
import { SHIPPED_TEMPLATES } from '../../server/library/index.js';
import { createLogger } from '../../server/logger.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
let agency: Tenant;
const log = createLogger('silent');
const load = () => loadShippedLibrary(app.app, app.orm, log);

const TEMPLATES = `{ templates(first: 50) { totalCount edges { node { id title category languages releases { versionNumber } } } } }`;
const ADOPT = `mutation($t: ID!, $u: ID!) { adoptTemplate(templateId: $t, unitId: $u) { id draft } }`;
const PUBLISH = `mutation($input: PublishQuestionnaireInput!) { publishQuestionnaire(input: $input) { id languages } }`;
const MODELS = `{ indicatorModels(first: 50) { edges { node { id name draftProblems { message } } } } }`;
const PUBLISH_MODEL = `mutation($input: PublishIndicatorModelInput!) { publishIndicatorModel(input: $input) { id number } }`;
const SCORE = `query($input: ScoreResponseInput!) { scoreResponse(input: $input) { score band { key } } }`;

/** Every localizable text of a definition (titles, choices, rows, columns) as SurveyJS stores it. */
function texts(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((v) => texts(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'title' || key === 'text' || key === 'description') out.push(v);
      else texts(v, out);
    }
  }
  return out;
}

beforeAll(async () => {
  app = await startTestApp();
  agency = await newTenant(app, 'Agency');
});
afterAll(() => app?.close());

describe('the template library shipped with Barometer', () => {
  it('is released once, even when two server copies load it together', async () => {
    const [first, second] = await Promise.all([load(), load()]);
    // One copy releases every template; the other waits on the lock and finds nothing new.
    expect([...first, ...second].sort()).toEqual(SHIPPED_TEMPLATES.map((t) => t.key).sort());
    expect(await load()).toEqual([]);
    const { templates } = await agency.admin.ok(TEMPLATES);
    expect(templates.totalCount).toBe(SHIPPED_TEMPLATES.length);
    for (const { node } of templates.edges) {
      expect(node.releases).toHaveLength(1);
      expect(node.languages).toEqual(['en', 'uk', 'zh-cn']);
    }
  });

  it('offers instruments that adopt, publish and score cleanly in three languages', async () => {
    const { templates } = await agency.admin.ok(TEMPLATES);
    for (const shipped of SHIPPED_TEMPLATES) {
      const template = templates.edges.find((e: any) => e.node.title === shipped.title.en)?.node;
      expect(template, shipped.key).toBeDefined();
      for (const text of texts(shipped.survey)) {
        expect(Object.keys(text as object).sort(), `${shipped.key}: ${JSON.stringify(text)}`).toEqual([
          'default',
          'uk',
          'zh-cn',
        ]);
      }
      const adopted = await agency.admin.ok(ADOPT, { t: template.id, u: agency.headOfficeId });
      for (const metric of shipped.metrics ?? []) {
        await agency.admin.ok(`mutation($input: MetricInput!) { createMetric(input: $input) { id } }`, {
          input: metric,
        });
      }
      const version = await agency.admin.ok(PUBLISH, { input: { questionnaireId: adopted.adoptTemplate.id } });
      expect(version.publishQuestionnaire.languages).toEqual(['en', 'uk', 'zh-cn']);
      const { indicatorModels } = await agency.admin.ok(MODELS);
      const model = indicatorModels.edges.find((e: any) => e.node.name === shipped.title.en).node;
      expect(model.draftProblems, shipped.key).toEqual([]);
      const published = await agency.admin.ok(PUBLISH_MODEL, { input: { modelId: model.id } });
      expect(published.publishIndicatorModel.number).toBe(1);
      if (shipped.key !== 'post-transaction-a11') continue;
      // Every driver "agree" (4 of 1..5 → 75), one "does not apply" that scores nothing: index 75, band satisfied.
      const drivers = { satisfaction: 4, trust: 4, effectiveness: 4, ease: 4, efficiency: 4, transparency: 'na' };
      const scored = await agency.admin.ok(SCORE, {
        input: {
          modelVersionId: published.publishIndicatorModel.id,
          questionnaireVersionId: version.publishQuestionnaire.id,
          answers: { drivers: { ...drivers, helpfulness: 4 } },
        },
      });
      expect(scored.scoreResponse).toEqual({ score: 75, band: { key: 'satisfied' } });
    }
  });

  it('releases a changed template as an update its adopters can merge', async () => {
    const shipped = SHIPPED_TEMPLATES[0];
    const { templates } = await agency.admin.ok(TEMPLATES);
    const template = templates.edges.find((e: any) => e.node.title === shipped.title.en).node;
    const adopted = await agency.admin.ok(ADOPT, { t: template.id, u: agency.headOfficeId });
    const survey = shipped.survey as { description: Record<string, string> };
    const before = survey.description.default;
    survey.description.default = `${before} Thank you.`;
    try {
      // Two copies upgrading together: one releases, the other finds the release done.
      expect((await Promise.all([load(), load()])).flat()).toEqual([shipped.key]);
    } finally {
      survey.description.default = before;
    }
    const state = await agency.admin.ok(`query($id: ID!) { questionnaire(id: $id) { templateUpdateAvailable } }`, {
      id: adopted.adoptTemplate.id,
    });
    expect(state.questionnaire.templateUpdateAvailable).toBe(true);
  });
});
