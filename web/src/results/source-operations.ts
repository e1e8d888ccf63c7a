/** Operations of the dashboard's source switch and staff breakdown (typed by `npm run codegen`). */
import { graphql } from '../graphql';

export const SourceScoresQuery = graphql(`query SourceScores($input: ScoresInput!) {
  scores(input: $input) { nodes { key label kind score n withheldReason } }
}`);

export const StaffBreakdownViewQuery =
  graphql(`query StaffBreakdownView($input: ScoresInput!, $by: BreakdownDimension!) {
  breakdown(input: $input, by: $by) {
    values { value responseCount staff { id name post } nodes { key parentKey score restScore withheldReason } }
  }
}`);
