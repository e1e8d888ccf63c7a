/** The GraphQL operations of the case pages (server/cases; docs/cases.md). */
import { graphql } from '../graphql';

export const MyCasesBadge = graphql(`query MyCasesBadge { myCases { open overdue } }`);

export const CaseList = graphql(`query CaseList($filter: CaseFilterInput, $first: Int) {
  cases(filter: $filter, first: $first) {
    totalCount
    edges { node { id reference state origin priority channel description receivedAt dueAt overdue ownerName unitName } }
  }
}`);

export const CaseCategories = graphql(`query CaseCategories {
  caseCategories {
    id code name parentId
    acknowledgeDays { LOW NORMAL HIGH URGENT }
    resolveDays { LOW NORMAL HIGH URGENT }
  }
}`);

export const CreateCase = graphql(`mutation CreateCase($input: CreateCaseInput!) {
  createCase(input: $input) { id reference }
}`);

export const CaseDetail = graphql(`query CaseDetail($id: ID!) {
  case(id: $id) {
    id reference origin state unitId unitName categoryId priority channel description language ownerId ownerName
    responseId receivedAt acknowledgeDueAt resolveDueAt dueAt currentStep overdue hasContact
    staff { name post }
    rejectionReason resolution responsibility cause compensation agreement reopenCount resolvedOnTime
    allowedMoves canHandle
    timeline { id at kind state note actorName unitId }
    attachments { id fileName mediaType size createdAt }
    followUp { invitationStatus deliveredAt answeredAt score satisfied satisfiedFrom }
  }
}`);

export const ChangeCaseState = graphql(`mutation ChangeCaseState($input: ChangeCaseStateInput!) {
  changeCaseState(input: $input) { id state }
}`);

export const AddCaseNote = graphql(`mutation AddCaseNote($input: AddCaseNoteInput!) {
  addCaseNote(input: $input) { id }
}`);

export const SaveCaseCategory = graphql(`mutation SaveCaseCategory($input: SaveCaseCategoryInput!) {
  saveCaseCategory(input: $input) { id }
}`);

export const AlertRules = graphql(`query AlertRules {
  alertRules { id name questionnaireId condition question threshold values priority active modelId indicatorKey period }
}`);

export const SaveAlertRule = graphql(`mutation SaveAlertRule($input: SaveAlertRuleInput!) {
  saveAlertRule(input: $input) { id }
}`);

export const RuleQuestionnaires = graphql(`query RuleQuestionnaires {
  questionnaires(first: 200) { edges { node { id title } } }
}`);

export const RuleModels = graphql(`query RuleModels {
  indicatorModels(first: 100) { edges { node {
    id name latestVersionNumber versions { number definition { nodes { key label depth } bands { key label } } }
  } } }
}`);

export const CaseAnalysis = graphql(`query CaseAnalysis($input: CaseAnalysisInput!) {
  caseAnalysis(input: $input) {
    key label received accepted resolved resolvedOnTime reopened satisfied followUpsAnswered perThousandClients
  }
}`);

export const CaseAssignees = graphql(`query CaseAssignees($id: ID!, $unitId: ID) {
  case(id: $id) { id assignees(unitId: $unitId) { id displayName } }
}`);

export const AlertResponse = graphql(`query AlertResponse($id: ID!) {
  response(id: $id) { id submittedAt score bandKey channel answers }
}`);

export const CaseSettingsQuery = graphql(`query CaseSettings {
  caseSettings { remindOwnerAfterHours unitManagerAfterHours parentManagerAfterHours satisfiedFrom updatedAt }
}`);

export const SaveCaseSettings = graphql(`mutation SaveCaseSettings($input: SaveCaseSettingsInput!) {
  saveCaseSettings(input: $input) { remindOwnerAfterHours unitManagerAfterHours parentManagerAfterHours satisfiedFrom }
}`);

export const CaseFormLink = graphql(`mutation CaseFormLink($unitId: ID!) {
  createCaseIntakeLink(unitId: $unitId) { id token url qrCodeSvgUrl qrCodePngUrl }
}`);
