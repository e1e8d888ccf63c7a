import { graphql } from '../graphql';

export const DistributionsQuery =
  graphql(`query Distributions($filter: DistributionFilterInput) { distributions(first: 200, filter: $filter) { totalCount edges { node {
  id name channel status createdAt questionnaireId versionId units { id name }
  stats { invited completed responses responseRate }
} } } }`);
export const DistributionFormOptionsQuery = graphql(`query DistributionFormOptions {
  questionnaires(first: 200) { edges { node { id title status versions { id number } } } }
  orgUnits(first: 200) { edges { node { id name code depth } } }
}`);
export const CreateDistributionMutation = graphql(
  `mutation CreateDistribution($input: CreateDistributionInput!) { createDistribution(input: $input) { id } }`,
);
export const DistributionQuery = graphql(`query Distribution($id: ID!) { distribution(id: $id) {
  id name channel status anonymity quota opensAt closesAt languages respondentCategory askServiceSituation completedCount questionnaireId versionId invitationValidDays reminderDelaysHours
  units { id name }
  links { id url token qrCodeSvgUrl qrCodePngUrl embedHtml embedScript unit { id name code } }
  stats { invited queued sent delivered opened started completed bounced failed expired optedOut responseRate responses }
} }`);
export const DistributionStatsQuery =
  graphql(`query DistributionStats($id: ID!) { distribution(id: $id) { id status completedCount
  stats { invited queued sent delivered opened started completed bounced failed expired optedOut responseRate responses }
} }`);
export const UpdateDistributionMutation = graphql(
  `mutation UpdateDistribution($id: ID!, $input: UpdateDistributionInput!) { updateDistribution(id: $id, input: $input) { id } }`,
);
export const PauseDistributionMutation = graphql(
  `mutation PauseDistribution($id: ID!) { pauseDistribution(id: $id) { id status } }`,
);
export const ResumeDistributionMutation = graphql(
  `mutation ResumeDistribution($id: ID!) { resumeDistribution(id: $id) { id status } }`,
);
export const CloseDistributionMutation = graphql(
  `mutation CloseDistribution($id: ID!) { closeDistribution(id: $id) { id status } }`,
);

export const InviteRespondentsMutation = graphql(
  `mutation InviteRespondents($input: InviteRespondentsInput!) { inviteRespondents(input: $input) { invited skippedOptedOut } }`,
);
export const InvitationsQuery =
  graphql(`query Invitations($filter: InvitationFilterInput!) { invitations(filter: $filter, first: 200) { totalCount edges { node {
  id status statusAt contact phoneNumber externalRef language category channel callToken messagesSent expiresAt deadlineAt unit { id name }
  history { status at detail }
} } } }`);
export const RecordCallOutcomeMutation = graphql(
  `mutation RecordCallOutcome($input: CallOutcomeInput!) { recordCallOutcome(input: $input) { id status } }`,
);

export const EventRulesQuery = graphql(
  `query EventRules { eventRules { id eventType distributionId delayHours deadlineWorkingDays samplingRate fatigueDays active } }`,
);
export const SaveEventRuleMutation = graphql(
  `mutation SaveEventRule($input: EventRuleInput!) { saveEventRule(input: $input) { id } }`,
);
export const CalendarQuery = graphql(
  `query OrganizationCalendar { organizationCalendar { workingDays holidays updatedAt } }`,
);
export const SetCalendarMutation = graphql(
  `mutation SetOrganizationCalendar($input: CalendarInput!) { setOrganizationCalendar(input: $input) { workingDays holidays updatedAt } }`,
);
export const FollowUpRateQuery = graphql(
  `query FollowUpRate($input: FollowUpRateInput!) { followUpRate(input: $input) { eligible followedUp rate } }`,
);

export const InterviewSurveyQuery = graphql(
  `query InterviewSurvey($token: String!) { surveyByToken(token: $token) { definition languages channel testMode } }`,
);
export const InterviewSubmitMutation = graphql(
  `mutation InterviewSubmit($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId duplicate } }`,
);
