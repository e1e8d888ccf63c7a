/** Operations of the register and plan forms, the interviewer's staff picker and staff breakdowns (codegen). */
import { graphql } from '../graphql';

export const RegisterUnitsQuery = graphql(
  `query RegisterUnits { orgUnits(first: 200) { edges { node { id name depth } } } }`,
);

export const StaffRegisterQuery = graphql(`query StaffRegister($unitId: ID!) {
  staffMembers(unitId: $unitId) { id name code post active }
}`);

export const ServedStaffQuery = graphql(
  `query ServedStaff($unitId: ID!) { unitStaff(unitId: $unitId) { id name code post } }`,
);

export const RegisterFormsQuery = graphql(`query RegisterForms($unitId: ID!) {
  inspectionKinds { id key label crossUnit }
  inspectors(under: $unitId) { id name category active unitIds homeUnitId }
  keyClients(unitId: $unitId) { id name active }
  questionnaires(first: 100) { edges { node { id title latestVersionNumber } } }
}`);

export const AddStaffMemberMutation = graphql(`mutation AddStaffMember($input: AddStaffMemberInput!) {
  addStaffMember(input: $input) { id name code post }
}`);

export const CreateInspectionKindMutation = graphql(`mutation CreateInspectionKind($input: CreateInspectionKindInput!) {
  createInspectionKind(input: $input) { id key label }
}`);

export const RegisterInspectorMutation = graphql(`mutation RegisterInspector($input: RegisterInspectorInput!) {
  registerInspector(input: $input) { id name }
}`);

export const AddKeyClientMutation = graphql(`mutation AddKeyClient($input: AddKeyClientInput!) {
  addKeyClient(input: $input) { id name }
}`);

export const CreateVisitPlanMutation = graphql(`mutation CreateVisitPlan($input: CreateVisitPlanInput!) {
  createVisitPlan(input: $input) { id name }
}`);

export const PlanSheetQuery = graphql(
  `query PlanSheet($id: ID!) { questionnaire(id: $id) { id versions { id number } } }`,
);

export const UpdateStaffMemberMutation = graphql(`mutation UpdateStaffMember($input: UpdateStaffMemberInput!) {
  updateStaffMember(input: $input) { id name code post active }
}`);

export const UpdateKeyClientMutation = graphql(`mutation UpdateKeyClient($input: UpdateKeyClientInput!) {
  updateKeyClient(input: $input) { id name owner tier active }
}`);

export const UpdateInspectorMutation = graphql(`mutation UpdateInspector($input: UpdateInspectorInput!) {
  updateInspector(input: $input) { id name category unitIds homeUnitId active }
}`);
