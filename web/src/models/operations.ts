import { graphql } from '../graphql';

export const ModelListQuery = graphql(
  `query IndicatorModelList { indicatorModels(first: 100) { edges { node { id name latestVersionNumber draftUpdatedAt unit { name } parentModel { name } } } } }`,
);
export const CreateModelMutation = graphql(
  `mutation CreateIndicatorModel($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
);
export const ModelQuery = graphql(`query IndicatorModelEditor($id: ID!) { indicatorModel(id: $id) {
  id name draftRevision draft { json } draftProblems { nodeKey message } parentModel { name }
  versions { id number changelog publishedAt author { displayName } }
} }`);
export const SaveModelMutation = graphql(
  `mutation SaveIndicatorModelDraft($input: SaveIndicatorModelDraftInput!) { saveIndicatorModelDraft(input: $input) { model { draftRevision } problems { nodeKey message } } }`,
);
export const PublishModelMutation = graphql(
  `mutation PublishIndicatorModel($input: PublishIndicatorModelInput!) { publishIndicatorModel(input: $input) { id number } }`,
);
export const EffectiveWeightsQuery = graphql(
  `query EffectiveWeights($modelId: ID!) { effectiveWeights(modelId: $modelId) { key share effectiveWeight } }`,
);
export const ScoreSampleQuery = graphql(
  `query ScoreSample($input: ScoreResponseInput!) { scoreResponse(input: $input) { score band { label } nodes { key score band { label } } } }`,
);
export const ModelDiffQuery =
  graphql(`query IndicatorModelVersionDiff($from: ID!, $to: ID!) { indicatorModelVersionDiff(fromId: $from, toId: $to) {
  added { key kind label } removed { key kind label } changed { key changes { property before after } } model { property before after }
} }`);
export const PublishedQuestionnairesQuery = graphql(
  `query PublishedQuestionnaires { questionnaires(first: 100) { edges { node { id title latestVersionNumber versions { id number definition } } } } }`,
);
export const MetricsQuery = graphql(`query ModelMetrics { metrics { key label measurementUnit } }`);
export const VariantUnitsQuery = graphql(
  `query VariantUnits { orgUnits(first: 200) { edges { node { id name depth } } } }`,
);
export const DeriveModelMutation = graphql(
  `mutation DeriveIndicatorModel($versionId: ID!, $unitId: ID!) { deriveIndicatorModel(versionId: $versionId, unitId: $unitId) { id } }`,
);
