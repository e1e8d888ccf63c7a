import { createDistribution } from './distribution.js';
import { newTenant, type Tenant } from './factories.js';
import type { TestApp } from './harness.js';
import { newQuestionnaire, publish, ratingSurvey } from './questionnaires.js';

export interface SurveyTenant extends Tenant {
  questionnaireId: string;
  versionId: string;
  /** A public web link of the published version at the head office. */
  token: string;
}

const OPEN = `mutation($input: OpenQuestionnaireVersionInput!) { openQuestionnaireVersion(input: $input) { token } }`;

/** An organisation with a published two-rating survey, an indicator model over it (so rollups run) and an open link. */
export async function newSurveyTenant(app: TestApp, name: string): Promise<SurveyTenant> {
  const t = await newTenant(app, name);
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed', 'courtesy'), `${name} survey`);
  const versionId = (await publish(t.admin, q.id, 'v1')).id;
  const items = ['speed', 'courtesy'].map((question) => ({
    questionnaireId: q.id,
    question,
    weight: 1,
    reverse: false,
  }));
  const definition = {
    root: {
      key: 'index',
      kind: 'INDEX',
      label: 'Index',
      children: [{ key: 'S1', kind: 'SURVEY', label: 'Service', items }],
    },
  };
  const model = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: { unitId: t.headOfficeId, name: `${name} index`, definition },
    })
  ).createIndicatorModel;
  await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${model.id}" }) { id } }`);
  const token = (await t.admin.ok(OPEN, { input: { versionId, unitId: t.headOfficeId } })).openQuestionnaireVersion
    .token;
  return { ...t, questionnaireId: q.id, versionId, token };
}

/** The tenant's other public inputs: an IVR distribution's link token and a signed service-event webhook. */
export async function publicEndpoints(
  t: SurveyTenant,
): Promise<{ ivrToken: string; webhook: { url: string; secret: string } }> {
  const distribution = await createDistribution(t.admin, {
    name: 'IVR',
    questionnaireId: t.questionnaireId,
    channel: 'IVR',
    unitIds: [t.headOfficeId],
  });
  const { createWebhookEndpoint: webhook } = await t.admin.ok(
    `mutation { createWebhookEndpoint(input: { name: "Events", unitId: "${t.headOfficeId}" }) { secret url } }`,
  );
  return { ivrToken: distribution.links[0].token, webhook };
}
