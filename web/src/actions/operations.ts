import { graphql } from '../graphql';

/** The operations of the actions pages (server/actions, docs/actions.md). */
export const ActionList = graphql(`query ActionList($filter: ActionFilterInput, $first: Int) {
  actions(filter: $filter, first: $first) {
    totalCount
    edges { node {
      id title status deadline daysLeft overdue verdict indicatorKey
      sourceKind sourceLabel question baselineScore baselineValue baselineN
      unit { id name } responsible { id displayName }
    } }
  }
}`);
export const ActionDetail = graphql(`query ActionDetail($id: ID!) {
  action(id: $id) {
    id title status problem measures deadline daysLeft overdue verdict accountability team sourceKind sourceId sourceLabel
    indicatorKey question targetKind targetValue requireSignificant recheckFrom recheckTo cancelReason
    baselineFrom baselineTo baselineScore baselineValue baselineN baselineCi95 createdAt submittedAt
    unit { id name } responsible { id displayName email }
    rechecks {
      id trigger verdict reason reasonCode targetKind targetValue checkedAt minResponses delta significant
      beforeFrom beforeTo beforeScore beforeValue beforeN beforeCi95
      afterFrom afterTo afterScore afterValue afterN afterCi95
    }
    history { id text status fileName mimeType size createdAt }
    escalations { id step createdAt emailed recipients }
    consequences { id category text decidedAt }
    trend { label phase score value n ci95 }
  }
}`);
export const ActionPeople = graphql(`query ActionPeople($unitId: ID!, $role: Role) {
  actionPeople(unitId: $unitId, role: $role) { id displayName email }
}`);
export const ActionModels = graphql(`query ActionModels {
  indicatorModels(first: 100) { edges { node { id name latestVersionNumber versions { number definition { json } } } } }
}`);
export const OpenAction = graphql(`mutation OpenAction($input: OpenActionInput!) { openAction(input: $input) { id } }`);
export const MoveAction = graphql(
  `mutation MoveAction($input: MoveActionInput!) { moveAction(input: $input) { id status } }`,
);
export const AddActionNote = graphql(
  `mutation AddActionNote($input: ActionNoteInput!) { addActionNote(input: $input) { id } }`,
);
export const RecheckAction = graphql(
  `mutation RecheckAction($actionId: ID!) { recheckAction(actionId: $actionId) { id verdict } }`,
);
export const RecordConsequence = graphql(`mutation RecordActionConsequence($input: ConsequenceInput!) {
  recordActionConsequence(input: $input) { id }
}`);
export const WorkPlans = graphql(`query WorkPlans($under: ID, $behindOnly: Boolean) {
  workPlans(under: $under, behindOnly: $behindOnly) {
    id title unitId periodStart periodEnd followUpRateTarget
    progress {
      behind elapsed followUpRate followUpDone followUpEligible
      lines { questionnaireId channel target collected expectedByNow behind categories { category target collected } }
    }
  }
}`);
export const ServiceEvents = graphql(`query MissedFollowUps($filter: ServiceEventFilterInput, $first: Int) {
  serviceEvents(filter: $filter, first: $first) {
    edges { node { id type externalId unitId occurredAt deadlineAt channel state reason } }
  }
}`);
export const AssignFollowUps = graphql(`mutation AssignFollowUps($input: AssignFollowUpsInput!) {
  assignFollowUps(input: $input) { id }
}`);
export const PlanQuestionnaires = graphql(
  `query PlanQuestionnaires { questionnaires(first: 200) { edges { node { id title } } } }`,
);
