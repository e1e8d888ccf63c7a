/** Operations of the dashboard's staff breakdown (the source switch reads the dashboard's scores) (typed by `npm run codegen`). */
import { graphql } from '../graphql';

export const StaffBreakdownViewQuery =
  graphql(`query StaffBreakdownView($input: ScoresInput!, $by: BreakdownDimension!) {
  breakdown(input: $input, by: $by) {
    values { value responseCount staff { id name post } nodes { key parentKey score restScore withheldReason } }
  }
}`);
