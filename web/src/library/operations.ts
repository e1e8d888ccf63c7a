import { graphql } from '../graphql';

export const TemplatesQuery =
  graphql(`query Templates($filter: TemplateFilterInput) { templates(first: 100, filter: $filter) { totalCount edges { node {
  id title description category languages tags offeredBy latestVersionNumber updatedAt
  releases { id versionNumber changelog releasedAt hasIndicatorModel mandatoryElements definition }
} } } }`);
export const TemplateCategoriesQuery = graphql(
  `query TemplateCategories { templates(first: 200) { edges { node { category languages } } } }`,
);
export const AdoptUnitsQuery = graphql(
  `query AdoptUnits { orgUnits(first: 200) { edges { node { id name depth } } } }`,
);
export const AdoptTemplateMutation = graphql(
  `mutation AdoptTemplate($templateId: ID!, $unitId: ID!, $title: String) { adoptTemplate(templateId: $templateId, unitId: $unitId, title: $title) { id } }`,
);
export const ParentUpdatesQuery = graphql(`query ParentUpdates { questionnaires(first: 100) { edges { node {
  id title templateUpdateAvailable unit { name } template { title } parentQuestionnaire { title }
} } } }`);
export const ParentUpdateQuery =
  graphql(`query ParentUpdate($id: ID!) { questionnaire(id: $id) { id draftRevision parentUpdate { kind fromVersionNumber toVersionNumber unchangedCount
  added { name type page } removed { name type page } changed { name page changes { aspect property before after } } } } }`);
export const MergeUpdateMutation =
  graphql(`mutation MergeTemplateUpdate($questionnaireId: ID!, $expectedRevision: Int!) { mergeTemplateUpdate(questionnaireId: $questionnaireId, expectedRevision: $expectedRevision) {
  applied conflicts { name reason } questionnaire { draftRevision draft templateUpdateAvailable }
} }`);
