import { graphql } from '../graphql';

export const BrowseResponsesQuery = graphql(`query BrowseResponses($filter: ResponseFilterInput!, $after: String) {
  responses(first: 25, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } edges { node {
    id completedAt channel category excludedAt excludedReason unit { name } questionnaireVersion { id number }
  } } }
}`);
export const ResponseDetailQuery = graphql(`query ResponseDetail($id: ID!) { response(id: $id) {
  id completedAt channel category language excludedAt excludedReason answers unit { name } questionnaireVersion { id number }
} }`);
export const ExcludeResponseMutation = graphql(
  `mutation ExcludeResponse($id: ID!, $reason: String!) { excludeResponse(id: $id, reason: $reason) { id excludedAt excludedReason } }`,
);
export const IncludeResponseMutation = graphql(
  `mutation IncludeResponse($id: ID!, $reason: String!) { includeResponse(id: $id, reason: $reason) { id excludedAt excludedReason } }`,
);
