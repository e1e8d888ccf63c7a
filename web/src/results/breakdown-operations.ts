/** Operations of the dashboard's breakdown and equal-treatment views (typed by `npm run codegen`). */
import { graphql } from '../graphql';

export const BreakdownViewQuery =
  graphql(`query BreakdownView($input: ScoresInput!, $by: BreakdownDimension!, $question: String) {
  breakdown(input: $input, by: $by, question: $question) {
    by
    values { value responseCount unit { id name }
      nodes { key parentKey label score restScore deltaRest n ci95 significant withheldReason } }
  }
}`);

export const EqualTreatmentViewQuery = graphql(`query EqualTreatmentView($input: ScoresInput!, $nodeKey: String) {
  equalTreatment(input: $input, nodeKey: $nodeKey) {
    nodeKey
    sides { by spread highest lowest groups { value score n } significantPairs { higher lower delta } }
  }
}`);
