import { graphql } from '../graphql';

/** The operations of the reports pages (server/reports, docs/reports.md). */
export const ReportArchive = graphql(`query ReportArchive($unitId: ID!, $subtree: Boolean!) {
  reports(unitId: $unitId, subtree: $subtree) {
    id unitId status number periodKind periodStart language issuedByName issuedAt createdAt
  }
}`);
export const ReportDetail = graphql(`query ReportDetail($id: ID!) {
  report(id: $id) {
    id unitId status number periodKind periodStart periodEnd language content commentary
    unitNotes { unitId unitName requirements advice }
    issuedByName issuedAt createdAt htmlPath pdfPath
  }
}`);
export const ReportModels = graphql(
  `query ReportModels { indicatorModels(first: 100) { edges { node { id name latestVersionNumber } } } }`,
);
export const CreateReportDraft = graphql(`mutation CreateReportDraft($input: CreateReportDraftInput!) {
  createReportDraft(input: $input) { id }
}`);
export const EditReportDraft = graphql(`mutation EditReportDraft($input: EditReportDraftInput!) {
  editReportDraft(input: $input) { id commentary unitNotes { unitId unitName requirements advice } }
}`);
export const RefreshReportDraft = graphql(
  `mutation RefreshReportDraft($id: ID!) { refreshReportDraft(id: $id) { id } }`,
);
export const IssueReport = graphql(`mutation IssueReport($id: ID!) { issueReport(id: $id) { id status number } }`);
export const ReportSubscriptions = graphql(`query ReportSubscriptions($unitId: ID!) {
  reportSubscriptions(unitId: $unitId) { id unitId modelId periodKind language emails userIds autoIssue createdAt }
}`);
export const CreateReportSubscription =
  graphql(`mutation CreateReportSubscription($input: CreateReportSubscriptionInput!) {
  createReportSubscription(input: $input) { id }
}`);
export const DeleteReportSubscription = graphql(
  `mutation DeleteReportSubscription($id: ID!) { deleteReportSubscription(id: $id) }`,
);
export const ReportUsers = graphql(
  `query ReportUsers { users(first: 200) { edges { node { id displayName email } } } }`,
);
