import type { GraphQLClient } from './client.js';
import { newUnit, type Tenant } from './factories.js';
import type { TestApp } from './harness.js';
import { newQuestionnaire, publish } from './questionnaires.js';
import { storeResponses } from './responses.js';

/** A tenant with two branches under the head office, a questionnaire and a published model (speed only). */
export interface ReportFixture {
  units: Record<'HO' | 'NORTH' | 'SOUTH', string>;
  questionnaireId: string;
  versionId: string;
  modelId: string;
  respond(unit: 'NORTH' | 'SOUTH', completedAt: string, answers: Record<string, unknown>): Promise<void>;
}

export const REPORT_SURVEY = {
  elements: [
    { type: 'rating', name: 'speed', rateMin: 1, rateMax: 5 },
    { type: 'radiogroup', name: 'role', choices: ['party', 'lawyer'] },
    { type: 'comment', name: 'remarks' },
  ],
};

export async function reportFixture(app: TestApp, t: Tenant): Promise<ReportFixture> {
  const units = {
    HO: t.headOfficeId,
    NORTH: (await newUnit(t.admin, t.headOfficeId, 'NORTH')).id,
    SOUTH: (await newUnit(t.admin, t.headOfficeId, 'SOUTH')).id,
  };
  const q = await newQuestionnaire(t.admin, t.headOfficeId, REPORT_SURVEY);
  const versionId = (await publish(t.admin, q.id)).id;
  const definition = {
    minResponses: 2,
    root: {
      key: 'index',
      kind: 'INDEX',
      label: 'Index',
      labelTranslations: [{ locale: 'uk', text: 'Загальний індекс' }],
      children: [
        { key: 'speed', kind: 'SURVEY', label: 'Speed', items: [{ questionnaireId: q.id, question: 'speed' }] },
      ],
    },
  };
  const modelId = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: { unitId: t.headOfficeId, name: 'Court index', definition },
    })
  ).createIndicatorModel.id;
  await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${modelId}" }) { id } }`);
  const respond = async (unit: 'NORTH' | 'SOUTH', completedAt: string, answers: Record<string, unknown>) =>
    void (await storeResponses(app, t.orgId, [
      { unitId: units[unit], questionnaireId: q.id, versionId, completedAt, answers },
    ]));
  return { units, questionnaireId: q.id, versionId, modelId, respond };
}

export const REPORT_FIELDS = `id status number periodStart periodEnd commentary content htmlPath pdfPath issuedByName
  unitNotes { unitName requirements advice }`;

export const CREATE_DRAFT = `mutation($input: CreateReportDraftInput!) { createReportDraft(input: $input) { ${REPORT_FIELDS} } }`;
export const EDIT_DRAFT = `mutation($input: EditReportDraftInput!) { editReportDraft(input: $input) { ${REPORT_FIELDS} } }`;
export const ISSUE = `mutation($id: ID!) { issueReport(id: $id) { ${REPORT_FIELDS} } }`;
export const REPORT = `query($id: ID!) { report(id: $id) { ${REPORT_FIELDS} } }`;

export const sessionCookie = (client: GraphQLClient) => `barometer_session=${client.cookie('barometer_session')}`;
