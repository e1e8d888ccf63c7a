import { createHash } from 'node:crypto';
import type { Logger } from '../logger.js';
import { QUESTIONNAIRE, type Json, type ShippedTemplate } from './shipped/build.js';
import { SHIPPED_TEMPLATES } from './shipped/index.js';

/** Runs one operation of the public GraphQL API as the library's administrator. */
export type LibraryCall = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<T>;

interface LibraryModel {
  id: string;
  name: string;
  draftRevision: number;
  versions: { id: string; number: number; changelog: string }[];
}

interface LibraryState {
  me: { grants: { unit: { id: string } }[] };
  questionnaires: {
    edges: { node: { id: string; title: string; versions: { number: number; changelog: string }[] } }[];
  };
  indicatorModels: { edges: { node: LibraryModel }[] };
  metrics: { key: string }[];
}

const STATE = /* GraphQL */ `
  query LibraryState {
    me { grants { unit { id } } }
    questionnaires(first: 100) { edges { node { id title versions { number changelog } } } }
    indicatorModels(first: 100) { edges { node { id name draftRevision versions { id number changelog } } } }
    metrics { key }
  }
`;

/** Key order does not matter to a definition; the fingerprint must not change with it. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, stable((value as Json)[k])]),
    );
  }
  return value;
}

/** What identifies one release of a shipped template: a changed text or weight makes a new release. */
export function fingerprint(t: ShippedTemplate): string {
  return hash({ survey: t.survey, model: t.model, metrics: t.metrics, description: t.description });
}

const hash = (value: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(stable(value)))
    .digest('hex')
    .slice(0, 16);
const releaseNote = (t: ShippedTemplate) => `Barometer library release ${fingerprint(t)}`;
// The model has its own note: a release that changes only the questionnaire's texts keeps the model version.
const modelNote = (t: ShippedTemplate) => `Barometer library model ${hash(t.model)}`;

/** The model with every binding pointed at the library's copy of the questionnaire. */
function boundTo(model: Json, questionnaireId: string): Json {
  return JSON.parse(JSON.stringify(model).replaceAll(JSON.stringify(QUESTIONNAIRE), JSON.stringify(questionnaireId)));
}

/**
 * Publishes each shipped template that is new or changed since the library last loaded it, with
 * its indicator model, and offers it in the library: adopters of an earlier release see an update.
 * Returns the keys of the templates released now.
 */
export async function loadLibrary(call: LibraryCall, log: Logger): Promise<string[]> {
  const state = await call<LibraryState>(STATE);
  const unitId = state.me.grants[0].unit.id;
  const released: string[] = [];
  for (const template of SHIPPED_TEMPLATES) {
    const existing = state.questionnaires.edges.find((e) => e.node.title === template.title.en)?.node;
    const latest = existing?.versions.reduce((a, b) => (b.number > a.number ? b : a), existing.versions[0]);
    if (latest?.changelog === releaseNote(template)) continue;
    for (const metric of template.metrics ?? []) {
      if (state.metrics.some((m) => m.key === metric.key)) continue;
      await call(`mutation M($input: MetricInput!) { createMetric(input: $input) { id } }`, { input: metric });
      state.metrics.push({ key: metric.key });
    }
    const questionnaireId = existing?.id ?? (await createQuestionnaire(call, template, unitId));
    const version = await call<{ publishQuestionnaire: { id: string } }>(
      `mutation P($input: PublishQuestionnaireInput!) { publishQuestionnaire(input: $input) { id } }`,
      { input: { questionnaireId, definition: template.survey, changelog: releaseNote(template) } },
    );
    const model = state.indicatorModels.edges.find((e) => e.node.name === template.title.en)?.node;
    const modelVersionId = await publishModel(call, template, unitId, questionnaireId, model);
    await call(`mutation O($input: OfferTemplateInput!) { offerTemplate(input: $input) { id } }`, {
      input: {
        versionId: version.publishQuestionnaire.id,
        indicatorModelVersionId: modelVersionId,
        category: template.category,
        description: template.description,
        tags: template.tags,
      },
    });
    released.push(template.key);
  }
  if (released.length) log.info({ released }, 'template library updated');
  return released;
}

async function createQuestionnaire(call: LibraryCall, t: ShippedTemplate, unitId: string): Promise<string> {
  const titleTranslations = [
    { locale: 'zh-cn', text: t.title.zh },
    { locale: 'uk', text: t.title.uk },
  ];
  const created = await call<{ createQuestionnaire: { id: string } }>(
    `mutation C($input: CreateQuestionnaireInput!) { createQuestionnaire(input: $input) { id } }`,
    { input: { unitId, title: t.title.en, titleTranslations, definition: t.survey } },
  );
  return created.createQuestionnaire.id;
}

async function publishModel(
  call: LibraryCall,
  t: ShippedTemplate,
  unitId: string,
  questionnaireId: string,
  existing: LibraryModel | undefined,
): Promise<string> {
  const current = existing?.versions.find((v) => v.changelog === modelNote(t));
  if (current) return current.id;
  const definition = boundTo(t.model, questionnaireId);
  let modelId = existing?.id;
  if (existing) {
    await call(
      `mutation S($input: SaveIndicatorModelDraftInput!) { saveIndicatorModelDraft(input: $input) { __typename } }`,
      {
        input: { modelId, expectedRevision: existing.draftRevision, definition },
      },
    );
  } else {
    const created = await call<{ createIndicatorModel: { id: string } }>(
      `mutation C($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
      { input: { unitId, name: t.title.en, definition } },
    );
    modelId = created.createIndicatorModel.id;
  }
  const published = await call<{ publishIndicatorModel: { id: string } }>(
    `mutation P($input: PublishIndicatorModelInput!) { publishIndicatorModel(input: $input) { id } }`,
    { input: { modelId, changelog: modelNote(t) } },
  );
  return published.publishIndicatorModel.id;
}
