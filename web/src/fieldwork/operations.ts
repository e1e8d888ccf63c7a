/** The GraphQL operations of the field work pages (typed by `npm run codegen`). */
import { graphql } from '../graphql';

export const MyAssignmentsQuery = graphql(`query MyAssignments {
  myAssignments {
    id planName scheduledFor dueDate status visitId questionnaireVersionId scoringSheet
    unit { id code name } keyClient { id name } kind { id key label }
  }
}`);

export const MyVisitsQuery = graphql(`query MyVisits {
  myVisits { id endedAt unit { id name } keyClient { id name } kind { id label } }
}`);

export const SubmitVisitMutation = graphql(`mutation SubmitVisit($input: SubmitVisitInput!) {
  submitVisit(input: $input) { id rootId clientId }
}`);

export const VisitPlansQuery = graphql(`query VisitPlans($unitId: ID!) {
  visitPlans(unitId: $unitId) { id name purpose dates endDate dueDays kind { id label } }
}`);

export const PlanProgressQuery = graphql(`query PlanProgress($planId: ID!) {
  planProgress(planId: $planId) {
    asOf
    rows { total done open overdue missed unit { id code name } inspector { id name } }
  }
  planAssignments(planId: $planId) {
    id scheduledFor dueDate status visitId unit { id code name } inspector { id name } keyClient { id name }
  }
}`);

export const InspectorsQuery = graphql(`query FieldworkInspectors {
  inspectors { id name category active unitIds }
}`);

export const ReassignMutation = graphql(`mutation ReassignAssignment($assignmentId: ID!, $inspectorId: ID!) {
  reassignAssignment(assignmentId: $assignmentId, inspectorId: $inspectorId) { id inspector { id name } }
}`);

export const VisitRecordQuery = graphql(`query VisitRecord($id: ID!) {
  visit(id: $id) { id rootId revision clientId assignmentId startedAt endedAt submittedAt supersededAt correctionReason
    answers unit { id code name } inspector { id name category } kind { id label } keyClient { id name }
    staff { id name post } nonConformities { title severity note question }
    evidence { id fileName mimeType size url } }
  visitHistory(id: $id) { id revision submittedAt supersededAt correctionReason }
}`);

export const UnitVisitsQuery = graphql(`query UnitVisits($unitId: ID!) {
  unitVisits(unitId: $unitId) {
    id endedAt unit { id code name } inspector { id name } kind { id label } keyClient { id name }
    nonConformities { severity }
  }
}`);

export const KeyClientsQuery = graphql(`query KeyClients($unitId: ID!) {
  keyClients(unitId: $unitId) { id name kind owner tier purgedAt active }
}`);

export const KeyClientReportQuery =
  graphql(`query KeyClientReportPage($keyClientId: ID!, $from: String!, $to: String!, $questions: [String!]) {
  keyClientReport(keyClientId: $keyClientId, from: $from, to: $to, questions: $questions) {
    visitCount score nonConformities keyClient { id name }
    items { question mean n }
    notes { visitId endedAt question text }
  }
}`);

export const UnitStaffQuery = graphql(`query UnitStaff($unitId: ID!) {
  staffMembers(unitId: $unitId) { id name post active }
}`);

/** A HIGH non-conformity opens a complaint case through the cases module's public face (its mutation). */
export const OpenCaseMutation = graphql(`mutation OpenCaseFromVisit($input: CreateCaseInput!) {
  createCase(input: $input) { id reference }
}`);
