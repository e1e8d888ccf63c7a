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
    "query AccountTotp { me { totpEnabled grants { role } } }": typeof types.AccountTotpDocument,
    "mutation StartTotp($password: String!) { startTotpEnrolment(password: $password) { uri secret qrCode } }": typeof types.StartTotpDocument,
    "mutation ConfirmTotp($code: String!) { confirmTotpEnrolment(code: $code) }": typeof types.ConfirmTotpDocument,
    "mutation DisableTotp($password: String!, $code: String!) { disableTotp(password: $password, code: $code) }": typeof types.DisableTotpDocument,
    "query ActionList($filter: ActionFilterInput, $first: Int) {\n  actions(filter: $filter, first: $first) {\n    totalCount\n    edges { node {\n      id title status deadline daysLeft overdue verdict indicatorKey\n      sourceKind sourceLabel question baselineScore baselineValue baselineN\n      unit { id name } responsible { id displayName }\n    } }\n  }\n}": typeof types.ActionListDocument,
    "query ActionDetail($id: ID!) {\n  action(id: $id) {\n    id title status problem measures deadline daysLeft overdue verdict accountability team sourceKind sourceId sourceLabel\n    indicatorKey question targetKind targetValue requireSignificant recheckFrom recheckTo cancelReason\n    baselineFrom baselineTo baselineScore baselineValue baselineN baselineCi95 createdAt submittedAt\n    unit { id name } responsible { id displayName email }\n    rechecks {\n      id trigger verdict reason reasonCode targetKind targetValue checkedAt minResponses delta significant\n      beforeFrom beforeTo beforeScore beforeValue beforeN beforeCi95\n      afterFrom afterTo afterScore afterValue afterN afterCi95\n    }\n    history { id text status fileName mimeType size createdAt }\n    escalations { id step createdAt emailed recipients }\n    consequences { id category text decidedAt }\n    trend { label phase score value n ci95 }\n  }\n}": typeof types.ActionDetailDocument,
    "query ActionPeople($unitId: ID!, $role: Role) {\n  actionPeople(unitId: $unitId, role: $role) { id displayName email }\n}": typeof types.ActionPeopleDocument,
    "query ActionModels {\n  indicatorModels(first: 100) { edges { node { id name latestVersionNumber versions { number definition { json } } } } }\n}": typeof types.ActionModelsDocument,
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
    "query ApiKeyList($after: String, $includeRevoked: Boolean!) {\n  apiKeys(first: 50, after: $after, includeRevoked: $includeRevoked) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id name role scopes createdAt expiresAt lastUsedAt revokedAt unit { id name } } }\n  }\n}": typeof types.ApiKeyListDocument,
    "mutation CreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) { token apiKey { id name } }\n}": typeof types.CreateApiKeyDocument,
    "mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }": typeof types.RevokeApiKeyDocument,
    "mutation ExportContactData($input: ContactDataInput!) { exportContactData(input: $input) }": typeof types.ExportContactDataDocument,
    "mutation EraseContactData($input: ContactDataInput!) {\n  eraseContactData(input: $input) { contacts cases keyClients }\n}": typeof types.EraseContactDataDocument,
    "mutation CreateMetric($input: MetricInput!) { createMetric(input: $input) { id key } }": typeof types.CreateMetricDocument,
    "mutation RecordMetric($input: RecordMetricInput!) { recordMetric(input: $input) { id } }": typeof types.RecordMetricDocument,
    "mutation ImportMetricValues($input: ImportMetricValuesInput!) {\n  importMetricValues(input: $input) { imported rowErrors { row message } }\n}": typeof types.ImportMetricValuesDocument,
    "query MetricList {\n  metrics { id key label measurementUnit kind worst target denominatorLabel }\n}": typeof types.MetricListDocument,
    "query MetricObservationList($metricKey: String!, $unitId: ID!, $after: String) {\n  metricObservations(metricKey: $metricKey, unitId: $unitId, first: 50, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges {\n      node {\n        id periodStart periodEnd value denominator updatedAt unit { id name }\n        history { id changedAt valueBefore valueAfter denominatorBefore denominatorAfter }\n      }\n    }\n  }\n}": typeof types.MetricObservationListDocument,
    "query OrganisationSettings {\n  organization {\n    id name timeZone languages minGroupSize\n    branding { logoDataUrl primaryColor privacyNotice { language text } }\n    serviceSituations { code labels { language text } }\n  }\n}": typeof types.OrganisationSettingsDocument,
    "mutation UpdateOrganisation($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) { id name timeZone languages minGroupSize }\n}": typeof types.UpdateOrganisationDocument,
    "query UserList($filter: UserFilterInput, $after: String) {\n  users(filter: $filter, first: 20, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id email displayName disabledAt createdAt roleAssignments { id role unit { id name } } } }\n  }\n}": typeof types.UserListDocument,
    "mutation InviteUser($input: InviteUserInput!) { inviteUser(input: $input) { id email } }": typeof types.InviteUserDocument,
    "mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }": typeof types.DeactivateUserDocument,
    "mutation ReactivateUser($id: ID!) { reactivateUser(id: $id) { id } }": typeof types.ReactivateUserDocument,
    "query MyCasesBadge { myCases { open overdue } }": typeof types.MyCasesBadgeDocument,
    "query CaseList($filter: CaseFilterInput, $first: Int) {\n  cases(filter: $filter, first: $first) {\n    totalCount\n    edges { node { id reference state origin priority channel description receivedAt dueAt overdue ownerName unitName } }\n  }\n}": typeof types.CaseListDocument,
    "query CaseCategories {\n  caseCategories {\n    id code name parentId\n    acknowledgeDays { LOW NORMAL HIGH URGENT }\n    resolveDays { LOW NORMAL HIGH URGENT }\n  }\n}": typeof types.CaseCategoriesDocument,
    "mutation CreateCase($input: CreateCaseInput!) {\n  createCase(input: $input) { id reference }\n}": typeof types.CreateCaseDocument,
    "query CaseDetail($id: ID!) {\n  case(id: $id) {\n    id reference origin state unitId unitName categoryId priority channel description language ownerId ownerName\n    responseId receivedAt acknowledgeDueAt resolveDueAt dueAt currentStep overdue hasContact\n    staff { name post }\n    rejectionReason resolution responsibility cause compensation agreement reopenCount resolvedOnTime\n    allowedMoves canHandle\n    timeline { id at kind state note actorName unitId }\n    attachments { id fileName mediaType size createdAt }\n    followUp { invitationStatus deliveredAt answeredAt score satisfied satisfiedFrom }\n  }\n}": typeof types.CaseDetailDocument,
    "mutation ChangeCaseState($input: ChangeCaseStateInput!) {\n  changeCaseState(input: $input) { id state }\n}": typeof types.ChangeCaseStateDocument,
    "mutation AddCaseNote($input: AddCaseNoteInput!) {\n  addCaseNote(input: $input) { id }\n}": typeof types.AddCaseNoteDocument,
    "mutation SaveCaseCategory($input: SaveCaseCategoryInput!) {\n  saveCaseCategory(input: $input) { id }\n}": typeof types.SaveCaseCategoryDocument,
    "query AlertRules {\n  alertRules { id name questionnaireId condition question threshold values priority active modelId indicatorKey period }\n}": typeof types.AlertRulesDocument,
    "mutation SaveAlertRule($input: SaveAlertRuleInput!) {\n  saveAlertRule(input: $input) { id }\n}": typeof types.SaveAlertRuleDocument,
    "query RuleQuestionnaires {\n  questionnaires(first: 200) { edges { node { id title } } }\n}": typeof types.RuleQuestionnairesDocument,
    "query RuleModels {\n  indicatorModels(first: 100) { edges { node {\n    id name latestVersionNumber versions { number definition { nodes { key label depth } bands { key label } } }\n  } } }\n}": typeof types.RuleModelsDocument,
    "query CaseAnalysis($input: CaseAnalysisInput!) {\n  caseAnalysis(input: $input) {\n    key label received accepted resolved resolvedOnTime reopened satisfied followUpsAnswered perThousandClients\n  }\n}": typeof types.CaseAnalysisDocument,
    "query CaseAssignees($id: ID!, $unitId: ID) {\n  case(id: $id) { id assignees(unitId: $unitId) { id displayName } }\n}": typeof types.CaseAssigneesDocument,
    "query AlertResponse($id: ID!) {\n  response(id: $id) { id submittedAt score bandKey channel answers }\n}": typeof types.AlertResponseDocument,
    "query CaseSettings {\n  caseSettings { remindOwnerAfterHours unitManagerAfterHours parentManagerAfterHours satisfiedFrom updatedAt }\n}": typeof types.CaseSettingsDocument,
    "mutation SaveCaseSettings($input: SaveCaseSettingsInput!) {\n  saveCaseSettings(input: $input) { remindOwnerAfterHours unitManagerAfterHours parentManagerAfterHours satisfiedFrom }\n}": typeof types.SaveCaseSettingsDocument,
    "mutation CaseFormLink($unitId: ID!) {\n  createCaseIntakeLink(unitId: $unitId) { id token url qrCodeSvgUrl qrCodePngUrl }\n}": typeof types.CaseFormLinkDocument,
    "query CaseExists($id: ID!) { case(id: $id) { id } }": typeof types.CaseExistsDocument,
    "query FollowUpUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": typeof types.FollowUpUnitsDocument,
    "query DistributionPermissions { me { permissions } }": typeof types.DistributionPermissionsDocument,
    "query Distributions($filter: DistributionFilterInput) { distributions(first: 200, filter: $filter) { totalCount edges { node {\n  id name channel status createdAt questionnaireId versionId units { id name }\n  stats { invited completed responses responseRate }\n} } } }": typeof types.DistributionsDocument,
    "query DistributionFormOptions {\n  questionnaires(first: 200) { edges { node { id title status versions { id number } } } }\n  orgUnits(first: 200) { edges { node { id name code depth } } }\n}": typeof types.DistributionFormOptionsDocument,
    "mutation CreateDistribution($input: CreateDistributionInput!) { createDistribution(input: $input) { id } }": typeof types.CreateDistributionDocument,
    "query Distribution($id: ID!) { distribution(id: $id) {\n  id name channel status anonymity quota opensAt closesAt languages respondentCategory askServiceSituation completedCount questionnaireId versionId invitationValidDays reminderDelaysHours\n  units { id name }\n  links { id url token qrCodeSvgUrl qrCodePngUrl embedHtml embedScript unit { id name code } }\n  stats { invited queued sent delivered opened started completed bounced failed expired optedOut responseRate responses }\n} }": typeof types.DistributionDocument,
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
    "query MyAssignments {\n  myAssignments {\n    id planName scheduledFor dueDate status visitId questionnaireVersionId scoringSheet\n    unit { id code name } keyClient { id name } kind { id key label }\n  }\n}": typeof types.MyAssignmentsDocument,
    "query MyVisits {\n  myVisits { id endedAt unit { id name } keyClient { id name } kind { id label } }\n}": typeof types.MyVisitsDocument,
    "mutation SubmitVisit($input: SubmitVisitInput!) {\n  submitVisit(input: $input) { id rootId clientId }\n}": typeof types.SubmitVisitDocument,
    "query VisitPlans($unitId: ID!) {\n  visitPlans(unitId: $unitId) { id name purpose dates endDate dueDays kind { id label } }\n}": typeof types.VisitPlansDocument,
    "query PlanProgress($planId: ID!) {\n  planProgress(planId: $planId) {\n    asOf\n    rows { total done open overdue missed unit { id code name } inspector { id name } }\n  }\n  planAssignments(planId: $planId) {\n    id scheduledFor dueDate status visitId unit { id code name } inspector { id name } keyClient { id name }\n  }\n}": typeof types.PlanProgressDocument,
    "query FieldworkInspectors {\n  inspectors { id name category active unitIds }\n}": typeof types.FieldworkInspectorsDocument,
    "mutation ReassignAssignment($assignmentId: ID!, $inspectorId: ID!) {\n  reassignAssignment(assignmentId: $assignmentId, inspectorId: $inspectorId) { id inspector { id name } }\n}": typeof types.ReassignAssignmentDocument,
    "query VisitRecord($id: ID!) {\n  visit(id: $id) { id rootId revision clientId assignmentId startedAt endedAt submittedAt supersededAt correctionReason\n    answers unit { id code name } inspector { id name category } kind { id label } keyClient { id name }\n    staff { id name post } nonConformities { title severity note question }\n    evidence { id fileName mimeType size url } }\n  visitHistory(id: $id) { id revision submittedAt supersededAt correctionReason }\n}": typeof types.VisitRecordDocument,
    "query UnitVisits($unitId: ID!) {\n  unitVisits(unitId: $unitId) {\n    id endedAt unit { id code name } inspector { id name } kind { id label } keyClient { id name }\n    nonConformities { severity }\n  }\n}": typeof types.UnitVisitsDocument,
    "query KeyClients($unitId: ID!) {\n  keyClients(unitId: $unitId) { id name kind owner tier purgedAt active }\n}": typeof types.KeyClientsDocument,
    "query KeyClientReportPage($keyClientId: ID!, $from: String!, $to: String!, $questions: [String!]) {\n  keyClientReport(keyClientId: $keyClientId, from: $from, to: $to, questions: $questions) {\n    visitCount score nonConformities keyClient { id name }\n    items { question mean n }\n    notes { visitId endedAt question text }\n  }\n}": typeof types.KeyClientReportPageDocument,
    "query UnitStaff($unitId: ID!) {\n  staffMembers(unitId: $unitId) { id name post active }\n}": typeof types.UnitStaffDocument,
    "mutation OpenCaseFromVisit($input: CreateCaseInput!) {\n  createCase(input: $input) { id reference }\n}": typeof types.OpenCaseFromVisitDocument,
    "query RegisterUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": typeof types.RegisterUnitsDocument,
    "query StaffRegister($unitId: ID!) {\n  staffMembers(unitId: $unitId) { id name code post active }\n}": typeof types.StaffRegisterDocument,
    "query ServedStaff($unitId: ID!) { unitStaff(unitId: $unitId) { id name code post } }": typeof types.ServedStaffDocument,
    "query RegisterForms($unitId: ID!) {\n  inspectionKinds { id key label crossUnit }\n  inspectors(under: $unitId) { id name category active unitIds homeUnitId }\n  keyClients(unitId: $unitId) { id name active }\n  questionnaires(first: 100) { edges { node { id title latestVersionNumber } } }\n}": typeof types.RegisterFormsDocument,
    "mutation AddStaffMember($input: AddStaffMemberInput!) {\n  addStaffMember(input: $input) { id name code post }\n}": typeof types.AddStaffMemberDocument,
    "mutation CreateInspectionKind($input: CreateInspectionKindInput!) {\n  createInspectionKind(input: $input) { id key label }\n}": typeof types.CreateInspectionKindDocument,
    "mutation RegisterInspector($input: RegisterInspectorInput!) {\n  registerInspector(input: $input) { id name }\n}": typeof types.RegisterInspectorDocument,
    "mutation AddKeyClient($input: AddKeyClientInput!) {\n  addKeyClient(input: $input) { id name }\n}": typeof types.AddKeyClientDocument,
    "mutation CreateVisitPlan($input: CreateVisitPlanInput!) {\n  createVisitPlan(input: $input) { id name }\n}": typeof types.CreateVisitPlanDocument,
    "query PlanSheet($id: ID!) { questionnaire(id: $id) { id versions { id number } } }": typeof types.PlanSheetDocument,
    "mutation UpdateStaffMember($input: UpdateStaffMemberInput!) {\n  updateStaffMember(input: $input) { id name code post active }\n}": typeof types.UpdateStaffMemberDocument,
    "mutation UpdateKeyClient($input: UpdateKeyClientInput!) {\n  updateKeyClient(input: $input) { id name owner tier active }\n}": typeof types.UpdateKeyClientDocument,
    "mutation UpdateInspector($input: UpdateInspectorInput!) {\n  updateInspector(input: $input) { id name category unitIds homeUnitId active }\n}": typeof types.UpdateInspectorDocument,
    "query VisitExists($id: ID!) { visit(id: $id) { id } }": typeof types.VisitExistsDocument,
    "query HomeAttention($input: ScoresInput!) {\n  cases(first: 5, filter: { overdue: true }) { totalCount edges { node { id reference unitName } } }\n  actions(first: 5, filter: { overdue: true }) { totalCount edges { node { id title deadline unit { name } } } }\n  ranking(input: $input, depth: 2) { unit { id name } rank score }\n}": typeof types.HomeAttentionDocument,
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
    "query ScheduledExports {\n  scheduledExports {\n    id name unitId contents format periodKind modelId questionnaireId language emails folder paused createdAt\n    lastRun { periodStart ranAt files status attempt error errorCode }\n  }\n}": typeof types.ScheduledExportsDocument,
    "query ExportQuestionnaires { questionnaires(first: 200) { edges { node { id title } } } }": typeof types.ExportQuestionnairesDocument,
    "mutation CreateScheduledExport($input: CreateScheduledExportInput!) {\n  createScheduledExport(input: $input) { id }\n}": typeof types.CreateScheduledExportDocument,
    "mutation UpdateScheduledExport($id: ID!, $input: CreateScheduledExportInput!) {\n  updateScheduledExport(id: $id, input: $input) { id }\n}": typeof types.UpdateScheduledExportDocument,
    "mutation PauseScheduledExport($id: ID!, $paused: Boolean!) {\n  pauseScheduledExport(id: $id, paused: $paused) { id paused }\n}": typeof types.PauseScheduledExportDocument,
    "mutation DeleteScheduledExport($id: ID!) { deleteScheduledExport(id: $id) }": typeof types.DeleteScheduledExportDocument,
    "query ReportArchive($unitId: ID!, $subtree: Boolean!) {\n  reports(unitId: $unitId, subtree: $subtree) {\n    id unitId status number periodKind periodStart language issuedByName issuedAt createdAt\n  }\n}": typeof types.ReportArchiveDocument,
    "query ReportDetail($id: ID!) {\n  report(id: $id) {\n    id unitId status number periodKind periodStart periodEnd language content commentary\n    unitNotes { unitId unitName requirements advice }\n    issuedByName issuedAt createdAt htmlPath pdfPath\n  }\n}": typeof types.ReportDetailDocument,
    "query ReportModels { indicatorModels(first: 100) { edges { node { id name latestVersionNumber } } } }": typeof types.ReportModelsDocument,
    "mutation CreateReportDraft($input: CreateReportDraftInput!) {\n  createReportDraft(input: $input) { id }\n}": typeof types.CreateReportDraftDocument,
    "mutation EditReportDraft($input: EditReportDraftInput!) {\n  editReportDraft(input: $input) { id commentary unitNotes { unitId unitName requirements advice } }\n}": typeof types.EditReportDraftDocument,
    "mutation RefreshReportDraft($id: ID!) { refreshReportDraft(id: $id) { id } }": typeof types.RefreshReportDraftDocument,
    "mutation IssueReport($id: ID!) { issueReport(id: $id) { id status number } }": typeof types.IssueReportDocument,
    "query ReportSubscriptions($unitId: ID!) {\n  reportSubscriptions(unitId: $unitId) { id unitId modelId periodKind language emails userIds autoIssue createdAt }\n}": typeof types.ReportSubscriptionsDocument,
    "mutation CreateReportSubscription($input: CreateReportSubscriptionInput!) {\n  createReportSubscription(input: $input) { id }\n}": typeof types.CreateReportSubscriptionDocument,
    "mutation DeleteReportSubscription($id: ID!) { deleteReportSubscription(id: $id) }": typeof types.DeleteReportSubscriptionDocument,
    "query ReportUsers { users(first: 200) { edges { node { id displayName email } } } }": typeof types.ReportUsersDocument,
    "query ReportExists($id: ID!) { report(id: $id) { id } }": typeof types.ReportExistsDocument,
    "query BrowseResponses($filter: ResponseFilterInput!, $after: String) {\n  responses(first: 25, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } edges { node {\n    id completedAt channel category excludedAt excludedReason unit { name } questionnaireVersion { id number }\n  } } }\n}": typeof types.BrowseResponsesDocument,
    "query ResponseDetail($id: ID!) { response(id: $id) {\n  id completedAt channel category language excludedAt excludedReason answers unit { name } questionnaireVersion { id number }\n} }": typeof types.ResponseDetailDocument,
    "mutation ExcludeResponse($id: ID!, $reason: String!) { excludeResponse(id: $id, reason: $reason) { id excludedAt excludedReason } }": typeof types.ExcludeResponseDocument,
    "mutation IncludeResponse($id: ID!, $reason: String!) { includeResponse(id: $id, reason: $reason) { id excludedAt excludedReason } }": typeof types.IncludeResponseDocument,
    "query BreakdownView($input: ScoresInput!, $by: BreakdownDimension!, $question: String) {\n  breakdown(input: $input, by: $by, question: $question) {\n    by\n    values { value responseCount unit { id name }\n      nodes { key parentKey label score restScore deltaRest n ci95 significant withheldReason } }\n  }\n}": typeof types.BreakdownViewDocument,
    "query EqualTreatmentView($input: ScoresInput!, $nodeKey: String) {\n  equalTreatment(input: $input, nodeKey: $nodeKey) {\n    nodeKey\n    sides { by spread highest lowest groups { value score n } significantPairs { higher lower delta } }\n  }\n}": typeof types.EqualTreatmentViewDocument,
    "query PublishedModels { indicatorModels(first: 100) { edges { node { id name latestVersionNumber } } } }": typeof types.PublishedModelsDocument,
    "query Dashboard($input: ScoresInput!) {\n  scores(input: $input) {\n    responseCount\n    nodes { key parentKey kind label score band { key label } n ci95 partial lostPoints belowMinimum withheldReason\n      target distanceToTarget }\n    questions { nodeKey question row title score n ci95 belowMinimum withheldReason }\n    bandDistribution { band { key label min max } count share }\n    modelVersion { id number definition { json } }\n  }\n  scoreSeries(input: $input, granularity: MONTH) { label responseCount nodes { key score } deltaPrevious { delta significant } }\n  ranking(input: $input) { unit { id name } rank score n insufficient belowMinimum withheldReason band { label } }\n}": typeof types.DashboardDocument,
    "query DashboardCharts($input: ScoresInput!) {\n  scores(input: $input) {\n    responseCount\n    nodes { key parentKey kind label score band { key label } n ci95 partial lostPoints belowMinimum withheldReason\n      target distanceToTarget }\n    questions { nodeKey question row title score n ci95 belowMinimum withheldReason }\n    bandDistribution { band { key label min max } count share }\n    modelVersion { id number definition { json } }\n  }\n  scoreSeries(input: $input, granularity: MONTH) { label responseCount nodes { key score } deltaPrevious { delta significant } }\n}": typeof types.DashboardChartsDocument,
    "query DashboardRanking($input: ScoresInput!) {\n  ranking(input: $input) { unit { id name } rank score n insufficient belowMinimum withheldReason band { label } }\n}": typeof types.DashboardRankingDocument,
    "query DashboardUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": typeof types.DashboardUnitsDocument,
    "query UnitPath($id: ID!) { orgUnit(id: $id) { id name ancestors { id name } } }": typeof types.UnitPathDocument,
    "query FilterVersions($id: ID!) { questionnaire(id: $id) { id title versions { id number } } }": typeof types.FilterVersionsDocument,
    "query Comments($filter: ResponseFilterInput!) { responses(first: 50, filter: $filter) { pageInfo { hasNextPage } edges { node {\n  id completedAt answers channel unit { name } questionnaireVersion { id }\n} } } }": typeof types.CommentsDocument,
    "query CommentVersion($id: ID!) { questionnaireVersion(id: $id) { id definition } }": typeof types.CommentVersionDocument,
    "query QuestionSummaries($input: QuestionSummariesInput!) {\n  questionSummaries(input: $input) { responseCount questions {\n    name title kind n mean top2 nps withheldReason distribution { label count share } texts { text completedAt unitName }\n  } }\n}": typeof types.QuestionSummariesDocument,
    "query StaffBreakdownView($input: ScoresInput!, $by: BreakdownDimension!) {\n  breakdown(input: $input, by: $by) {\n    values { value responseCount staff { id name post } nodes { key parentKey score restScore withheldReason } }\n  }\n}": typeof types.StaffBreakdownViewDocument,
    "query SurveyByToken($token: String!, $resumeKey: String) { surveyByToken(token: $token, resumeKey: $resumeKey) { definition versionNumber languages channel testMode answers branding { name logoDataUrl primaryColor privacyNotice { language text } } formTicket minFillSeconds serviceSituations { code labels { language text } } } }": typeof types.SurveyByTokenDocument,
    "mutation SavePartialResponse($input: SavePartialResponseInput!) { savePartialResponse(input: $input) { resumeKey } }": typeof types.SavePartialResponseDocument,
    "\n  fragment ViewerFields on Viewer {\n    kind\n    permissions\n    user { displayName email }\n    organization { name headOffice { id name } }\n    grants { unit { id name } }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "mutation Login($input: LoginInput!) { login(input: $input) { ...ViewerFields } }": typeof types.LoginDocument,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "query Me { me { ...ViewerFields } }": typeof types.MeDocument,
    "query SwitcherUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": typeof types.SwitcherUnitsDocument,
    "query PickerQuestionnaires { questionnaires(first: 200) { edges { node { id title } } } }": typeof types.PickerQuestionnairesDocument,
    "mutation ApprovePickedComment($input: ApproveCommentInput!) {\n  approveTransparencyComment(input: $input) { id }\n}": typeof types.ApprovePickedCommentDocument,
    "mutation WithdrawPickedComment($id: ID!) { withdrawTransparencyComment(id: $id) }": typeof types.WithdrawPickedCommentDocument,
    "query PublicCommitments {\n  serviceCommitments { id text unitId source target published }\n  orgUnits(first: 200) { edges { node { id name } } }\n}": typeof types.PublicCommitmentsDocument,
    "mutation PublishCommitment($input: UpdateCommitmentInput!) {\n  updateServiceCommitment(input: $input) { id published }\n}": typeof types.PublishCommitmentDocument,
    "query Publication {\n  transparencySettings { enabled modelId unitIds actionIds period }\n  publishedComments { id unitId responseId question text }\n  orgUnits(first: 200) { edges { node { id name code } } }\n  indicatorModels(first: 50) { edges { node { id name } } }\n  actions(first: 100, filter: { status: [CLOSED] }) { edges { node { id title } } }\n}": typeof types.PublicationDocument,
    "mutation SavePublication($input: TransparencySettingsInput!) {\n  updateTransparencySettings(input: $input) { enabled modelId unitIds actionIds period }\n}": typeof types.SavePublicationDocument,
    "mutation WithdrawPublicComment($id: ID!) { withdrawTransparencyComment(id: $id) }": typeof types.WithdrawPublicCommentDocument,
    "query UnitTree { orgUnits(first: 200) { edges { node { id code name kind depth weight parent { id } } } } }": typeof types.UnitTreeDocument,
    "mutation CreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }": typeof types.CreateUnitDocument,
    "mutation UpdateUnit($input: UpdateOrgUnitInput!) { updateOrgUnit(input: $input) { id } }": typeof types.UpdateUnitDocument,
    "mutation MoveUnit($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { id } }": typeof types.MoveUnitDocument,
    "query WebhookList { outboundWebhooks { id name url unitId events disabledAt } }": typeof types.WebhookListDocument,
    "query WebhookLog($id: ID!) {\n  webhookDeliveries(webhookId: $id) { id event status createdAt attempts { at statusCode error } }\n}": typeof types.WebhookLogDocument,
    "mutation CreateWebhook($input: CreateOutboundWebhookInput!) {\n  createOutboundWebhook(input: $input) { secret webhook { id } }\n}": typeof types.CreateWebhookDocument,
    "mutation ReplayDelivery($id: ID!) { replayWebhookDelivery(deliveryId: $id) { id } }": typeof types.ReplayDeliveryDocument,
};
const documents: Documents = {
    "query InvitationPreview($token: String!) { invitation(token: $token) { email displayName organizationName expiresAt } }": types.InvitationPreviewDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }": types.AcceptInvitationDocument,
    "mutation ChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }": types.ChangePasswordDocument,
    "query AccountTotp { me { totpEnabled grants { role } } }": types.AccountTotpDocument,
    "mutation StartTotp($password: String!) { startTotpEnrolment(password: $password) { uri secret qrCode } }": types.StartTotpDocument,
    "mutation ConfirmTotp($code: String!) { confirmTotpEnrolment(code: $code) }": types.ConfirmTotpDocument,
    "mutation DisableTotp($password: String!, $code: String!) { disableTotp(password: $password, code: $code) }": types.DisableTotpDocument,
    "query ActionList($filter: ActionFilterInput, $first: Int) {\n  actions(filter: $filter, first: $first) {\n    totalCount\n    edges { node {\n      id title status deadline daysLeft overdue verdict indicatorKey\n      sourceKind sourceLabel question baselineScore baselineValue baselineN\n      unit { id name } responsible { id displayName }\n    } }\n  }\n}": types.ActionListDocument,
    "query ActionDetail($id: ID!) {\n  action(id: $id) {\n    id title status problem measures deadline daysLeft overdue verdict accountability team sourceKind sourceId sourceLabel\n    indicatorKey question targetKind targetValue requireSignificant recheckFrom recheckTo cancelReason\n    baselineFrom baselineTo baselineScore baselineValue baselineN baselineCi95 createdAt submittedAt\n    unit { id name } responsible { id displayName email }\n    rechecks {\n      id trigger verdict reason reasonCode targetKind targetValue checkedAt minResponses delta significant\n      beforeFrom beforeTo beforeScore beforeValue beforeN beforeCi95\n      afterFrom afterTo afterScore afterValue afterN afterCi95\n    }\n    history { id text status fileName mimeType size createdAt }\n    escalations { id step createdAt emailed recipients }\n    consequences { id category text decidedAt }\n    trend { label phase score value n ci95 }\n  }\n}": types.ActionDetailDocument,
    "query ActionPeople($unitId: ID!, $role: Role) {\n  actionPeople(unitId: $unitId, role: $role) { id displayName email }\n}": types.ActionPeopleDocument,
    "query ActionModels {\n  indicatorModels(first: 100) { edges { node { id name latestVersionNumber versions { number definition { json } } } } }\n}": types.ActionModelsDocument,
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
    "query ApiKeyList($after: String, $includeRevoked: Boolean!) {\n  apiKeys(first: 50, after: $after, includeRevoked: $includeRevoked) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id name role scopes createdAt expiresAt lastUsedAt revokedAt unit { id name } } }\n  }\n}": types.ApiKeyListDocument,
    "mutation CreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) { token apiKey { id name } }\n}": types.CreateApiKeyDocument,
    "mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }": types.RevokeApiKeyDocument,
    "mutation ExportContactData($input: ContactDataInput!) { exportContactData(input: $input) }": types.ExportContactDataDocument,
    "mutation EraseContactData($input: ContactDataInput!) {\n  eraseContactData(input: $input) { contacts cases keyClients }\n}": types.EraseContactDataDocument,
    "mutation CreateMetric($input: MetricInput!) { createMetric(input: $input) { id key } }": types.CreateMetricDocument,
    "mutation RecordMetric($input: RecordMetricInput!) { recordMetric(input: $input) { id } }": types.RecordMetricDocument,
    "mutation ImportMetricValues($input: ImportMetricValuesInput!) {\n  importMetricValues(input: $input) { imported rowErrors { row message } }\n}": types.ImportMetricValuesDocument,
    "query MetricList {\n  metrics { id key label measurementUnit kind worst target denominatorLabel }\n}": types.MetricListDocument,
    "query MetricObservationList($metricKey: String!, $unitId: ID!, $after: String) {\n  metricObservations(metricKey: $metricKey, unitId: $unitId, first: 50, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges {\n      node {\n        id periodStart periodEnd value denominator updatedAt unit { id name }\n        history { id changedAt valueBefore valueAfter denominatorBefore denominatorAfter }\n      }\n    }\n  }\n}": types.MetricObservationListDocument,
    "query OrganisationSettings {\n  organization {\n    id name timeZone languages minGroupSize\n    branding { logoDataUrl primaryColor privacyNotice { language text } }\n    serviceSituations { code labels { language text } }\n  }\n}": types.OrganisationSettingsDocument,
    "mutation UpdateOrganisation($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) { id name timeZone languages minGroupSize }\n}": types.UpdateOrganisationDocument,
    "query UserList($filter: UserFilterInput, $after: String) {\n  users(filter: $filter, first: 20, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id email displayName disabledAt createdAt roleAssignments { id role unit { id name } } } }\n  }\n}": types.UserListDocument,
    "mutation InviteUser($input: InviteUserInput!) { inviteUser(input: $input) { id email } }": types.InviteUserDocument,
    "mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }": types.DeactivateUserDocument,
    "mutation ReactivateUser($id: ID!) { reactivateUser(id: $id) { id } }": types.ReactivateUserDocument,
    "query MyCasesBadge { myCases { open overdue } }": types.MyCasesBadgeDocument,
    "query CaseList($filter: CaseFilterInput, $first: Int) {\n  cases(filter: $filter, first: $first) {\n    totalCount\n    edges { node { id reference state origin priority channel description receivedAt dueAt overdue ownerName unitName } }\n  }\n}": types.CaseListDocument,
    "query CaseCategories {\n  caseCategories {\n    id code name parentId\n    acknowledgeDays { LOW NORMAL HIGH URGENT }\n    resolveDays { LOW NORMAL HIGH URGENT }\n  }\n}": types.CaseCategoriesDocument,
    "mutation CreateCase($input: CreateCaseInput!) {\n  createCase(input: $input) { id reference }\n}": types.CreateCaseDocument,
    "query CaseDetail($id: ID!) {\n  case(id: $id) {\n    id reference origin state unitId unitName categoryId priority channel description language ownerId ownerName\n    responseId receivedAt acknowledgeDueAt resolveDueAt dueAt currentStep overdue hasContact\n    staff { name post }\n    rejectionReason resolution responsibility cause compensation agreement reopenCount resolvedOnTime\n    allowedMoves canHandle\n    timeline { id at kind state note actorName unitId }\n    attachments { id fileName mediaType size createdAt }\n    followUp { invitationStatus deliveredAt answeredAt score satisfied satisfiedFrom }\n  }\n}": types.CaseDetailDocument,
    "mutation ChangeCaseState($input: ChangeCaseStateInput!) {\n  changeCaseState(input: $input) { id state }\n}": types.ChangeCaseStateDocument,
    "mutation AddCaseNote($input: AddCaseNoteInput!) {\n  addCaseNote(input: $input) { id }\n}": types.AddCaseNoteDocument,
    "mutation SaveCaseCategory($input: SaveCaseCategoryInput!) {\n  saveCaseCategory(input: $input) { id }\n}": types.SaveCaseCategoryDocument,
    "query AlertRules {\n  alertRules { id name questionnaireId condition question threshold values priority active modelId indicatorKey period }\n}": types.AlertRulesDocument,
    "mutation SaveAlertRule($input: SaveAlertRuleInput!) {\n  saveAlertRule(input: $input) { id }\n}": types.SaveAlertRuleDocument,
    "query RuleQuestionnaires {\n  questionnaires(first: 200) { edges { node { id title } } }\n}": types.RuleQuestionnairesDocument,
    "query RuleModels {\n  indicatorModels(first: 100) { edges { node {\n    id name latestVersionNumber versions { number definition { nodes { key label depth } bands { key label } } }\n  } } }\n}": types.RuleModelsDocument,
    "query CaseAnalysis($input: CaseAnalysisInput!) {\n  caseAnalysis(input: $input) {\n    key label received accepted resolved resolvedOnTime reopened satisfied followUpsAnswered perThousandClients\n  }\n}": types.CaseAnalysisDocument,
    "query CaseAssignees($id: ID!, $unitId: ID) {\n  case(id: $id) { id assignees(unitId: $unitId) { id displayName } }\n}": types.CaseAssigneesDocument,
    "query AlertResponse($id: ID!) {\n  response(id: $id) { id submittedAt score bandKey channel answers }\n}": types.AlertResponseDocument,
    "query CaseSettings {\n  caseSettings { remindOwnerAfterHours unitManagerAfterHours parentManagerAfterHours satisfiedFrom updatedAt }\n}": types.CaseSettingsDocument,
    "mutation SaveCaseSettings($input: SaveCaseSettingsInput!) {\n  saveCaseSettings(input: $input) { remindOwnerAfterHours unitManagerAfterHours parentManagerAfterHours satisfiedFrom }\n}": types.SaveCaseSettingsDocument,
    "mutation CaseFormLink($unitId: ID!) {\n  createCaseIntakeLink(unitId: $unitId) { id token url qrCodeSvgUrl qrCodePngUrl }\n}": types.CaseFormLinkDocument,
    "query CaseExists($id: ID!) { case(id: $id) { id } }": types.CaseExistsDocument,
    "query FollowUpUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": types.FollowUpUnitsDocument,
    "query DistributionPermissions { me { permissions } }": types.DistributionPermissionsDocument,
    "query Distributions($filter: DistributionFilterInput) { distributions(first: 200, filter: $filter) { totalCount edges { node {\n  id name channel status createdAt questionnaireId versionId units { id name }\n  stats { invited completed responses responseRate }\n} } } }": types.DistributionsDocument,
    "query DistributionFormOptions {\n  questionnaires(first: 200) { edges { node { id title status versions { id number } } } }\n  orgUnits(first: 200) { edges { node { id name code depth } } }\n}": types.DistributionFormOptionsDocument,
    "mutation CreateDistribution($input: CreateDistributionInput!) { createDistribution(input: $input) { id } }": types.CreateDistributionDocument,
    "query Distribution($id: ID!) { distribution(id: $id) {\n  id name channel status anonymity quota opensAt closesAt languages respondentCategory askServiceSituation completedCount questionnaireId versionId invitationValidDays reminderDelaysHours\n  units { id name }\n  links { id url token qrCodeSvgUrl qrCodePngUrl embedHtml embedScript unit { id name code } }\n  stats { invited queued sent delivered opened started completed bounced failed expired optedOut responseRate responses }\n} }": types.DistributionDocument,
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
    "query MyAssignments {\n  myAssignments {\n    id planName scheduledFor dueDate status visitId questionnaireVersionId scoringSheet\n    unit { id code name } keyClient { id name } kind { id key label }\n  }\n}": types.MyAssignmentsDocument,
    "query MyVisits {\n  myVisits { id endedAt unit { id name } keyClient { id name } kind { id label } }\n}": types.MyVisitsDocument,
    "mutation SubmitVisit($input: SubmitVisitInput!) {\n  submitVisit(input: $input) { id rootId clientId }\n}": types.SubmitVisitDocument,
    "query VisitPlans($unitId: ID!) {\n  visitPlans(unitId: $unitId) { id name purpose dates endDate dueDays kind { id label } }\n}": types.VisitPlansDocument,
    "query PlanProgress($planId: ID!) {\n  planProgress(planId: $planId) {\n    asOf\n    rows { total done open overdue missed unit { id code name } inspector { id name } }\n  }\n  planAssignments(planId: $planId) {\n    id scheduledFor dueDate status visitId unit { id code name } inspector { id name } keyClient { id name }\n  }\n}": types.PlanProgressDocument,
    "query FieldworkInspectors {\n  inspectors { id name category active unitIds }\n}": types.FieldworkInspectorsDocument,
    "mutation ReassignAssignment($assignmentId: ID!, $inspectorId: ID!) {\n  reassignAssignment(assignmentId: $assignmentId, inspectorId: $inspectorId) { id inspector { id name } }\n}": types.ReassignAssignmentDocument,
    "query VisitRecord($id: ID!) {\n  visit(id: $id) { id rootId revision clientId assignmentId startedAt endedAt submittedAt supersededAt correctionReason\n    answers unit { id code name } inspector { id name category } kind { id label } keyClient { id name }\n    staff { id name post } nonConformities { title severity note question }\n    evidence { id fileName mimeType size url } }\n  visitHistory(id: $id) { id revision submittedAt supersededAt correctionReason }\n}": types.VisitRecordDocument,
    "query UnitVisits($unitId: ID!) {\n  unitVisits(unitId: $unitId) {\n    id endedAt unit { id code name } inspector { id name } kind { id label } keyClient { id name }\n    nonConformities { severity }\n  }\n}": types.UnitVisitsDocument,
    "query KeyClients($unitId: ID!) {\n  keyClients(unitId: $unitId) { id name kind owner tier purgedAt active }\n}": types.KeyClientsDocument,
    "query KeyClientReportPage($keyClientId: ID!, $from: String!, $to: String!, $questions: [String!]) {\n  keyClientReport(keyClientId: $keyClientId, from: $from, to: $to, questions: $questions) {\n    visitCount score nonConformities keyClient { id name }\n    items { question mean n }\n    notes { visitId endedAt question text }\n  }\n}": types.KeyClientReportPageDocument,
    "query UnitStaff($unitId: ID!) {\n  staffMembers(unitId: $unitId) { id name post active }\n}": types.UnitStaffDocument,
    "mutation OpenCaseFromVisit($input: CreateCaseInput!) {\n  createCase(input: $input) { id reference }\n}": types.OpenCaseFromVisitDocument,
    "query RegisterUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": types.RegisterUnitsDocument,
    "query StaffRegister($unitId: ID!) {\n  staffMembers(unitId: $unitId) { id name code post active }\n}": types.StaffRegisterDocument,
    "query ServedStaff($unitId: ID!) { unitStaff(unitId: $unitId) { id name code post } }": types.ServedStaffDocument,
    "query RegisterForms($unitId: ID!) {\n  inspectionKinds { id key label crossUnit }\n  inspectors(under: $unitId) { id name category active unitIds homeUnitId }\n  keyClients(unitId: $unitId) { id name active }\n  questionnaires(first: 100) { edges { node { id title latestVersionNumber } } }\n}": types.RegisterFormsDocument,
    "mutation AddStaffMember($input: AddStaffMemberInput!) {\n  addStaffMember(input: $input) { id name code post }\n}": types.AddStaffMemberDocument,
    "mutation CreateInspectionKind($input: CreateInspectionKindInput!) {\n  createInspectionKind(input: $input) { id key label }\n}": types.CreateInspectionKindDocument,
    "mutation RegisterInspector($input: RegisterInspectorInput!) {\n  registerInspector(input: $input) { id name }\n}": types.RegisterInspectorDocument,
    "mutation AddKeyClient($input: AddKeyClientInput!) {\n  addKeyClient(input: $input) { id name }\n}": types.AddKeyClientDocument,
    "mutation CreateVisitPlan($input: CreateVisitPlanInput!) {\n  createVisitPlan(input: $input) { id name }\n}": types.CreateVisitPlanDocument,
    "query PlanSheet($id: ID!) { questionnaire(id: $id) { id versions { id number } } }": types.PlanSheetDocument,
    "mutation UpdateStaffMember($input: UpdateStaffMemberInput!) {\n  updateStaffMember(input: $input) { id name code post active }\n}": types.UpdateStaffMemberDocument,
    "mutation UpdateKeyClient($input: UpdateKeyClientInput!) {\n  updateKeyClient(input: $input) { id name owner tier active }\n}": types.UpdateKeyClientDocument,
    "mutation UpdateInspector($input: UpdateInspectorInput!) {\n  updateInspector(input: $input) { id name category unitIds homeUnitId active }\n}": types.UpdateInspectorDocument,
    "query VisitExists($id: ID!) { visit(id: $id) { id } }": types.VisitExistsDocument,
    "query HomeAttention($input: ScoresInput!) {\n  cases(first: 5, filter: { overdue: true }) { totalCount edges { node { id reference unitName } } }\n  actions(first: 5, filter: { overdue: true }) { totalCount edges { node { id title deadline unit { name } } } }\n  ranking(input: $input, depth: 2) { unit { id name } rank score }\n}": types.HomeAttentionDocument,
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
    "query ScheduledExports {\n  scheduledExports {\n    id name unitId contents format periodKind modelId questionnaireId language emails folder paused createdAt\n    lastRun { periodStart ranAt files status attempt error errorCode }\n  }\n}": types.ScheduledExportsDocument,
    "query ExportQuestionnaires { questionnaires(first: 200) { edges { node { id title } } } }": types.ExportQuestionnairesDocument,
    "mutation CreateScheduledExport($input: CreateScheduledExportInput!) {\n  createScheduledExport(input: $input) { id }\n}": types.CreateScheduledExportDocument,
    "mutation UpdateScheduledExport($id: ID!, $input: CreateScheduledExportInput!) {\n  updateScheduledExport(id: $id, input: $input) { id }\n}": types.UpdateScheduledExportDocument,
    "mutation PauseScheduledExport($id: ID!, $paused: Boolean!) {\n  pauseScheduledExport(id: $id, paused: $paused) { id paused }\n}": types.PauseScheduledExportDocument,
    "mutation DeleteScheduledExport($id: ID!) { deleteScheduledExport(id: $id) }": types.DeleteScheduledExportDocument,
    "query ReportArchive($unitId: ID!, $subtree: Boolean!) {\n  reports(unitId: $unitId, subtree: $subtree) {\n    id unitId status number periodKind periodStart language issuedByName issuedAt createdAt\n  }\n}": types.ReportArchiveDocument,
    "query ReportDetail($id: ID!) {\n  report(id: $id) {\n    id unitId status number periodKind periodStart periodEnd language content commentary\n    unitNotes { unitId unitName requirements advice }\n    issuedByName issuedAt createdAt htmlPath pdfPath\n  }\n}": types.ReportDetailDocument,
    "query ReportModels { indicatorModels(first: 100) { edges { node { id name latestVersionNumber } } } }": types.ReportModelsDocument,
    "mutation CreateReportDraft($input: CreateReportDraftInput!) {\n  createReportDraft(input: $input) { id }\n}": types.CreateReportDraftDocument,
    "mutation EditReportDraft($input: EditReportDraftInput!) {\n  editReportDraft(input: $input) { id commentary unitNotes { unitId unitName requirements advice } }\n}": types.EditReportDraftDocument,
    "mutation RefreshReportDraft($id: ID!) { refreshReportDraft(id: $id) { id } }": types.RefreshReportDraftDocument,
    "mutation IssueReport($id: ID!) { issueReport(id: $id) { id status number } }": types.IssueReportDocument,
    "query ReportSubscriptions($unitId: ID!) {\n  reportSubscriptions(unitId: $unitId) { id unitId modelId periodKind language emails userIds autoIssue createdAt }\n}": types.ReportSubscriptionsDocument,
    "mutation CreateReportSubscription($input: CreateReportSubscriptionInput!) {\n  createReportSubscription(input: $input) { id }\n}": types.CreateReportSubscriptionDocument,
    "mutation DeleteReportSubscription($id: ID!) { deleteReportSubscription(id: $id) }": types.DeleteReportSubscriptionDocument,
    "query ReportUsers { users(first: 200) { edges { node { id displayName email } } } }": types.ReportUsersDocument,
    "query ReportExists($id: ID!) { report(id: $id) { id } }": types.ReportExistsDocument,
    "query BrowseResponses($filter: ResponseFilterInput!, $after: String) {\n  responses(first: 25, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } edges { node {\n    id completedAt channel category excludedAt excludedReason unit { name } questionnaireVersion { id number }\n  } } }\n}": types.BrowseResponsesDocument,
    "query ResponseDetail($id: ID!) { response(id: $id) {\n  id completedAt channel category language excludedAt excludedReason answers unit { name } questionnaireVersion { id number }\n} }": types.ResponseDetailDocument,
    "mutation ExcludeResponse($id: ID!, $reason: String!) { excludeResponse(id: $id, reason: $reason) { id excludedAt excludedReason } }": types.ExcludeResponseDocument,
    "mutation IncludeResponse($id: ID!, $reason: String!) { includeResponse(id: $id, reason: $reason) { id excludedAt excludedReason } }": types.IncludeResponseDocument,
    "query BreakdownView($input: ScoresInput!, $by: BreakdownDimension!, $question: String) {\n  breakdown(input: $input, by: $by, question: $question) {\n    by\n    values { value responseCount unit { id name }\n      nodes { key parentKey label score restScore deltaRest n ci95 significant withheldReason } }\n  }\n}": types.BreakdownViewDocument,
    "query EqualTreatmentView($input: ScoresInput!, $nodeKey: String) {\n  equalTreatment(input: $input, nodeKey: $nodeKey) {\n    nodeKey\n    sides { by spread highest lowest groups { value score n } significantPairs { higher lower delta } }\n  }\n}": types.EqualTreatmentViewDocument,
    "query PublishedModels { indicatorModels(first: 100) { edges { node { id name latestVersionNumber } } } }": types.PublishedModelsDocument,
    "query Dashboard($input: ScoresInput!) {\n  scores(input: $input) {\n    responseCount\n    nodes { key parentKey kind label score band { key label } n ci95 partial lostPoints belowMinimum withheldReason\n      target distanceToTarget }\n    questions { nodeKey question row title score n ci95 belowMinimum withheldReason }\n    bandDistribution { band { key label min max } count share }\n    modelVersion { id number definition { json } }\n  }\n  scoreSeries(input: $input, granularity: MONTH) { label responseCount nodes { key score } deltaPrevious { delta significant } }\n  ranking(input: $input) { unit { id name } rank score n insufficient belowMinimum withheldReason band { label } }\n}": types.DashboardDocument,
    "query DashboardCharts($input: ScoresInput!) {\n  scores(input: $input) {\n    responseCount\n    nodes { key parentKey kind label score band { key label } n ci95 partial lostPoints belowMinimum withheldReason\n      target distanceToTarget }\n    questions { nodeKey question row title score n ci95 belowMinimum withheldReason }\n    bandDistribution { band { key label min max } count share }\n    modelVersion { id number definition { json } }\n  }\n  scoreSeries(input: $input, granularity: MONTH) { label responseCount nodes { key score } deltaPrevious { delta significant } }\n}": types.DashboardChartsDocument,
    "query DashboardRanking($input: ScoresInput!) {\n  ranking(input: $input) { unit { id name } rank score n insufficient belowMinimum withheldReason band { label } }\n}": types.DashboardRankingDocument,
    "query DashboardUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": types.DashboardUnitsDocument,
    "query UnitPath($id: ID!) { orgUnit(id: $id) { id name ancestors { id name } } }": types.UnitPathDocument,
    "query FilterVersions($id: ID!) { questionnaire(id: $id) { id title versions { id number } } }": types.FilterVersionsDocument,
    "query Comments($filter: ResponseFilterInput!) { responses(first: 50, filter: $filter) { pageInfo { hasNextPage } edges { node {\n  id completedAt answers channel unit { name } questionnaireVersion { id }\n} } } }": types.CommentsDocument,
    "query CommentVersion($id: ID!) { questionnaireVersion(id: $id) { id definition } }": types.CommentVersionDocument,
    "query QuestionSummaries($input: QuestionSummariesInput!) {\n  questionSummaries(input: $input) { responseCount questions {\n    name title kind n mean top2 nps withheldReason distribution { label count share } texts { text completedAt unitName }\n  } }\n}": types.QuestionSummariesDocument,
    "query StaffBreakdownView($input: ScoresInput!, $by: BreakdownDimension!) {\n  breakdown(input: $input, by: $by) {\n    values { value responseCount staff { id name post } nodes { key parentKey score restScore withheldReason } }\n  }\n}": types.StaffBreakdownViewDocument,
    "query SurveyByToken($token: String!, $resumeKey: String) { surveyByToken(token: $token, resumeKey: $resumeKey) { definition versionNumber languages channel testMode answers branding { name logoDataUrl primaryColor privacyNotice { language text } } formTicket minFillSeconds serviceSituations { code labels { language text } } } }": types.SurveyByTokenDocument,
    "mutation SavePartialResponse($input: SavePartialResponseInput!) { savePartialResponse(input: $input) { resumeKey } }": types.SavePartialResponseDocument,
    "\n  fragment ViewerFields on Viewer {\n    kind\n    permissions\n    user { displayName email }\n    organization { name headOffice { id name } }\n    grants { unit { id name } }\n  }\n": types.ViewerFieldsFragmentDoc,
    "mutation Login($input: LoginInput!) { login(input: $input) { ...ViewerFields } }": types.LoginDocument,
    "mutation Logout { logout }": types.LogoutDocument,
    "query Me { me { ...ViewerFields } }": types.MeDocument,
    "query SwitcherUnits { orgUnits(first: 200) { edges { node { id name depth } } } }": types.SwitcherUnitsDocument,
    "query PickerQuestionnaires { questionnaires(first: 200) { edges { node { id title } } } }": types.PickerQuestionnairesDocument,
    "mutation ApprovePickedComment($input: ApproveCommentInput!) {\n  approveTransparencyComment(input: $input) { id }\n}": types.ApprovePickedCommentDocument,
    "mutation WithdrawPickedComment($id: ID!) { withdrawTransparencyComment(id: $id) }": types.WithdrawPickedCommentDocument,
    "query PublicCommitments {\n  serviceCommitments { id text unitId source target published }\n  orgUnits(first: 200) { edges { node { id name } } }\n}": types.PublicCommitmentsDocument,
    "mutation PublishCommitment($input: UpdateCommitmentInput!) {\n  updateServiceCommitment(input: $input) { id published }\n}": types.PublishCommitmentDocument,
    "query Publication {\n  transparencySettings { enabled modelId unitIds actionIds period }\n  publishedComments { id unitId responseId question text }\n  orgUnits(first: 200) { edges { node { id name code } } }\n  indicatorModels(first: 50) { edges { node { id name } } }\n  actions(first: 100, filter: { status: [CLOSED] }) { edges { node { id title } } }\n}": types.PublicationDocument,
    "mutation SavePublication($input: TransparencySettingsInput!) {\n  updateTransparencySettings(input: $input) { enabled modelId unitIds actionIds period }\n}": types.SavePublicationDocument,
    "mutation WithdrawPublicComment($id: ID!) { withdrawTransparencyComment(id: $id) }": types.WithdrawPublicCommentDocument,
    "query UnitTree { orgUnits(first: 200) { edges { node { id code name kind depth weight parent { id } } } } }": types.UnitTreeDocument,
    "mutation CreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }": types.CreateUnitDocument,
    "mutation UpdateUnit($input: UpdateOrgUnitInput!) { updateOrgUnit(input: $input) { id } }": types.UpdateUnitDocument,
    "mutation MoveUnit($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { id } }": types.MoveUnitDocument,
    "query WebhookList { outboundWebhooks { id name url unitId events disabledAt } }": types.WebhookListDocument,
    "query WebhookLog($id: ID!) {\n  webhookDeliveries(webhookId: $id) { id event status createdAt attempts { at statusCode error } }\n}": types.WebhookLogDocument,
    "mutation CreateWebhook($input: CreateOutboundWebhookInput!) {\n  createOutboundWebhook(input: $input) { secret webhook { id } }\n}": types.CreateWebhookDocument,
    "mutation ReplayDelivery($id: ID!) { replayWebhookDelivery(deliveryId: $id) { id } }": types.ReplayDeliveryDocument,
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
export function graphql(source: "query AccountTotp { me { totpEnabled grants { role } } }"): typeof import('./graphql').AccountTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartTotp($password: String!) { startTotpEnrolment(password: $password) { uri secret qrCode } }"): typeof import('./graphql').StartTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmTotp($code: String!) { confirmTotpEnrolment(code: $code) }"): typeof import('./graphql').ConfirmTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisableTotp($password: String!, $code: String!) { disableTotp(password: $password, code: $code) }"): typeof import('./graphql').DisableTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionList($filter: ActionFilterInput, $first: Int) {\n  actions(filter: $filter, first: $first) {\n    totalCount\n    edges { node {\n      id title status deadline daysLeft overdue verdict indicatorKey\n      sourceKind sourceLabel question baselineScore baselineValue baselineN\n      unit { id name } responsible { id displayName }\n    } }\n  }\n}"): typeof import('./graphql').ActionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionDetail($id: ID!) {\n  action(id: $id) {\n    id title status problem measures deadline daysLeft overdue verdict accountability team sourceKind sourceId sourceLabel\n    indicatorKey question targetKind targetValue requireSignificant recheckFrom recheckTo cancelReason\n    baselineFrom baselineTo baselineScore baselineValue baselineN baselineCi95 createdAt submittedAt\n    unit { id name } responsible { id displayName email }\n    rechecks {\n      id trigger verdict reason reasonCode targetKind targetValue checkedAt minResponses delta significant\n      beforeFrom beforeTo beforeScore beforeValue beforeN beforeCi95\n      afterFrom afterTo afterScore afterValue afterN afterCi95\n    }\n    history { id text status fileName mimeType size createdAt }\n    escalations { id step createdAt emailed recipients }\n    consequences { id category text decidedAt }\n    trend { label phase score value n ci95 }\n  }\n}"): typeof import('./graphql').ActionDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionPeople($unitId: ID!, $role: Role) {\n  actionPeople(unitId: $unitId, role: $role) { id displayName email }\n}"): typeof import('./graphql').ActionPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionModels {\n  indicatorModels(first: 100) { edges { node { id name latestVersionNumber versions { number definition { json } } } } }\n}"): typeof import('./graphql').ActionModelsDocument;
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
export function graphql(source: "query ApiKeyList($after: String, $includeRevoked: Boolean!) {\n  apiKeys(first: 50, after: $after, includeRevoked: $includeRevoked) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id name role scopes createdAt expiresAt lastUsedAt revokedAt unit { id name } } }\n  }\n}"): typeof import('./graphql').ApiKeyListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) { token apiKey { id name } }\n}"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportContactData($input: ContactDataInput!) { exportContactData(input: $input) }"): typeof import('./graphql').ExportContactDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EraseContactData($input: ContactDataInput!) {\n  eraseContactData(input: $input) { contacts cases keyClients }\n}"): typeof import('./graphql').EraseContactDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateMetric($input: MetricInput!) { createMetric(input: $input) { id key } }"): typeof import('./graphql').CreateMetricDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordMetric($input: RecordMetricInput!) { recordMetric(input: $input) { id } }"): typeof import('./graphql').RecordMetricDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportMetricValues($input: ImportMetricValuesInput!) {\n  importMetricValues(input: $input) { imported rowErrors { row message } }\n}"): typeof import('./graphql').ImportMetricValuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MetricList {\n  metrics { id key label measurementUnit kind worst target denominatorLabel }\n}"): typeof import('./graphql').MetricListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MetricObservationList($metricKey: String!, $unitId: ID!, $after: String) {\n  metricObservations(metricKey: $metricKey, unitId: $unitId, first: 50, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges {\n      node {\n        id periodStart periodEnd value denominator updatedAt unit { id name }\n        history { id changedAt valueBefore valueAfter denominatorBefore denominatorAfter }\n      }\n    }\n  }\n}"): typeof import('./graphql').MetricObservationListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganisationSettings {\n  organization {\n    id name timeZone languages minGroupSize\n    branding { logoDataUrl primaryColor privacyNotice { language text } }\n    serviceSituations { code labels { language text } }\n  }\n}"): typeof import('./graphql').OrganisationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganisation($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) { id name timeZone languages minGroupSize }\n}"): typeof import('./graphql').UpdateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserList($filter: UserFilterInput, $after: String) {\n  users(filter: $filter, first: 20, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id email displayName disabledAt createdAt roleAssignments { id role unit { id name } } } }\n  }\n}"): typeof import('./graphql').UserListDocument;
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
export function graphql(source: "query MyCasesBadge { myCases { open overdue } }"): typeof import('./graphql').MyCasesBadgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseList($filter: CaseFilterInput, $first: Int) {\n  cases(filter: $filter, first: $first) {\n    totalCount\n    edges { node { id reference state origin priority channel description receivedAt dueAt overdue ownerName unitName } }\n  }\n}"): typeof import('./graphql').CaseListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseCategories {\n  caseCategories {\n    id code name parentId\n    acknowledgeDays { LOW NORMAL HIGH URGENT }\n    resolveDays { LOW NORMAL HIGH URGENT }\n  }\n}"): typeof import('./graphql').CaseCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCase($input: CreateCaseInput!) {\n  createCase(input: $input) { id reference }\n}"): typeof import('./graphql').CreateCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseDetail($id: ID!) {\n  case(id: $id) {\n    id reference origin state unitId unitName categoryId priority channel description language ownerId ownerName\n    responseId receivedAt acknowledgeDueAt resolveDueAt dueAt currentStep overdue hasContact\n    staff { name post }\n    rejectionReason resolution responsibility cause compensation agreement reopenCount resolvedOnTime\n    allowedMoves canHandle\n    timeline { id at kind state note actorName unitId }\n    attachments { id fileName mediaType size createdAt }\n    followUp { invitationStatus deliveredAt answeredAt score satisfied satisfiedFrom }\n  }\n}"): typeof import('./graphql').CaseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeCaseState($input: ChangeCaseStateInput!) {\n  changeCaseState(input: $input) { id state }\n}"): typeof import('./graphql').ChangeCaseStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddCaseNote($input: AddCaseNoteInput!) {\n  addCaseNote(input: $input) { id }\n}"): typeof import('./graphql').AddCaseNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveCaseCategory($input: SaveCaseCategoryInput!) {\n  saveCaseCategory(input: $input) { id }\n}"): typeof import('./graphql').SaveCaseCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AlertRules {\n  alertRules { id name questionnaireId condition question threshold values priority active modelId indicatorKey period }\n}"): typeof import('./graphql').AlertRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveAlertRule($input: SaveAlertRuleInput!) {\n  saveAlertRule(input: $input) { id }\n}"): typeof import('./graphql').SaveAlertRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RuleQuestionnaires {\n  questionnaires(first: 200) { edges { node { id title } } }\n}"): typeof import('./graphql').RuleQuestionnairesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RuleModels {\n  indicatorModels(first: 100) { edges { node {\n    id name latestVersionNumber versions { number definition { nodes { key label depth } bands { key label } } }\n  } } }\n}"): typeof import('./graphql').RuleModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseAnalysis($input: CaseAnalysisInput!) {\n  caseAnalysis(input: $input) {\n    key label received accepted resolved resolvedOnTime reopened satisfied followUpsAnswered perThousandClients\n  }\n}"): typeof import('./graphql').CaseAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseAssignees($id: ID!, $unitId: ID) {\n  case(id: $id) { id assignees(unitId: $unitId) { id displayName } }\n}"): typeof import('./graphql').CaseAssigneesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AlertResponse($id: ID!) {\n  response(id: $id) { id submittedAt score bandKey channel answers }\n}"): typeof import('./graphql').AlertResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseSettings {\n  caseSettings { remindOwnerAfterHours unitManagerAfterHours parentManagerAfterHours satisfiedFrom updatedAt }\n}"): typeof import('./graphql').CaseSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveCaseSettings($input: SaveCaseSettingsInput!) {\n  saveCaseSettings(input: $input) { remindOwnerAfterHours unitManagerAfterHours parentManagerAfterHours satisfiedFrom }\n}"): typeof import('./graphql').SaveCaseSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseFormLink($unitId: ID!) {\n  createCaseIntakeLink(unitId: $unitId) { id token url qrCodeSvgUrl qrCodePngUrl }\n}"): typeof import('./graphql').CaseFormLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseExists($id: ID!) { case(id: $id) { id } }"): typeof import('./graphql').CaseExistsDocument;
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
export function graphql(source: "query Distribution($id: ID!) { distribution(id: $id) {\n  id name channel status anonymity quota opensAt closesAt languages respondentCategory askServiceSituation completedCount questionnaireId versionId invitationValidDays reminderDelaysHours\n  units { id name }\n  links { id url token qrCodeSvgUrl qrCodePngUrl embedHtml embedScript unit { id name code } }\n  stats { invited queued sent delivered opened started completed bounced failed expired optedOut responseRate responses }\n} }"): typeof import('./graphql').DistributionDocument;
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
export function graphql(source: "query MyAssignments {\n  myAssignments {\n    id planName scheduledFor dueDate status visitId questionnaireVersionId scoringSheet\n    unit { id code name } keyClient { id name } kind { id key label }\n  }\n}"): typeof import('./graphql').MyAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyVisits {\n  myVisits { id endedAt unit { id name } keyClient { id name } kind { id label } }\n}"): typeof import('./graphql').MyVisitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitVisit($input: SubmitVisitInput!) {\n  submitVisit(input: $input) { id rootId clientId }\n}"): typeof import('./graphql').SubmitVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisitPlans($unitId: ID!) {\n  visitPlans(unitId: $unitId) { id name purpose dates endDate dueDays kind { id label } }\n}"): typeof import('./graphql').VisitPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanProgress($planId: ID!) {\n  planProgress(planId: $planId) {\n    asOf\n    rows { total done open overdue missed unit { id code name } inspector { id name } }\n  }\n  planAssignments(planId: $planId) {\n    id scheduledFor dueDate status visitId unit { id code name } inspector { id name } keyClient { id name }\n  }\n}"): typeof import('./graphql').PlanProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FieldworkInspectors {\n  inspectors { id name category active unitIds }\n}"): typeof import('./graphql').FieldworkInspectorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReassignAssignment($assignmentId: ID!, $inspectorId: ID!) {\n  reassignAssignment(assignmentId: $assignmentId, inspectorId: $inspectorId) { id inspector { id name } }\n}"): typeof import('./graphql').ReassignAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisitRecord($id: ID!) {\n  visit(id: $id) { id rootId revision clientId assignmentId startedAt endedAt submittedAt supersededAt correctionReason\n    answers unit { id code name } inspector { id name category } kind { id label } keyClient { id name }\n    staff { id name post } nonConformities { title severity note question }\n    evidence { id fileName mimeType size url } }\n  visitHistory(id: $id) { id revision submittedAt supersededAt correctionReason }\n}"): typeof import('./graphql').VisitRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnitVisits($unitId: ID!) {\n  unitVisits(unitId: $unitId) {\n    id endedAt unit { id code name } inspector { id name } kind { id label } keyClient { id name }\n    nonConformities { severity }\n  }\n}"): typeof import('./graphql').UnitVisitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyClients($unitId: ID!) {\n  keyClients(unitId: $unitId) { id name kind owner tier purgedAt active }\n}"): typeof import('./graphql').KeyClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyClientReportPage($keyClientId: ID!, $from: String!, $to: String!, $questions: [String!]) {\n  keyClientReport(keyClientId: $keyClientId, from: $from, to: $to, questions: $questions) {\n    visitCount score nonConformities keyClient { id name }\n    items { question mean n }\n    notes { visitId endedAt question text }\n  }\n}"): typeof import('./graphql').KeyClientReportPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnitStaff($unitId: ID!) {\n  staffMembers(unitId: $unitId) { id name post active }\n}"): typeof import('./graphql').UnitStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenCaseFromVisit($input: CreateCaseInput!) {\n  createCase(input: $input) { id reference }\n}"): typeof import('./graphql').OpenCaseFromVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegisterUnits { orgUnits(first: 200) { edges { node { id name depth } } } }"): typeof import('./graphql').RegisterUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffRegister($unitId: ID!) {\n  staffMembers(unitId: $unitId) { id name code post active }\n}"): typeof import('./graphql').StaffRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServedStaff($unitId: ID!) { unitStaff(unitId: $unitId) { id name code post } }"): typeof import('./graphql').ServedStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegisterForms($unitId: ID!) {\n  inspectionKinds { id key label crossUnit }\n  inspectors(under: $unitId) { id name category active unitIds homeUnitId }\n  keyClients(unitId: $unitId) { id name active }\n  questionnaires(first: 100) { edges { node { id title latestVersionNumber } } }\n}"): typeof import('./graphql').RegisterFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddStaffMember($input: AddStaffMemberInput!) {\n  addStaffMember(input: $input) { id name code post }\n}"): typeof import('./graphql').AddStaffMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateInspectionKind($input: CreateInspectionKindInput!) {\n  createInspectionKind(input: $input) { id key label }\n}"): typeof import('./graphql').CreateInspectionKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterInspector($input: RegisterInspectorInput!) {\n  registerInspector(input: $input) { id name }\n}"): typeof import('./graphql').RegisterInspectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddKeyClient($input: AddKeyClientInput!) {\n  addKeyClient(input: $input) { id name }\n}"): typeof import('./graphql').AddKeyClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateVisitPlan($input: CreateVisitPlanInput!) {\n  createVisitPlan(input: $input) { id name }\n}"): typeof import('./graphql').CreateVisitPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanSheet($id: ID!) { questionnaire(id: $id) { id versions { id number } } }"): typeof import('./graphql').PlanSheetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateStaffMember($input: UpdateStaffMemberInput!) {\n  updateStaffMember(input: $input) { id name code post active }\n}"): typeof import('./graphql').UpdateStaffMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateKeyClient($input: UpdateKeyClientInput!) {\n  updateKeyClient(input: $input) { id name owner tier active }\n}"): typeof import('./graphql').UpdateKeyClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateInspector($input: UpdateInspectorInput!) {\n  updateInspector(input: $input) { id name category unitIds homeUnitId active }\n}"): typeof import('./graphql').UpdateInspectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisitExists($id: ID!) { visit(id: $id) { id } }"): typeof import('./graphql').VisitExistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HomeAttention($input: ScoresInput!) {\n  cases(first: 5, filter: { overdue: true }) { totalCount edges { node { id reference unitName } } }\n  actions(first: 5, filter: { overdue: true }) { totalCount edges { node { id title deadline unit { name } } } }\n  ranking(input: $input, depth: 2) { unit { id name } rank score }\n}"): typeof import('./graphql').HomeAttentionDocument;
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
export function graphql(source: "query ScheduledExports {\n  scheduledExports {\n    id name unitId contents format periodKind modelId questionnaireId language emails folder paused createdAt\n    lastRun { periodStart ranAt files status attempt error errorCode }\n  }\n}"): typeof import('./graphql').ScheduledExportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportQuestionnaires { questionnaires(first: 200) { edges { node { id title } } } }"): typeof import('./graphql').ExportQuestionnairesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateScheduledExport($input: CreateScheduledExportInput!) {\n  createScheduledExport(input: $input) { id }\n}"): typeof import('./graphql').CreateScheduledExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateScheduledExport($id: ID!, $input: CreateScheduledExportInput!) {\n  updateScheduledExport(id: $id, input: $input) { id }\n}"): typeof import('./graphql').UpdateScheduledExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PauseScheduledExport($id: ID!, $paused: Boolean!) {\n  pauseScheduledExport(id: $id, paused: $paused) { id paused }\n}"): typeof import('./graphql').PauseScheduledExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteScheduledExport($id: ID!) { deleteScheduledExport(id: $id) }"): typeof import('./graphql').DeleteScheduledExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportArchive($unitId: ID!, $subtree: Boolean!) {\n  reports(unitId: $unitId, subtree: $subtree) {\n    id unitId status number periodKind periodStart language issuedByName issuedAt createdAt\n  }\n}"): typeof import('./graphql').ReportArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportDetail($id: ID!) {\n  report(id: $id) {\n    id unitId status number periodKind periodStart periodEnd language content commentary\n    unitNotes { unitId unitName requirements advice }\n    issuedByName issuedAt createdAt htmlPath pdfPath\n  }\n}"): typeof import('./graphql').ReportDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportModels { indicatorModels(first: 100) { edges { node { id name latestVersionNumber } } } }"): typeof import('./graphql').ReportModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateReportDraft($input: CreateReportDraftInput!) {\n  createReportDraft(input: $input) { id }\n}"): typeof import('./graphql').CreateReportDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditReportDraft($input: EditReportDraftInput!) {\n  editReportDraft(input: $input) { id commentary unitNotes { unitId unitName requirements advice } }\n}"): typeof import('./graphql').EditReportDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefreshReportDraft($id: ID!) { refreshReportDraft(id: $id) { id } }"): typeof import('./graphql').RefreshReportDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueReport($id: ID!) { issueReport(id: $id) { id status number } }"): typeof import('./graphql').IssueReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportSubscriptions($unitId: ID!) {\n  reportSubscriptions(unitId: $unitId) { id unitId modelId periodKind language emails userIds autoIssue createdAt }\n}"): typeof import('./graphql').ReportSubscriptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateReportSubscription($input: CreateReportSubscriptionInput!) {\n  createReportSubscription(input: $input) { id }\n}"): typeof import('./graphql').CreateReportSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteReportSubscription($id: ID!) { deleteReportSubscription(id: $id) }"): typeof import('./graphql').DeleteReportSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportUsers { users(first: 200) { edges { node { id displayName email } } } }"): typeof import('./graphql').ReportUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportExists($id: ID!) { report(id: $id) { id } }"): typeof import('./graphql').ReportExistsDocument;
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
export function graphql(source: "query BreakdownView($input: ScoresInput!, $by: BreakdownDimension!, $question: String) {\n  breakdown(input: $input, by: $by, question: $question) {\n    by\n    values { value responseCount unit { id name }\n      nodes { key parentKey label score restScore deltaRest n ci95 significant withheldReason } }\n  }\n}"): typeof import('./graphql').BreakdownViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EqualTreatmentView($input: ScoresInput!, $nodeKey: String) {\n  equalTreatment(input: $input, nodeKey: $nodeKey) {\n    nodeKey\n    sides { by spread highest lowest groups { value score n } significantPairs { higher lower delta } }\n  }\n}"): typeof import('./graphql').EqualTreatmentViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublishedModels { indicatorModels(first: 100) { edges { node { id name latestVersionNumber } } } }"): typeof import('./graphql').PublishedModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dashboard($input: ScoresInput!) {\n  scores(input: $input) {\n    responseCount\n    nodes { key parentKey kind label score band { key label } n ci95 partial lostPoints belowMinimum withheldReason\n      target distanceToTarget }\n    questions { nodeKey question row title score n ci95 belowMinimum withheldReason }\n    bandDistribution { band { key label min max } count share }\n    modelVersion { id number definition { json } }\n  }\n  scoreSeries(input: $input, granularity: MONTH) { label responseCount nodes { key score } deltaPrevious { delta significant } }\n  ranking(input: $input) { unit { id name } rank score n insufficient belowMinimum withheldReason band { label } }\n}"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardCharts($input: ScoresInput!) {\n  scores(input: $input) {\n    responseCount\n    nodes { key parentKey kind label score band { key label } n ci95 partial lostPoints belowMinimum withheldReason\n      target distanceToTarget }\n    questions { nodeKey question row title score n ci95 belowMinimum withheldReason }\n    bandDistribution { band { key label min max } count share }\n    modelVersion { id number definition { json } }\n  }\n  scoreSeries(input: $input, granularity: MONTH) { label responseCount nodes { key score } deltaPrevious { delta significant } }\n}"): typeof import('./graphql').DashboardChartsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardRanking($input: ScoresInput!) {\n  ranking(input: $input) { unit { id name } rank score n insufficient belowMinimum withheldReason band { label } }\n}"): typeof import('./graphql').DashboardRankingDocument;
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
export function graphql(source: "query StaffBreakdownView($input: ScoresInput!, $by: BreakdownDimension!) {\n  breakdown(input: $input, by: $by) {\n    values { value responseCount staff { id name post } nodes { key parentKey score restScore withheldReason } }\n  }\n}"): typeof import('./graphql').StaffBreakdownViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SurveyByToken($token: String!, $resumeKey: String) { surveyByToken(token: $token, resumeKey: $resumeKey) { definition versionNumber languages channel testMode answers branding { name logoDataUrl primaryColor privacyNotice { language text } } formTicket minFillSeconds serviceSituations { code labels { language text } } } }"): typeof import('./graphql').SurveyByTokenDocument;
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
export function graphql(source: "query PickerQuestionnaires { questionnaires(first: 200) { edges { node { id title } } } }"): typeof import('./graphql').PickerQuestionnairesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovePickedComment($input: ApproveCommentInput!) {\n  approveTransparencyComment(input: $input) { id }\n}"): typeof import('./graphql').ApprovePickedCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawPickedComment($id: ID!) { withdrawTransparencyComment(id: $id) }"): typeof import('./graphql').WithdrawPickedCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicCommitments {\n  serviceCommitments { id text unitId source target published }\n  orgUnits(first: 200) { edges { node { id name } } }\n}"): typeof import('./graphql').PublicCommitmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishCommitment($input: UpdateCommitmentInput!) {\n  updateServiceCommitment(input: $input) { id published }\n}"): typeof import('./graphql').PublishCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Publication {\n  transparencySettings { enabled modelId unitIds actionIds period }\n  publishedComments { id unitId responseId question text }\n  orgUnits(first: 200) { edges { node { id name code } } }\n  indicatorModels(first: 50) { edges { node { id name } } }\n  actions(first: 100, filter: { status: [CLOSED] }) { edges { node { id title } } }\n}"): typeof import('./graphql').PublicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SavePublication($input: TransparencySettingsInput!) {\n  updateTransparencySettings(input: $input) { enabled modelId unitIds actionIds period }\n}"): typeof import('./graphql').SavePublicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawPublicComment($id: ID!) { withdrawTransparencyComment(id: $id) }"): typeof import('./graphql').WithdrawPublicCommentDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookList { outboundWebhooks { id name url unitId events disabledAt } }"): typeof import('./graphql').WebhookListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookLog($id: ID!) {\n  webhookDeliveries(webhookId: $id) { id event status createdAt attempts { at statusCode error } }\n}"): typeof import('./graphql').WebhookLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateWebhook($input: CreateOutboundWebhookInput!) {\n  createOutboundWebhook(input: $input) { secret webhook { id } }\n}"): typeof import('./graphql').CreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplayDelivery($id: ID!) { replayWebhookDelivery(deliveryId: $id) { id } }"): typeof import('./graphql').ReplayDeliveryDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
