import { graphql } from '../graphql';

export const PublishedModelsQuery = graphql(
  `query PublishedModels { indicatorModels(first: 100) { edges { node { id name latestVersionNumber } } } }`,
);
export const DashboardQuery = graphql(`query Dashboard($input: ScoresInput!) {
  scores(input: $input) {
    responseCount
    nodes { key parentKey kind label score band { key label } n ci95 partial lostPoints belowMinimum withheldReason
      target distanceToTarget }
    questions { nodeKey question row title score n ci95 belowMinimum withheldReason }
    bandDistribution { band { key label min max } count share }
    modelVersion { id number definition { json } }
  }
  scoreSeries(input: $input, granularity: MONTH) { label responseCount nodes { key score } deltaPrevious { delta significant } }
  ranking(input: $input) { unit { id name } rank score n insufficient belowMinimum withheldReason band { label } }
}`);
/**
 * The dashboard's charts and headline in one request, and its ranking beside it (issue 14): the ranking's table
 * is slower to answer than the scores, so the charts do not wait for it. Both carry the fields of `Dashboard`.
 */
export const DashboardChartsQuery = graphql(`query DashboardCharts($input: ScoresInput!) {
  scores(input: $input) {
    responseCount
    nodes { key parentKey kind label score band { key label } n ci95 partial lostPoints belowMinimum withheldReason
      target distanceToTarget }
    questions { nodeKey question row title score n ci95 belowMinimum withheldReason }
    bandDistribution { band { key label min max } count share }
    modelVersion { id number definition { json } }
  }
  scoreSeries(input: $input, granularity: MONTH) { label responseCount nodes { key score } deltaPrevious { delta significant } }
}`);
export const DashboardRankingQuery = graphql(`query DashboardRanking($input: ScoresInput!) {
  ranking(input: $input) { unit { id name } rank score n insufficient belowMinimum withheldReason band { label } }
}`);
export const DashboardUnitsQuery = graphql(
  `query DashboardUnits { orgUnits(first: 200) { edges { node { id name depth } } } }`,
);
export const UnitPathQuery = graphql(`query UnitPath($id: ID!) { orgUnit(id: $id) { id name ancestors { id name } } }`);
export const FilterVersionsQuery = graphql(
  `query FilterVersions($id: ID!) { questionnaire(id: $id) { id title versions { id number } } }`,
);
export const CommentsQuery =
  graphql(`query Comments($filter: ResponseFilterInput!) { responses(first: 50, filter: $filter) { pageInfo { hasNextPage } edges { node {
  id completedAt answers channel unit { name } questionnaireVersion { id }
} } } }`);
export const CommentVersionQuery = graphql(
  `query CommentVersion($id: ID!) { questionnaireVersion(id: $id) { id definition } }`,
);
export const QuestionSummariesQuery = graphql(`query QuestionSummaries($input: QuestionSummariesInput!) {
  questionSummaries(input: $input) { responseCount questions {
    name title kind n mean top2 nps withheldReason distribution { label count share } texts { text completedAt unitName }
  } }
}`);
