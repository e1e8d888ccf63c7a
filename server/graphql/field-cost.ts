import {
  GraphQLError,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type GraphQLCompositeType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * What one call of an expensive field costs, in units of one `scores` computation (about 150 ms
 * with answer filters on a large organisation). graphql-armor's cost limit counts selected fields
 * and lists, not the work behind a field, so ten aliased `scores` cost it almost nothing; this
 * budget counts the work. Keep docs/api.md (cost limits) in step.
 */
export const FIELD_COSTS: Record<string, number> = {
  'Query.scores': 10,
  'Query.ranking': 10,
  'Query.lostPoints': 10,
  'Query.questionSummaries': 10,
  'Query.caseAnalysis': 10,
  'Query.keyClientReport': 10,
  'Query.followUpRate': 10,
  // One computation per period or per value of the dimension.
  'Query.scoreSeries': 20,
  'Query.breakdown': 20,
  'Query.staffBreakdown': 20,
  'Query.equalTreatment': 20,
  'Query.scoreResponse': 2,
};

/** The dashboard (scores + scoreSeries + ranking = 40) fits; six aliased `scores` (60) do not. */
export const MAX_FIELD_COST = 50;

/** The cost of a selection set, fragments expanded; `seen` stops a fragment cycle (refused elsewhere). */
function costOf(
  context: ValidationContext,
  set: SelectionSetNode,
  parent: GraphQLCompositeType,
  seen: Set<string>,
): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      cost += FIELD_COSTS[`${parent.name}.${field.name}`] ?? 0;
      const type = getNamedType(field.type);
      if (selection.selectionSet && (isObjectType(type) || isInterfaceType(type)))
        cost += costOf(context, selection.selectionSet, type, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition && context.getSchema().getType(selection.typeCondition.name.value);
      cost += costOf(context, selection.selectionSet, (condition as GraphQLCompositeType) ?? parent, seen);
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      const condition = fragment && context.getSchema().getType(fragment.typeCondition.name.value);
      if (!fragment || !condition || seen.has(name)) continue;
      seen.add(name);
      cost += costOf(context, fragment.selectionSet, condition as GraphQLCompositeType, seen);
      seen.delete(name);
    }
  }
  return cost;
}

/** Refuses, before it runs, an operation whose expensive fields together cost more than the budget. */
export const fieldCostRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const root = context.getSchema().getRootType(operation.operation);
    if (!root) return;
    const cost = costOf(context, operation.selectionSet, root, new Set());
    if (cost <= MAX_FIELD_COST) return;
    context.reportError(
      new GraphQLError(
        `This query asks for ${cost} units of computed results (scores, rankings, series, breakdowns), more than ` +
          `the ${MAX_FIELD_COST} one request may ask for; split it into several requests.`,
        { nodes: [operation], extensions: { limit: 'FIELD_COST', cost, maxCost: MAX_FIELD_COST } },
      ),
    );
  },
});
