import type { SchemaDocs } from '../graphql/describe.js';

/** Descriptions of the actions module's root-field arguments (see server/graphql/describe.ts). */
export const actionsDocs: SchemaDocs = {
  'Query.action(id)': "The action's id.",
  'Query.actions(filter)': "Narrows the list; left out, every action of the caller's units.",
  'Query.actionSummary(unitId)': 'The unit; its children are listed after it.',
  'Query.actionSummary(from)': 'First local day of the period (YYYY-MM-DD); actions whose deadline falls in it count.',
  'Query.actionSummary(to)': 'Day after the last of the period.',
  'Mutation.openAction(input)':
    'The unit, the problem, the measures, who, by when, the target and the re-check period.',
  'Mutation.moveAction(input)': 'The action and the status to move it to.',
  'Mutation.addActionNote(input)': 'The action, the note and an optional evidence file.',
  'Mutation.recheckAction(actionId)': 'The action to re-check.',
  'Mutation.recordActionConsequence(input)': 'The flagged action and the consequence decided.',
  'Mutation.recordActionsMetric(input)': 'The metric, the unit and the period.',
  'Mutation.assignFollowUps(input)': 'The service events and the interviewer.',
  'Mutation.createWorkPlan(input)': 'The unit, the period, the lines and their targets.',
  'Query.workPlans(under)': "Only this unit's subtree; left out, every unit the caller reads.",
  'Query.workPlans(behindOnly)': 'Only plans behind: a line under its pro-rata target, or follow-ups under target.',
};
