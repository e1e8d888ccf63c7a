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
    covered: [
      'public-tenancy.test.ts',
      'another organisation cannot read or change them: NOT_FOUND, empty lists',
      'a branch principal cannot reach what belongs to units outside its subtree: FORBIDDEN',
    ],
  },
  outboundWebhooks: {
    covered: ['public-tenancy.test.ts', 'another organisation cannot read or change them: NOT_FOUND, empty lists'],
  },
  publishedComments: {
    covered: ['public-tenancy.test.ts', 'another organisation cannot read or change them: NOT_FOUND, empty lists'],
  },
  report: {
    covered: [
      'reports-tenancy.test.ts',
      'finds none of the reports or subscriptions (NOT_FOUND)',
      'cannot reach the reports and subscriptions of a unit outside its subtree (FORBIDDEN)',
    ],
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
    covered: [
      'public-tenancy.test.ts',
      'another organisation cannot read or change them: NOT_FOUND, empty lists',
      'a branch principal cannot reach what belongs to units outside its subtree: FORBIDDEN',
    ],
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
    covered: [
      'public-tenancy.test.ts',
      'another organisation cannot read or change them: NOT_FOUND, empty lists',
      'a branch principal cannot reach what belongs to units outside its subtree: FORBIDDEN',
    ],
  },
  editReportDraft: {
    covered: [
      'reports-tenancy.test.ts',
      'finds none of the reports or subscriptions (NOT_FOUND)',
      'cannot reach the reports and subscriptions of a unit outside its subtree (FORBIDDEN)',
    ],
  },
  issueReport: {
    covered: [
      'reports-tenancy.test.ts',
      'finds none of the reports or subscriptions (NOT_FOUND)',
      'cannot reach the reports and subscriptions of a unit outside its subtree (FORBIDDEN)',
    ],
  },
  refreshReportDraft: {
    covered: ['reports-tenancy.test.ts', 'finds none of the reports or subscriptions (NOT_FOUND)'],
  },
  replayWebhookDelivery: {
    covered: [
      'public-tenancy.test.ts',
      'another organisation cannot read or change them: NOT_FOUND, empty lists',
      'a branch principal cannot reach what belongs to units outside its subtree: FORBIDDEN',
    ],
  },
  updateOutboundWebhook: {
    covered: [
      'public-tenancy.test.ts',
      'another organisation cannot read or change them: NOT_FOUND, empty lists',
      'a branch principal cannot reach what belongs to units outside its subtree: FORBIDDEN',
    ],
  },
  updateServiceCommitment: {
    covered: [
      'public-tenancy.test.ts',
      'another organisation cannot read or change them: NOT_FOUND, empty lists',
      'a branch principal cannot reach what belongs to units outside its subtree: FORBIDDEN',
    ],
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
