/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query InvitationPreview($token: String!) { invitation(token: $token) { email displayName organizationName expiresAt } }": typeof types.InvitationPreviewDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }": typeof types.AcceptInvitationDocument,
    "mutation ChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }": typeof types.ChangePasswordDocument,
    "query ActionList($filter: ActionFilterInput, $first: Int) {\n  actions(filter: $filter, first: $first) {\n    totalCount\n    edges { node {\n      id title status deadline daysLeft overdue verdict indicatorKey\n      unit { id name } responsible { id displayName }\n    } }\n  }\n}": typeof types.ActionListDocument,
    "query ActionDetail($id: ID!) {\n  action(id: $id) {\n    id title status problem measures deadline daysLeft overdue verdict accountability team sourceKind\n    indicatorKey question targetKind targetValue requireSignificant recheckFrom recheckTo cancelReason\n    baselineFrom baselineTo baselineScore baselineValue baselineN baselineCi95 createdAt submittedAt\n    unit { id name } responsible { id displayName email }\n    rechecks {\n      id trigger verdict reason checkedAt minResponses delta significant\n      beforeFrom beforeTo beforeScore beforeValue beforeN beforeCi95\n      afterFrom afterTo afterScore afterValue afterN afterCi95\n    }\n    history { id text status fileName mimeType size createdAt }\n    escalations { id step createdAt emailed recipients }\n    consequences { id category text decidedAt }\n    trend { label phase score value n ci95 }\n  }\n}": typeof types.ActionDetailDocument,
    "query ActionPeople($unitId: ID!, $role: Role) {\n  actionPeople(unitId: $unitId, role: $role) { id displayName email }\n}": typeof types.ActionPeopleDocument,
    "mutation OpenAction($input: OpenActionInput!) { openAction(input: $input) { id } }": typeof types.OpenActionDocument,
    "mutation MoveAction($input: MoveActionInput!) { moveAction(input: $input) { id status } }": typeof types.MoveActionDocument,
    "mutation AddActionNote($input: ActionNoteInput!) { addActionNote(input: $input) { id } }": typeof types.AddActionNoteDocument,
    "mutation RecheckAction($actionId: ID!) { recheckAction(actionId: $actionId) { id verdict } }": typeof types.RecheckActionDocument,
    "mutation RecordActionConsequence($input: ConsequenceInput!) {\n  recordActionConsequence(input: $input) { id }\n}": typeof types.RecordActionConsequenceDocument,
    "query WorkPlans($under: ID, $behindOnly: Boolean) {\n  workPlans(under: $under, behindOnly: $behindOnly) {\n    id title unitId periodStart periodEnd followUpRateTarget\n    progress {\n      behind elapsed followUpRate followUpDone followUpEligible\n      lines { questionnaireId channel target collected expectedByNow behind categories { category target collected } }\n    }\n  }\n}": typeof types.WorkPlansDocument,
    "query MissedFollowUps($filter: ServiceEventFilterInput, $first: Int) {\n  serviceEvents(filter: $filter, first: $first) {\n    edges { node { id type externalId unitId occurredAt deadlineAt channel state reason } }\n  }\n}": typeof types.MissedFollowUpsDocument,
    "mutation AssignFollowUps($input: AssignFollowUpsInput!) {\n  assignFollowUps(input: $input) { id }\n}": typeof types.AssignFollowUpsDocument,
    "query PlanQuestionnaires { questionnaires(first: 200) { edges { node { id title } } } }": typeof types.PlanQuestionnairesDocument,
    "query ActionExists($id: ID!) { action(id: $id) { id } }": typeof types.ActionExistsDocument,
    "query UserList($filter: UserFilterInput) {\n  users(filter: $filter, first: 200) {\n    totalCount\n    edges { node { id email displayName disabledAt createdAt roleAssignments { id role unit { id name } } } }\n  }\n}": typeof types.UserListDocument,
    "mutation InviteUser($input: InviteUserInput!) { inviteUser(input: $input) { id email } }": typeof types.InviteUserDocument,
    "mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }": typeof types.DeactivateUserDocument,
    "mutation ReactivateUser($id: ID!) { reactivateUser(id: $id) { id } }": typeof types.ReactivateUserDocument,
    "query FollowUpUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": typeof types.FollowUpUnitsDocument,
    "query DistributionPermissions { me { permissions } }": typeof types.DistributionPermissionsDocument,
    "query Distributions($filter: DistributionFilterInput) { distributions(first: 200, filter: $filter) { totalCount edges { node {\n  id name channel status createdAt questionnaireId versionId units { id name }\n  stats { invited completed responses responseRate }\n} } } }": typeof types.DistributionsDocument,
    "query DistributionFormOptions {\n  questionnaires(first: 200) { edges { node { id title status versions { id number } } } }\n  orgUnits(first: 200) { edges { node { id name code depth } } }\n}": typeof types.DistributionFormOptionsDocument,
    "mutation CreateDistribution($input: CreateDistributionInput!) { createDistribution(input: $input) { id } }": typeof types.CreateDistributionDocument,
    "query Distribution($id: ID!) { distribution(id: $id) {\n  id name channel status anonymity quota opensAt closesAt languages respondentCategory completedCount questionnaireId versionId invitationValidDays reminderDelaysHours\n  units { id name }\n  links { id url token qrCodeSvgUrl qrCodePngUrl embedHtml embedScript unit { id name code } }\n  stats { invited queued sent delivered opened started completed bounced failed expired optedOut responseRate responses }\n} }": typeof types.DistributionDocument,
    "query DistributionStats($id: ID!) { distribution(id: $id) { id status completedCount\n  stats { invited queued sent delivered opened started completed bounced failed expired optedOut responseRate responses }\n} }": typeof types.DistributionStatsDocument,
    "mutation UpdateDistribution($id: ID!, $input: UpdateDistributionInput!) { updateDistribution(id: $id, input: $input) { id } }": typeof types.UpdateDistributionDocument,
    "mutation PauseDistribution($id: ID!) { pauseDistribution(id: $id) { id status } }": typeof types.PauseDistributionDocument,
    "mutation ResumeDistribution($id: ID!) { resumeDistribution(id: $id) { id status } }": typeof types.ResumeDistributionDocument,
    "mutation CloseDistribution($id: ID!) { closeDistribution(id: $id) { id status } }": typeof types.CloseDistributionDocument,
    "mutation InviteRespondents($input: InviteRespondentsInput!) { inviteRespondents(input: $input) { invited skippedOptedOut } }": typeof types.InviteRespondentsDocument,
    "query Invitations($filter: InvitationFilterInput!) { invitations(filter: $filter, first: 200) { totalCount edges { node {\n  id status statusAt contact phoneNumber externalRef language category channel callToken messagesSent expiresAt deadlineAt unit { id name }\n  history { status at detail }\n} } } }": typeof types.InvitationsDocument,
    "mutation RecordCallOutcome($input: CallOutcomeInput!) { recordCallOutcome(input: $input) { id status } }": typeof types.RecordCallOutcomeDocument,
    "query EventRules { eventRules { id eventType distributionId delayHours deadlineWorkingDays samplingRate fatigueDays active } }": typeof types.EventRulesDocument,
    "mutation SaveEventRule($input: EventRuleInput!) { saveEventRule(input: $input) { id } }": typeof types.SaveEventRuleDocument,
    "query OrganizationCalendar { organizationCalendar { workingDays holidays updatedAt } }": typeof types.OrganizationCalendarDocument,
    "mutation SetOrganizationCalendar($input: CalendarInput!) { setOrganizationCalendar(input: $input) { workingDays holidays updatedAt } }": typeof types.SetOrganizationCalendarDocument,
    "query FollowUpRate($input: FollowUpRateInput!) { followUpRate(input: $input) { eligible followedUp rate } }": typeof types.FollowUpRateDocument,
    "query InterviewSurvey($token: String!) { surveyByToken(token: $token) { definition languages channel testMode } }": typeof types.InterviewSurveyDocument,
    "mutation InterviewSubmit($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId duplicate } }": typeof types.InterviewSubmitDocument,
    "query DistributionExists($id: ID!) { distribution(id: $id) { id } }": typeof types.DistributionExistsDocument,
    "query HomeOverview {\n  questionnaires(first: 1) { totalCount edges { node { id title latestVersionNumber } } }\n  indicatorModels(first: 20) { edges { node { id name latestVersionNumber } } }\n  distributions(first: 10, filter: { status: ACTIVE }) { totalCount edges { node {\n    id name stats { responses responseRate }\n  } } }\n  responses(first: 1) { totalCount }\n}": typeof types.HomeOverviewDocument,
    "query HomeScores($input: ScoresInput!) {\n  scores(input: $input) { responseCount nodes { parentKey score band { label } } }\n  scoreSeries(input: $input, granularity: MONTH) { label start nodes { key score } }\n}": typeof types.HomeScoresDocument,
    "query Templates($filter: TemplateFilterInput) { templates(first: 100, filter: $filter) { totalCount edges { node {\n  id title description category languages tags offeredBy latestVersionNumber updatedAt\n  releases { id versionNumber changelog releasedAt hasIndicatorModel mandatoryElements definition }\n} } } }": typeof types.TemplatesDocument,
    "query TemplateCategories { templates(first: 200) { edges { node { category languages } } } }": typeof types.TemplateCategoriesDocument,
    "query AdoptUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": typeof types.AdoptUnitsDocument,
    "mutation AdoptTemplate($templateId: ID!, $unitId: ID!, $title: String) { adoptTemplate(templateId: $templateId, unitId: $unitId, title: $title) { id } }": typeof types.AdoptTemplateDocument,
    "query ParentUpdates { questionnaires(first: 100) { edges { node {\n  id title templateUpdateAvailable unit { name } template { title } parentQuestionnaire { title }\n} } } }": typeof types.ParentUpdatesDocument,
    "query ParentUpdate($id: ID!) { questionnaire(id: $id) { id draftRevision parentUpdate { kind fromVersionNumber toVersionNumber unchangedCount\n  added { name type page } removed { name type page } changed { name page changes { aspect property before after } } } } }": typeof types.ParentUpdateDocument,
    "mutation MergeTemplateUpdate($questionnaireId: ID!, $expectedRevision: Int!) { mergeTemplateUpdate(questionnaireId: $questionnaireId, expectedRevision: $expectedRevision) {\n  applied conflicts { name reason } questionnaire { draftRevision draft templateUpdateAvailable }\n} }": typeof types.MergeTemplateUpdateDocument,
    "query IndicatorModelList { indicatorModels(first: 100) { edges { node { id name latestVersionNumber draftUpdatedAt unit { name } parentModel { name } } } } }": typeof types.IndicatorModelListDocument,
    "mutation CreateIndicatorModel($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }": typeof types.CreateIndicatorModelDocument,
    "query IndicatorModelEditor($id: ID!) { indicatorModel(id: $id) {\n  id name draftRevision draft { json } draftProblems { nodeKey message } parentModel { name }\n  versions { id number changelog publishedAt author { displayName } }\n} }": typeof types.IndicatorModelEditorDocument,
    "mutation SaveIndicatorModelDraft($input: SaveIndicatorModelDraftInput!) { saveIndicatorModelDraft(input: $input) { model { draftRevision } problems { nodeKey message } } }": typeof types.SaveIndicatorModelDraftDocument,
    "mutation PublishIndicatorModel($input: PublishIndicatorModelInput!) { publishIndicatorModel(input: $input) { id number } }": typeof types.PublishIndicatorModelDocument,
    "query EffectiveWeights($modelId: ID!) { effectiveWeights(modelId: $modelId) { key share effectiveWeight } }": typeof types.EffectiveWeightsDocument,
    "query ScoreSample($input: ScoreResponseInput!) { scoreResponse(input: $input) { score band { label } nodes { key score band { label } } } }": typeof types.ScoreSampleDocument,
    "query IndicatorModelVersionDiff($from: ID!, $to: ID!) { indicatorModelVersionDiff(fromId: $from, toId: $to) {\n  added { key kind label } removed { key kind label } changed { key changes { property before after } } model { property before after }\n} }": typeof types.IndicatorModelVersionDiffDocument,
    "query PublishedQuestionnaires { questionnaires(first: 100) { edges { node { id title latestVersionNumber versions { id number definition } } } } }": typeof types.PublishedQuestionnairesDocument,
    "query ModelMetrics { metrics { key label measurementUnit } }": typeof types.ModelMetricsDocument,
    "query VariantUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": typeof types.VariantUnitsDocument,
    "mutation DeriveIndicatorModel($versionId: ID!, $unitId: ID!) { deriveIndicatorModel(versionId: $versionId, unitId: $unitId) { id } }": typeof types.DeriveIndicatorModelDocument,
    "query ModelExists($id: ID!) { indicatorModel(id: $id) { id } }": typeof types.ModelExistsDocument,
    "query OfferableModels { indicatorModels(first: 200) { edges { node { id name versions { id number definition { nodes { items { questionnaireId } } } } } } } }": typeof types.OfferableModelsDocument,
    "mutation OfferTemplate($input: OfferTemplateInput!) { offerTemplate(input: $input) { id } }": typeof types.OfferTemplateDocument,
    "query ClientSettings { clientSettings { surveyJsLicenseKey } }": typeof types.ClientSettingsDocument,
    "query QuestionnaireDraft($id: ID!) { questionnaire(id: $id) { title draft draftRevision draftProblems { element path message } lockedElements mandatoryElements templateUpdateAvailable origin } }": typeof types.QuestionnaireDraftDocument,
    "mutation SaveQuestionnaireDraft($input: SaveQuestionnaireDraftInput!) { saveQuestionnaireDraft(input: $input) { questionnaire { draftRevision } problems { element path message } } }": typeof types.SaveQuestionnaireDraftDocument,
    "mutation PublishQuestionnaire($input: PublishQuestionnaireInput!) { publishQuestionnaire(input: $input) { number } }": typeof types.PublishQuestionnaireDocument,
    "query QuestionnaireList($filter: QuestionnaireFilterInput) { questionnaires(first: 100, filter: $filter) { edges { node { id title status latestVersionNumber unit { name } } } } }": typeof types.QuestionnaireListDocument,
    "mutation CreateQuestionnaire($input: CreateQuestionnaireInput!) { createQuestionnaire(input: $input) { id } }": typeof types.CreateQuestionnaireDocument,
    "query QuestionnaireVersions($id: ID!) { questionnaire(id: $id) { versions { id number changelog publishedAt validationPath author { displayName } } } }": typeof types.QuestionnaireVersionsDocument,
    "query QuestionnaireVersionDiff($from: ID!, $to: ID!) { questionnaireVersionDiff(fromId: $from, toId: $to) {\n  added { name type page } removed { name type page } changed { name page changes { aspect property before after } } unchangedCount } }": typeof types.QuestionnaireVersionDiffDocument,
    "query DeriveUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": typeof types.DeriveUnitsDocument,
    "mutation DeriveQuestionnaire($versionId: ID!, $unitId: ID!) { deriveQuestionnaire(versionId: $versionId, unitId: $unitId) { id } }": typeof types.DeriveQuestionnaireDocument,
    "query QuestionnaireVersionDefinition($id: ID!) { questionnaireVersion(id: $id) { number definition } }": typeof types.QuestionnaireVersionDefinitionDocument,
    "query QuestionnaireExists($id: ID!) { questionnaire(id: $id) { id } }": typeof types.QuestionnaireExistsDocument,
    "query BrowseResponses($filter: ResponseFilterInput!, $after: String) {\n  responses(first: 25, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } edges { node {\n    id completedAt channel category excludedAt excludedReason unit { name } questionnaireVersion { id number }\n  } } }\n}": typeof types.BrowseResponsesDocument,
    "query ResponseDetail($id: ID!) { response(id: $id) {\n  id completedAt channel category language excludedAt excludedReason answers unit { name } questionnaireVersion { id number }\n} }": typeof types.ResponseDetailDocument,
    "mutation ExcludeResponse($id: ID!, $reason: String!) { excludeResponse(id: $id, reason: $reason) { id excludedAt excludedReason } }": typeof types.ExcludeResponseDocument,
    "mutation IncludeResponse($id: ID!, $reason: String!) { includeResponse(id: $id, reason: $reason) { id excludedAt excludedReason } }": typeof types.IncludeResponseDocument,
    "query PublishedModels { indicatorModels(first: 100) { edges { node { id name latestVersionNumber } } } }": typeof types.PublishedModelsDocument,
    "query Dashboard($input: ScoresInput!) {\n  scores(input: $input) {\n    responseCount\n    nodes { key parentKey kind label score band { key label } n ci95 partial lostPoints belowMinimum withheldReason }\n    bandDistribution { band { key label min max } count share }\n    modelVersion { id number definition { json } }\n  }\n  scoreSeries(input: $input, granularity: MONTH) { label responseCount nodes { key score } deltaPrevious { delta significant } }\n  ranking(input: $input) { unit { id name } rank score n insufficient belowMinimum withheldReason band { label } }\n}": typeof types.DashboardDocument,
    "query DashboardUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": typeof types.DashboardUnitsDocument,
    "query UnitPath($id: ID!) { orgUnit(id: $id) { id name ancestors { id name } } }": typeof types.UnitPathDocument,
    "query FilterVersions($id: ID!) { questionnaire(id: $id) { id title versions { id number } } }": typeof types.FilterVersionsDocument,
    "query Comments($filter: ResponseFilterInput!) { responses(first: 50, filter: $filter) { pageInfo { hasNextPage } edges { node {\n  id completedAt answers channel unit { name } questionnaireVersion { id }\n} } } }": typeof types.CommentsDocument,
    "query CommentVersion($id: ID!) { questionnaireVersion(id: $id) { id definition } }": typeof types.CommentVersionDocument,
    "query QuestionSummaries($input: QuestionSummariesInput!) {\n  questionSummaries(input: $input) { responseCount questions {\n    name title kind n mean top2 nps withheldReason distribution { label count share } texts { text completedAt unitName }\n  } }\n}": typeof types.QuestionSummariesDocument,
    "query SurveyByToken($token: String!, $resumeKey: String) { surveyByToken(token: $token, resumeKey: $resumeKey) { definition versionNumber languages channel testMode answers branding { name logoDataUrl primaryColor privacyNotice { language text } } formTicket minFillSeconds } }": typeof types.SurveyByTokenDocument,
    "mutation SavePartialResponse($input: SavePartialResponseInput!) { savePartialResponse(input: $input) { resumeKey } }": typeof types.SavePartialResponseDocument,
    "\n  fragment ViewerFields on Viewer {\n    kind\n    permissions\n    user { displayName email }\n    organization { name headOffice { id name } }\n    grants { unit { id name } }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "mutation Login($input: LoginInput!) { login(input: $input) { ...ViewerFields } }": typeof types.LoginDocument,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "query Me { me { ...ViewerFields } }": typeof types.MeDocument,
    "query SwitcherUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": typeof types.SwitcherUnitsDocument,
    "query UnitTree { orgUnits(first: 200) { edges { node { id code name kind depth weight parent { id } } } } }": typeof types.UnitTreeDocument,
    "mutation CreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }": typeof types.CreateUnitDocument,
    "mutation UpdateUnit($input: UpdateOrgUnitInput!) { updateOrgUnit(input: $input) { id } }": typeof types.UpdateUnitDocument,
    "mutation MoveUnit($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { id } }": typeof types.MoveUnitDocument,
};
const documents: Documents = {
    "query InvitationPreview($token: String!) { invitation(token: $token) { email displayName organizationName expiresAt } }": types.InvitationPreviewDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }": types.AcceptInvitationDocument,
    "mutation ChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }": types.ChangePasswordDocument,
    "query ActionList($filter: ActionFilterInput, $first: Int) {\n  actions(filter: $filter, first: $first) {\n    totalCount\n    edges { node {\n      id title status deadline daysLeft overdue verdict indicatorKey\n      unit { id name } responsible { id displayName }\n    } }\n  }\n}": types.ActionListDocument,
    "query ActionDetail($id: ID!) {\n  action(id: $id) {\n    id title status problem measures deadline daysLeft overdue verdict accountability team sourceKind\n    indicatorKey question targetKind targetValue requireSignificant recheckFrom recheckTo cancelReason\n    baselineFrom baselineTo baselineScore baselineValue baselineN baselineCi95 createdAt submittedAt\n    unit { id name } responsible { id displayName email }\n    rechecks {\n      id trigger verdict reason checkedAt minResponses delta significant\n      beforeFrom beforeTo beforeScore beforeValue beforeN beforeCi95\n      afterFrom afterTo afterScore afterValue afterN afterCi95\n    }\n    history { id text status fileName mimeType size createdAt }\n    escalations { id step createdAt emailed recipients }\n    consequences { id category text decidedAt }\n    trend { label phase score value n ci95 }\n  }\n}": types.ActionDetailDocument,
    "query ActionPeople($unitId: ID!, $role: Role) {\n  actionPeople(unitId: $unitId, role: $role) { id displayName email }\n}": types.ActionPeopleDocument,
    "mutation OpenAction($input: OpenActionInput!) { openAction(input: $input) { id } }": types.OpenActionDocument,
    "mutation MoveAction($input: MoveActionInput!) { moveAction(input: $input) { id status } }": types.MoveActionDocument,
    "mutation AddActionNote($input: ActionNoteInput!) { addActionNote(input: $input) { id } }": types.AddActionNoteDocument,
    "mutation RecheckAction($actionId: ID!) { recheckAction(actionId: $actionId) { id verdict } }": types.RecheckActionDocument,
    "mutation RecordActionConsequence($input: ConsequenceInput!) {\n  recordActionConsequence(input: $input) { id }\n}": types.RecordActionConsequenceDocument,
    "query WorkPlans($under: ID, $behindOnly: Boolean) {\n  workPlans(under: $under, behindOnly: $behindOnly) {\n    id title unitId periodStart periodEnd followUpRateTarget\n    progress {\n      behind elapsed followUpRate followUpDone followUpEligible\n      lines { questionnaireId channel target collected expectedByNow behind categories { category target collected } }\n    }\n  }\n}": types.WorkPlansDocument,
    "query MissedFollowUps($filter: ServiceEventFilterInput, $first: Int) {\n  serviceEvents(filter: $filter, first: $first) {\n    edges { node { id type externalId unitId occurredAt deadlineAt channel state reason } }\n  }\n}": types.MissedFollowUpsDocument,
    "mutation AssignFollowUps($input: AssignFollowUpsInput!) {\n  assignFollowUps(input: $input) { id }\n}": types.AssignFollowUpsDocument,
    "query PlanQuestionnaires { questionnaires(first: 200) { edges { node { id title } } } }": types.PlanQuestionnairesDocument,
    "query ActionExists($id: ID!) { action(id: $id) { id } }": types.ActionExistsDocument,
    "query UserList($filter: UserFilterInput) {\n  users(filter: $filter, first: 200) {\n    totalCount\n    edges { node { id email displayName disabledAt createdAt roleAssignments { id role unit { id name } } } }\n  }\n}": types.UserListDocument,
    "mutation InviteUser($input: InviteUserInput!) { inviteUser(input: $input) { id email } }": types.InviteUserDocument,
    "mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }": types.DeactivateUserDocument,
    "mutation ReactivateUser($id: ID!) { reactivateUser(id: $id) { id } }": types.ReactivateUserDocument,
    "query FollowUpUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": types.FollowUpUnitsDocument,
    "query DistributionPermissions { me { permissions } }": types.DistributionPermissionsDocument,
    "query Distributions($filter: DistributionFilterInput) { distributions(first: 200, filter: $filter) { totalCount edges { node {\n  id name channel status createdAt questionnaireId versionId units { id name }\n  stats { invited completed responses responseRate }\n} } } }": types.DistributionsDocument,
    "query DistributionFormOptions {\n  questionnaires(first: 200) { edges { node { id title status versions { id number } } } }\n  orgUnits(first: 200) { edges { node { id name code depth } } }\n}": types.DistributionFormOptionsDocument,
    "mutation CreateDistribution($input: CreateDistributionInput!) { createDistribution(input: $input) { id } }": types.CreateDistributionDocument,
    "query Distribution($id: ID!) { distribution(id: $id) {\n  id name channel status anonymity quota opensAt closesAt languages respondentCategory completedCount questionnaireId versionId invitationValidDays reminderDelaysHours\n  units { id name }\n  links { id url token qrCodeSvgUrl qrCodePngUrl embedHtml embedScript unit { id name code } }\n  stats { invited queued sent delivered opened started completed bounced failed expired optedOut responseRate responses }\n} }": types.DistributionDocument,
    "query DistributionStats($id: ID!) { distribution(id: $id) { id status completedCount\n  stats { invited queued sent delivered opened started completed bounced failed expired optedOut responseRate responses }\n} }": types.DistributionStatsDocument,
    "mutation UpdateDistribution($id: ID!, $input: UpdateDistributionInput!) { updateDistribution(id: $id, input: $input) { id } }": types.UpdateDistributionDocument,
    "mutation PauseDistribution($id: ID!) { pauseDistribution(id: $id) { id status } }": types.PauseDistributionDocument,
    "mutation ResumeDistribution($id: ID!) { resumeDistribution(id: $id) { id status } }": types.ResumeDistributionDocument,
    "mutation CloseDistribution($id: ID!) { closeDistribution(id: $id) { id status } }": types.CloseDistributionDocument,
    "mutation InviteRespondents($input: InviteRespondentsInput!) { inviteRespondents(input: $input) { invited skippedOptedOut } }": types.InviteRespondentsDocument,
    "query Invitations($filter: InvitationFilterInput!) { invitations(filter: $filter, first: 200) { totalCount edges { node {\n  id status statusAt contact phoneNumber externalRef language category channel callToken messagesSent expiresAt deadlineAt unit { id name }\n  history { status at detail }\n} } } }": types.InvitationsDocument,
    "mutation RecordCallOutcome($input: CallOutcomeInput!) { recordCallOutcome(input: $input) { id status } }": types.RecordCallOutcomeDocument,
    "query EventRules { eventRules { id eventType distributionId delayHours deadlineWorkingDays samplingRate fatigueDays active } }": types.EventRulesDocument,
    "mutation SaveEventRule($input: EventRuleInput!) { saveEventRule(input: $input) { id } }": types.SaveEventRuleDocument,
    "query OrganizationCalendar { organizationCalendar { workingDays holidays updatedAt } }": types.OrganizationCalendarDocument,
    "mutation SetOrganizationCalendar($input: CalendarInput!) { setOrganizationCalendar(input: $input) { workingDays holidays updatedAt } }": types.SetOrganizationCalendarDocument,
    "query FollowUpRate($input: FollowUpRateInput!) { followUpRate(input: $input) { eligible followedUp rate } }": types.FollowUpRateDocument,
    "query InterviewSurvey($token: String!) { surveyByToken(token: $token) { definition languages channel testMode } }": types.InterviewSurveyDocument,
    "mutation InterviewSubmit($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId duplicate } }": types.InterviewSubmitDocument,
    "query DistributionExists($id: ID!) { distribution(id: $id) { id } }": types.DistributionExistsDocument,
    "query HomeOverview {\n  questionnaires(first: 1) { totalCount edges { node { id title latestVersionNumber } } }\n  indicatorModels(first: 20) { edges { node { id name latestVersionNumber } } }\n  distributions(first: 10, filter: { status: ACTIVE }) { totalCount edges { node {\n    id name stats { responses responseRate }\n  } } }\n  responses(first: 1) { totalCount }\n}": types.HomeOverviewDocument,
    "query HomeScores($input: ScoresInput!) {\n  scores(input: $input) { responseCount nodes { parentKey score band { label } } }\n  scoreSeries(input: $input, granularity: MONTH) { label start nodes { key score } }\n}": types.HomeScoresDocument,
    "query Templates($filter: TemplateFilterInput) { templates(first: 100, filter: $filter) { totalCount edges { node {\n  id title description category languages tags offeredBy latestVersionNumber updatedAt\n  releases { id versionNumber changelog releasedAt hasIndicatorModel mandatoryElements definition }\n} } } }": types.TemplatesDocument,
    "query TemplateCategories { templates(first: 200) { edges { node { category languages } } } }": types.TemplateCategoriesDocument,
    "query AdoptUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": types.AdoptUnitsDocument,
    "mutation AdoptTemplate($templateId: ID!, $unitId: ID!, $title: String) { adoptTemplate(templateId: $templateId, unitId: $unitId, title: $title) { id } }": types.AdoptTemplateDocument,
    "query ParentUpdates { questionnaires(first: 100) { edges { node {\n  id title templateUpdateAvailable unit { name } template { title } parentQuestionnaire { title }\n} } } }": types.ParentUpdatesDocument,
    "query ParentUpdate($id: ID!) { questionnaire(id: $id) { id draftRevision parentUpdate { kind fromVersionNumber toVersionNumber unchangedCount\n  added { name type page } removed { name type page } changed { name page changes { aspect property before after } } } } }": types.ParentUpdateDocument,
    "mutation MergeTemplateUpdate($questionnaireId: ID!, $expectedRevision: Int!) { mergeTemplateUpdate(questionnaireId: $questionnaireId, expectedRevision: $expectedRevision) {\n  applied conflicts { name reason } questionnaire { draftRevision draft templateUpdateAvailable }\n} }": types.MergeTemplateUpdateDocument,
    "query IndicatorModelList { indicatorModels(first: 100) { edges { node { id name latestVersionNumber draftUpdatedAt unit { name } parentModel { name } } } } }": types.IndicatorModelListDocument,
    "mutation CreateIndicatorModel($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }": types.CreateIndicatorModelDocument,
    "query IndicatorModelEditor($id: ID!) { indicatorModel(id: $id) {\n  id name draftRevision draft { json } draftProblems { nodeKey message } parentModel { name }\n  versions { id number changelog publishedAt author { displayName } }\n} }": types.IndicatorModelEditorDocument,
    "mutation SaveIndicatorModelDraft($input: SaveIndicatorModelDraftInput!) { saveIndicatorModelDraft(input: $input) { model { draftRevision } problems { nodeKey message } } }": types.SaveIndicatorModelDraftDocument,
    "mutation PublishIndicatorModel($input: PublishIndicatorModelInput!) { publishIndicatorModel(input: $input) { id number } }": types.PublishIndicatorModelDocument,
    "query EffectiveWeights($modelId: ID!) { effectiveWeights(modelId: $modelId) { key share effectiveWeight } }": types.EffectiveWeightsDocument,
    "query ScoreSample($input: ScoreResponseInput!) { scoreResponse(input: $input) { score band { label } nodes { key score band { label } } } }": types.ScoreSampleDocument,
    "query IndicatorModelVersionDiff($from: ID!, $to: ID!) { indicatorModelVersionDiff(fromId: $from, toId: $to) {\n  added { key kind label } removed { key kind label } changed { key changes { property before after } } model { property before after }\n} }": types.IndicatorModelVersionDiffDocument,
    "query PublishedQuestionnaires { questionnaires(first: 100) { edges { node { id title latestVersionNumber versions { id number definition } } } } }": types.PublishedQuestionnairesDocument,
    "query ModelMetrics { metrics { key label measurementUnit } }": types.ModelMetricsDocument,
    "query VariantUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": types.VariantUnitsDocument,
    "mutation DeriveIndicatorModel($versionId: ID!, $unitId: ID!) { deriveIndicatorModel(versionId: $versionId, unitId: $unitId) { id } }": types.DeriveIndicatorModelDocument,
    "query ModelExists($id: ID!) { indicatorModel(id: $id) { id } }": types.ModelExistsDocument,
    "query OfferableModels { indicatorModels(first: 200) { edges { node { id name versions { id number definition { nodes { items { questionnaireId } } } } } } } }": types.OfferableModelsDocument,
    "mutation OfferTemplate($input: OfferTemplateInput!) { offerTemplate(input: $input) { id } }": types.OfferTemplateDocument,
    "query ClientSettings { clientSettings { surveyJsLicenseKey } }": types.ClientSettingsDocument,
    "query QuestionnaireDraft($id: ID!) { questionnaire(id: $id) { title draft draftRevision draftProblems { element path message } lockedElements mandatoryElements templateUpdateAvailable origin } }": types.QuestionnaireDraftDocument,
    "mutation SaveQuestionnaireDraft($input: SaveQuestionnaireDraftInput!) { saveQuestionnaireDraft(input: $input) { questionnaire { draftRevision } problems { element path message } } }": types.SaveQuestionnaireDraftDocument,
    "mutation PublishQuestionnaire($input: PublishQuestionnaireInput!) { publishQuestionnaire(input: $input) { number } }": types.PublishQuestionnaireDocument,
    "query QuestionnaireList($filter: QuestionnaireFilterInput) { questionnaires(first: 100, filter: $filter) { edges { node { id title status latestVersionNumber unit { name } } } } }": types.QuestionnaireListDocument,
    "mutation CreateQuestionnaire($input: CreateQuestionnaireInput!) { createQuestionnaire(input: $input) { id } }": types.CreateQuestionnaireDocument,
    "query QuestionnaireVersions($id: ID!) { questionnaire(id: $id) { versions { id number changelog publishedAt validationPath author { displayName } } } }": types.QuestionnaireVersionsDocument,
    "query QuestionnaireVersionDiff($from: ID!, $to: ID!) { questionnaireVersionDiff(fromId: $from, toId: $to) {\n  added { name type page } removed { name type page } changed { name page changes { aspect property before after } } unchangedCount } }": types.QuestionnaireVersionDiffDocument,
    "query DeriveUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": types.DeriveUnitsDocument,
    "mutation DeriveQuestionnaire($versionId: ID!, $unitId: ID!) { deriveQuestionnaire(versionId: $versionId, unitId: $unitId) { id } }": types.DeriveQuestionnaireDocument,
    "query QuestionnaireVersionDefinition($id: ID!) { questionnaireVersion(id: $id) { number definition } }": types.QuestionnaireVersionDefinitionDocument,
    "query QuestionnaireExists($id: ID!) { questionnaire(id: $id) { id } }": types.QuestionnaireExistsDocument,
    "query BrowseResponses($filter: ResponseFilterInput!, $after: String) {\n  responses(first: 25, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } edges { node {\n    id completedAt channel category excludedAt excludedReason unit { name } questionnaireVersion { id number }\n  } } }\n}": types.BrowseResponsesDocument,
    "query ResponseDetail($id: ID!) { response(id: $id) {\n  id completedAt channel category language excludedAt excludedReason answers unit { name } questionnaireVersion { id number }\n} }": types.ResponseDetailDocument,
    "mutation ExcludeResponse($id: ID!, $reason: String!) { excludeResponse(id: $id, reason: $reason) { id excludedAt excludedReason } }": types.ExcludeResponseDocument,
    "mutation IncludeResponse($id: ID!, $reason: String!) { includeResponse(id: $id, reason: $reason) { id excludedAt excludedReason } }": types.IncludeResponseDocument,
    "query PublishedModels { indicatorModels(first: 100) { edges { node { id name latestVersionNumber } } } }": types.PublishedModelsDocument,
    "query Dashboard($input: ScoresInput!) {\n  scores(input: $input) {\n    responseCount\n    nodes { key parentKey kind label score band { key label } n ci95 partial lostPoints belowMinimum withheldReason }\n    bandDistribution { band { key label min max } count share }\n    modelVersion { id number definition { json } }\n  }\n  scoreSeries(input: $input, granularity: MONTH) { label responseCount nodes { key score } deltaPrevious { delta significant } }\n  ranking(input: $input) { unit { id name } rank score n insufficient belowMinimum withheldReason band { label } }\n}": types.DashboardDocument,
    "query DashboardUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": types.DashboardUnitsDocument,
    "query UnitPath($id: ID!) { orgUnit(id: $id) { id name ancestors { id name } } }": types.UnitPathDocument,
    "query FilterVersions($id: ID!) { questionnaire(id: $id) { id title versions { id number } } }": types.FilterVersionsDocument,
    "query Comments($filter: ResponseFilterInput!) { responses(first: 50, filter: $filter) { pageInfo { hasNextPage } edges { node {\n  id completedAt answers channel unit { name } questionnaireVersion { id }\n} } } }": types.CommentsDocument,
    "query CommentVersion($id: ID!) { questionnaireVersion(id: $id) { id definition } }": types.CommentVersionDocument,
    "query QuestionSummaries($input: QuestionSummariesInput!) {\n  questionSummaries(input: $input) { responseCount questions {\n    name title kind n mean top2 nps withheldReason distribution { label count share } texts { text completedAt unitName }\n  } }\n}": types.QuestionSummariesDocument,
    "query SurveyByToken($token: String!, $resumeKey: String) { surveyByToken(token: $token, resumeKey: $resumeKey) { definition versionNumber languages channel testMode answers branding { name logoDataUrl primaryColor privacyNotice { language text } } formTicket minFillSeconds } }": types.SurveyByTokenDocument,
    "mutation SavePartialResponse($input: SavePartialResponseInput!) { savePartialResponse(input: $input) { resumeKey } }": types.SavePartialResponseDocument,
    "\n  fragment ViewerFields on Viewer {\n    kind\n    permissions\n    user { displayName email }\n    organization { name headOffice { id name } }\n    grants { unit { id name } }\n  }\n": types.ViewerFieldsFragmentDoc,
    "mutation Login($input: LoginInput!) { login(input: $input) { ...ViewerFields } }": types.LoginDocument,
    "mutation Logout { logout }": types.LogoutDocument,
    "query Me { me { ...ViewerFields } }": types.MeDocument,
    "query SwitcherUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": types.SwitcherUnitsDocument,
    "query UnitTree { orgUnits(first: 200) { edges { node { id code name kind depth weight parent { id } } } } }": types.UnitTreeDocument,
    "mutation CreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }": types.CreateUnitDocument,
    "mutation UpdateUnit($input: UpdateOrgUnitInput!) { updateOrgUnit(input: $input) { id } }": types.UpdateUnitDocument,
    "mutation MoveUnit($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { id } }": types.MoveUnitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitationPreview($token: String!) { invitation(token: $token) { email displayName organizationName expiresAt } }"): typeof import('./graphql').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionList($filter: ActionFilterInput, $first: Int) {\n  actions(filter: $filter, first: $first) {\n    totalCount\n    edges { node {\n      id title status deadline daysLeft overdue verdict indicatorKey\n      unit { id name } responsible { id displayName }\n    } }\n  }\n}"): typeof import('./graphql').ActionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionDetail($id: ID!) {\n  action(id: $id) {\n    id title status problem measures deadline daysLeft overdue verdict accountability team sourceKind\n    indicatorKey question targetKind targetValue requireSignificant recheckFrom recheckTo cancelReason\n    baselineFrom baselineTo baselineScore baselineValue baselineN baselineCi95 createdAt submittedAt\n    unit { id name } responsible { id displayName email }\n    rechecks {\n      id trigger verdict reason checkedAt minResponses delta significant\n      beforeFrom beforeTo beforeScore beforeValue beforeN beforeCi95\n      afterFrom afterTo afterScore afterValue afterN afterCi95\n    }\n    history { id text status fileName mimeType size createdAt }\n    escalations { id step createdAt emailed recipients }\n    consequences { id category text decidedAt }\n    trend { label phase score value n ci95 }\n  }\n}"): typeof import('./graphql').ActionDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionPeople($unitId: ID!, $role: Role) {\n  actionPeople(unitId: $unitId, role: $role) { id displayName email }\n}"): typeof import('./graphql').ActionPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenAction($input: OpenActionInput!) { openAction(input: $input) { id } }"): typeof import('./graphql').OpenActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveAction($input: MoveActionInput!) { moveAction(input: $input) { id status } }"): typeof import('./graphql').MoveActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddActionNote($input: ActionNoteInput!) { addActionNote(input: $input) { id } }"): typeof import('./graphql').AddActionNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecheckAction($actionId: ID!) { recheckAction(actionId: $actionId) { id verdict } }"): typeof import('./graphql').RecheckActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordActionConsequence($input: ConsequenceInput!) {\n  recordActionConsequence(input: $input) { id }\n}"): typeof import('./graphql').RecordActionConsequenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkPlans($under: ID, $behindOnly: Boolean) {\n  workPlans(under: $under, behindOnly: $behindOnly) {\n    id title unitId periodStart periodEnd followUpRateTarget\n    progress {\n      behind elapsed followUpRate followUpDone followUpEligible\n      lines { questionnaireId channel target collected expectedByNow behind categories { category target collected } }\n    }\n  }\n}"): typeof import('./graphql').WorkPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MissedFollowUps($filter: ServiceEventFilterInput, $first: Int) {\n  serviceEvents(filter: $filter, first: $first) {\n    edges { node { id type externalId unitId occurredAt deadlineAt channel state reason } }\n  }\n}"): typeof import('./graphql').MissedFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignFollowUps($input: AssignFollowUpsInput!) {\n  assignFollowUps(input: $input) { id }\n}"): typeof import('./graphql').AssignFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanQuestionnaires { questionnaires(first: 200) { edges { node { id title } } } }"): typeof import('./graphql').PlanQuestionnairesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionExists($id: ID!) { action(id: $id) { id } }"): typeof import('./graphql').ActionExistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserList($filter: UserFilterInput) {\n  users(filter: $filter, first: 200) {\n    totalCount\n    edges { node { id email displayName disabledAt createdAt roleAssignments { id role unit { id name } } } }\n  }\n}"): typeof import('./graphql').UserListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteUser($input: InviteUserInput!) { inviteUser(input: $input) { id email } }"): typeof import('./graphql').InviteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }"): typeof import('./graphql').DeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReactivateUser($id: ID!) { reactivateUser(id: $id) { id } }"): typeof import('./graphql').ReactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowUpUnits { orgUnits(first: 200) { edges { node { id name depth } } } }"): typeof import('./graphql').FollowUpUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistributionPermissions { me { permissions } }"): typeof import('./graphql').DistributionPermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Distributions($filter: DistributionFilterInput) { distributions(first: 200, filter: $filter) { totalCount edges { node {\n  id name channel status createdAt questionnaireId versionId units { id name }\n  stats { invited completed responses responseRate }\n} } } }"): typeof import('./graphql').DistributionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistributionFormOptions {\n  questionnaires(first: 200) { edges { node { id title status versions { id number } } } }\n  orgUnits(first: 200) { edges { node { id name code depth } } }\n}"): typeof import('./graphql').DistributionFormOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDistribution($input: CreateDistributionInput!) { createDistribution(input: $input) { id } }"): typeof import('./graphql').CreateDistributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Distribution($id: ID!) { distribution(id: $id) {\n  id name channel status anonymity quota opensAt closesAt languages respondentCategory completedCount questionnaireId versionId invitationValidDays reminderDelaysHours\n  units { id name }\n  links { id url token qrCodeSvgUrl qrCodePngUrl embedHtml embedScript unit { id name code } }\n  stats { invited queued sent delivered opened started completed bounced failed expired optedOut responseRate responses }\n} }"): typeof import('./graphql').DistributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistributionStats($id: ID!) { distribution(id: $id) { id status completedCount\n  stats { invited queued sent delivered opened started completed bounced failed expired optedOut responseRate responses }\n} }"): typeof import('./graphql').DistributionStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDistribution($id: ID!, $input: UpdateDistributionInput!) { updateDistribution(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdateDistributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PauseDistribution($id: ID!) { pauseDistribution(id: $id) { id status } }"): typeof import('./graphql').PauseDistributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResumeDistribution($id: ID!) { resumeDistribution(id: $id) { id status } }"): typeof import('./graphql').ResumeDistributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseDistribution($id: ID!) { closeDistribution(id: $id) { id status } }"): typeof import('./graphql').CloseDistributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteRespondents($input: InviteRespondentsInput!) { inviteRespondents(input: $input) { invited skippedOptedOut } }"): typeof import('./graphql').InviteRespondentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Invitations($filter: InvitationFilterInput!) { invitations(filter: $filter, first: 200) { totalCount edges { node {\n  id status statusAt contact phoneNumber externalRef language category channel callToken messagesSent expiresAt deadlineAt unit { id name }\n  history { status at detail }\n} } } }"): typeof import('./graphql').InvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordCallOutcome($input: CallOutcomeInput!) { recordCallOutcome(input: $input) { id status } }"): typeof import('./graphql').RecordCallOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventRules { eventRules { id eventType distributionId delayHours deadlineWorkingDays samplingRate fatigueDays active } }"): typeof import('./graphql').EventRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveEventRule($input: EventRuleInput!) { saveEventRule(input: $input) { id } }"): typeof import('./graphql').SaveEventRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationCalendar { organizationCalendar { workingDays holidays updatedAt } }"): typeof import('./graphql').OrganizationCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetOrganizationCalendar($input: CalendarInput!) { setOrganizationCalendar(input: $input) { workingDays holidays updatedAt } }"): typeof import('./graphql').SetOrganizationCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowUpRate($input: FollowUpRateInput!) { followUpRate(input: $input) { eligible followedUp rate } }"): typeof import('./graphql').FollowUpRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InterviewSurvey($token: String!) { surveyByToken(token: $token) { definition languages channel testMode } }"): typeof import('./graphql').InterviewSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InterviewSubmit($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId duplicate } }"): typeof import('./graphql').InterviewSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistributionExists($id: ID!) { distribution(id: $id) { id } }"): typeof import('./graphql').DistributionExistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HomeOverview {\n  questionnaires(first: 1) { totalCount edges { node { id title latestVersionNumber } } }\n  indicatorModels(first: 20) { edges { node { id name latestVersionNumber } } }\n  distributions(first: 10, filter: { status: ACTIVE }) { totalCount edges { node {\n    id name stats { responses responseRate }\n  } } }\n  responses(first: 1) { totalCount }\n}"): typeof import('./graphql').HomeOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HomeScores($input: ScoresInput!) {\n  scores(input: $input) { responseCount nodes { parentKey score band { label } } }\n  scoreSeries(input: $input, granularity: MONTH) { label start nodes { key score } }\n}"): typeof import('./graphql').HomeScoresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Templates($filter: TemplateFilterInput) { templates(first: 100, filter: $filter) { totalCount edges { node {\n  id title description category languages tags offeredBy latestVersionNumber updatedAt\n  releases { id versionNumber changelog releasedAt hasIndicatorModel mandatoryElements definition }\n} } } }"): typeof import('./graphql').TemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TemplateCategories { templates(first: 200) { edges { node { category languages } } } }"): typeof import('./graphql').TemplateCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdoptUnits { orgUnits(first: 200) { edges { node { id name depth } } } }"): typeof import('./graphql').AdoptUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdoptTemplate($templateId: ID!, $unitId: ID!, $title: String) { adoptTemplate(templateId: $templateId, unitId: $unitId, title: $title) { id } }"): typeof import('./graphql').AdoptTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParentUpdates { questionnaires(first: 100) { edges { node {\n  id title templateUpdateAvailable unit { name } template { title } parentQuestionnaire { title }\n} } } }"): typeof import('./graphql').ParentUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParentUpdate($id: ID!) { questionnaire(id: $id) { id draftRevision parentUpdate { kind fromVersionNumber toVersionNumber unchangedCount\n  added { name type page } removed { name type page } changed { name page changes { aspect property before after } } } } }"): typeof import('./graphql').ParentUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeTemplateUpdate($questionnaireId: ID!, $expectedRevision: Int!) { mergeTemplateUpdate(questionnaireId: $questionnaireId, expectedRevision: $expectedRevision) {\n  applied conflicts { name reason } questionnaire { draftRevision draft templateUpdateAvailable }\n} }"): typeof import('./graphql').MergeTemplateUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorModelList { indicatorModels(first: 100) { edges { node { id name latestVersionNumber draftUpdatedAt unit { name } parentModel { name } } } } }"): typeof import('./graphql').IndicatorModelListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateIndicatorModel($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }"): typeof import('./graphql').CreateIndicatorModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorModelEditor($id: ID!) { indicatorModel(id: $id) {\n  id name draftRevision draft { json } draftProblems { nodeKey message } parentModel { name }\n  versions { id number changelog publishedAt author { displayName } }\n} }"): typeof import('./graphql').IndicatorModelEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveIndicatorModelDraft($input: SaveIndicatorModelDraftInput!) { saveIndicatorModelDraft(input: $input) { model { draftRevision } problems { nodeKey message } } }"): typeof import('./graphql').SaveIndicatorModelDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishIndicatorModel($input: PublishIndicatorModelInput!) { publishIndicatorModel(input: $input) { id number } }"): typeof import('./graphql').PublishIndicatorModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EffectiveWeights($modelId: ID!) { effectiveWeights(modelId: $modelId) { key share effectiveWeight } }"): typeof import('./graphql').EffectiveWeightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScoreSample($input: ScoreResponseInput!) { scoreResponse(input: $input) { score band { label } nodes { key score band { label } } } }"): typeof import('./graphql').ScoreSampleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorModelVersionDiff($from: ID!, $to: ID!) { indicatorModelVersionDiff(fromId: $from, toId: $to) {\n  added { key kind label } removed { key kind label } changed { key changes { property before after } } model { property before after }\n} }"): typeof import('./graphql').IndicatorModelVersionDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublishedQuestionnaires { questionnaires(first: 100) { edges { node { id title latestVersionNumber versions { id number definition } } } } }"): typeof import('./graphql').PublishedQuestionnairesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModelMetrics { metrics { key label measurementUnit } }"): typeof import('./graphql').ModelMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VariantUnits { orgUnits(first: 200) { edges { node { id name depth } } } }"): typeof import('./graphql').VariantUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeriveIndicatorModel($versionId: ID!, $unitId: ID!) { deriveIndicatorModel(versionId: $versionId, unitId: $unitId) { id } }"): typeof import('./graphql').DeriveIndicatorModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModelExists($id: ID!) { indicatorModel(id: $id) { id } }"): typeof import('./graphql').ModelExistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OfferableModels { indicatorModels(first: 200) { edges { node { id name versions { id number definition { nodes { items { questionnaireId } } } } } } } }"): typeof import('./graphql').OfferableModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OfferTemplate($input: OfferTemplateInput!) { offerTemplate(input: $input) { id } }"): typeof import('./graphql').OfferTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientSettings { clientSettings { surveyJsLicenseKey } }"): typeof import('./graphql').ClientSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionnaireDraft($id: ID!) { questionnaire(id: $id) { title draft draftRevision draftProblems { element path message } lockedElements mandatoryElements templateUpdateAvailable origin } }"): typeof import('./graphql').QuestionnaireDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveQuestionnaireDraft($input: SaveQuestionnaireDraftInput!) { saveQuestionnaireDraft(input: $input) { questionnaire { draftRevision } problems { element path message } } }"): typeof import('./graphql').SaveQuestionnaireDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishQuestionnaire($input: PublishQuestionnaireInput!) { publishQuestionnaire(input: $input) { number } }"): typeof import('./graphql').PublishQuestionnaireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionnaireList($filter: QuestionnaireFilterInput) { questionnaires(first: 100, filter: $filter) { edges { node { id title status latestVersionNumber unit { name } } } } }"): typeof import('./graphql').QuestionnaireListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateQuestionnaire($input: CreateQuestionnaireInput!) { createQuestionnaire(input: $input) { id } }"): typeof import('./graphql').CreateQuestionnaireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionnaireVersions($id: ID!) { questionnaire(id: $id) { versions { id number changelog publishedAt validationPath author { displayName } } } }"): typeof import('./graphql').QuestionnaireVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionnaireVersionDiff($from: ID!, $to: ID!) { questionnaireVersionDiff(fromId: $from, toId: $to) {\n  added { name type page } removed { name type page } changed { name page changes { aspect property before after } } unchangedCount } }"): typeof import('./graphql').QuestionnaireVersionDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeriveUnits { orgUnits(first: 200) { edges { node { id name depth } } } }"): typeof import('./graphql').DeriveUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeriveQuestionnaire($versionId: ID!, $unitId: ID!) { deriveQuestionnaire(versionId: $versionId, unitId: $unitId) { id } }"): typeof import('./graphql').DeriveQuestionnaireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionnaireVersionDefinition($id: ID!) { questionnaireVersion(id: $id) { number definition } }"): typeof import('./graphql').QuestionnaireVersionDefinitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionnaireExists($id: ID!) { questionnaire(id: $id) { id } }"): typeof import('./graphql').QuestionnaireExistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowseResponses($filter: ResponseFilterInput!, $after: String) {\n  responses(first: 25, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } edges { node {\n    id completedAt channel category excludedAt excludedReason unit { name } questionnaireVersion { id number }\n  } } }\n}"): typeof import('./graphql').BrowseResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseDetail($id: ID!) { response(id: $id) {\n  id completedAt channel category language excludedAt excludedReason answers unit { name } questionnaireVersion { id number }\n} }"): typeof import('./graphql').ResponseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExcludeResponse($id: ID!, $reason: String!) { excludeResponse(id: $id, reason: $reason) { id excludedAt excludedReason } }"): typeof import('./graphql').ExcludeResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncludeResponse($id: ID!, $reason: String!) { includeResponse(id: $id, reason: $reason) { id excludedAt excludedReason } }"): typeof import('./graphql').IncludeResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublishedModels { indicatorModels(first: 100) { edges { node { id name latestVersionNumber } } } }"): typeof import('./graphql').PublishedModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dashboard($input: ScoresInput!) {\n  scores(input: $input) {\n    responseCount\n    nodes { key parentKey kind label score band { key label } n ci95 partial lostPoints belowMinimum withheldReason }\n    bandDistribution { band { key label min max } count share }\n    modelVersion { id number definition { json } }\n  }\n  scoreSeries(input: $input, granularity: MONTH) { label responseCount nodes { key score } deltaPrevious { delta significant } }\n  ranking(input: $input) { unit { id name } rank score n insufficient belowMinimum withheldReason band { label } }\n}"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardUnits { orgUnits(first: 200) { edges { node { id name depth } } } }"): typeof import('./graphql').DashboardUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnitPath($id: ID!) { orgUnit(id: $id) { id name ancestors { id name } } }"): typeof import('./graphql').UnitPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilterVersions($id: ID!) { questionnaire(id: $id) { id title versions { id number } } }"): typeof import('./graphql').FilterVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Comments($filter: ResponseFilterInput!) { responses(first: 50, filter: $filter) { pageInfo { hasNextPage } edges { node {\n  id completedAt answers channel unit { name } questionnaireVersion { id }\n} } } }"): typeof import('./graphql').CommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommentVersion($id: ID!) { questionnaireVersion(id: $id) { id definition } }"): typeof import('./graphql').CommentVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionSummaries($input: QuestionSummariesInput!) {\n  questionSummaries(input: $input) { responseCount questions {\n    name title kind n mean top2 nps withheldReason distribution { label count share } texts { text completedAt unitName }\n  } }\n}"): typeof import('./graphql').QuestionSummariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SurveyByToken($token: String!, $resumeKey: String) { surveyByToken(token: $token, resumeKey: $resumeKey) { definition versionNumber languages channel testMode answers branding { name logoDataUrl primaryColor privacyNotice { language text } } formTicket minFillSeconds } }"): typeof import('./graphql').SurveyByTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SavePartialResponse($input: SavePartialResponseInput!) { savePartialResponse(input: $input) { resumeKey } }"): typeof import('./graphql').SavePartialResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    kind\n    permissions\n    user { displayName email }\n    organization { name headOffice { id name } }\n    grants { unit { id name } }\n  }\n"): typeof import('./graphql').ViewerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) { login(input: $input) { ...ViewerFields } }"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout }"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { ...ViewerFields } }"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SwitcherUnits { orgUnits(first: 200) { edges { node { id name depth } } } }"): typeof import('./graphql').SwitcherUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnitTree { orgUnits(first: 200) { edges { node { id code name kind depth weight parent { id } } } } }"): typeof import('./graphql').UnitTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }"): typeof import('./graphql').CreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUnit($input: UpdateOrgUnitInput!) { updateOrgUnit(input: $input) { id } }"): typeof import('./graphql').UpdateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveUnit($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { id } }"): typeof import('./graphql').MoveUnitDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
