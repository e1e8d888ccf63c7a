export { graphql } from './gql';
export { gql, GraphQLRequestError } from './request';
