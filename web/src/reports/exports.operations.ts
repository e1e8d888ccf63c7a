import { graphql } from '../graphql';

/** The operations of the scheduled-exports page (server/reports/scheduled-export.*, docs/exports.md). */
export const ScheduledExports = graphql(`query ScheduledExports {
  scheduledExports {
    id name unitId contents format periodKind modelId questionnaireId language emails folder paused createdAt
    lastRun { periodStart ranAt files status attempt error errorCode }
  }
}`);
export const ExportQuestionnaires = graphql(
  `query ExportQuestionnaires { questionnaires(first: 200) { edges { node { id title } } } }`,
);
export const CreateScheduledExport = graphql(`mutation CreateScheduledExport($input: CreateScheduledExportInput!) {
  createScheduledExport(input: $input) { id }
}`);
export const UpdateScheduledExport =
  graphql(`mutation UpdateScheduledExport($id: ID!, $input: CreateScheduledExportInput!) {
  updateScheduledExport(id: $id, input: $input) { id }
}`);
export const PauseScheduledExport = graphql(`mutation PauseScheduledExport($id: ID!, $paused: Boolean!) {
  pauseScheduledExport(id: $id, paused: $paused) { id paused }
}`);
export const DeleteScheduledExport = graphql(
  `mutation DeleteScheduledExport($id: ID!) { deleteScheduledExport(id: $id) }`,
);
