import type { Entry } from './table.js';

/** Entries of the operations of reports, transparency, webhooks and the pages that act on results. */
export const ACTING: Record<string, Entry> = {
  actionPeople: {
    covered: [
      'actions-people.test.ts',
      'lists the users holding a role on the unit or above it, and only interviewers when asked',
    ],
  },
  commitmentAchievement: {
    pending: 'Driven in public-tenancy.test.ts through its list of operations, which this suite cannot match by name.',
  },
  outboundWebhooks: {
    covered: ['public-tenancy.test.ts', 'another organisation cannot read or change them: NOT_FOUND, empty lists'],
  },
  publishedComments: {
    covered: ['public-tenancy.test.ts', 'another organisation cannot read or change them: NOT_FOUND, empty lists'],
  },
  report: {
    pending: 'Driven in reports-tenancy.test.ts through its list of operations, which this suite cannot match by name.',
  },
  reportSubscriptions: {
    covered: ['reports-tenancy.test.ts', 'finds none of the reports or subscriptions (NOT_FOUND)'],
  },
  reports: { covered: ['reports-tenancy.test.ts', 'finds none of the reports or subscriptions (NOT_FOUND)'] },
  serviceCommitments: {
    covered: ['public-tenancy.test.ts', 'another organisation cannot read or change them: NOT_FOUND, empty lists'],
  },
  transparencySettings: {
    covered: ['public-tenancy.test.ts', 'another organisation cannot read or change them: NOT_FOUND, empty lists'],
  },
  visitPlans: { covered: ['fieldwork-tenancy.test.ts', 'lists plans only to those who read the unit owning them'] },
  webhookDeliveries: {
    pending: 'Driven in public-tenancy.test.ts through its list of operations, which this suite cannot match by name.',
  },
  approveTransparencyComment: {
    covered: ['public-tenancy.test.ts', 'another organisation cannot read or change them: NOT_FOUND, empty lists'],
  },
  createOutboundWebhook: {
    covered: ['public-tenancy.test.ts', 'another organisation cannot read or change them: NOT_FOUND, empty lists'],
  },
  createReportSubscription: {
    covered: ['reports-tenancy.test.ts', 'finds none of the reports or subscriptions (NOT_FOUND)'],
  },
  createServiceCommitment: {
    covered: ['public-tenancy.test.ts', 'another organisation cannot read or change them: NOT_FOUND, empty lists'],
  },
  deleteReportSubscription: {
    covered: ['reports-tenancy.test.ts', 'finds none of the reports or subscriptions (NOT_FOUND)'],
  },
  deleteServiceCommitment: {
    pending: 'Driven in public-tenancy.test.ts through its list of operations, which this suite cannot match by name.',
  },
  editReportDraft: {
    pending: 'Driven in reports-tenancy.test.ts through its list of operations, which this suite cannot match by name.',
  },
  issueReport: {
    pending: 'Driven in reports-tenancy.test.ts through its list of operations, which this suite cannot match by name.',
  },
  refreshReportDraft: {
    covered: ['reports-tenancy.test.ts', 'finds none of the reports or subscriptions (NOT_FOUND)'],
  },
  replayWebhookDelivery: {
    pending: 'Driven in public-tenancy.test.ts through its list of operations, which this suite cannot match by name.',
  },
  updateOutboundWebhook: {
    pending: 'Driven in public-tenancy.test.ts through its list of operations, which this suite cannot match by name.',
  },
  updateServiceCommitment: {
    pending: 'Driven in public-tenancy.test.ts through its list of operations, which this suite cannot match by name.',
  },
  updateTransparencySettings: {
    covered: ['public-tenancy.test.ts', 'another organisation cannot read or change them: NOT_FOUND, empty lists'],
  },
  withdrawTransparencyComment: {
    covered: [
      'public-tenancy.test.ts',
      'a branch principal cannot reach what belongs to units outside its subtree: FORBIDDEN',
    ],
  },
  // Scheduled exports (docs/exports.md), [public2].
  scheduledExports: {
    covered: [
      'scheduled-exports-tenancy.test.ts',
      'another organisation cannot list, create on, change or delete them: NOT_FOUND, an empty list',
    ],
  },
  createScheduledExport: {
    covered: [
      'scheduled-exports-tenancy.test.ts',
      'a branch admin reaches only its subtree: FORBIDDEN above or beside it',
    ],
  },
  updateScheduledExport: {
    covered: [
      'scheduled-exports-tenancy.test.ts',
      'a branch admin reaches only its subtree: FORBIDDEN above or beside it',
    ],
  },
  pauseScheduledExport: {
    covered: [
      'scheduled-exports-tenancy.test.ts',
      'a branch admin reaches only its subtree: FORBIDDEN above or beside it',
    ],
  },
  deleteScheduledExport: {
    covered: [
      'scheduled-exports-tenancy.test.ts',
      'a branch admin reaches only its subtree: FORBIDDEN above or beside it',
    ],
  },
};
