/** The reports module's parts, for the composition root (server/app): its resolvers and entities. */
import { Report } from './report.entity.js';
import { ReportDelivery, ReportSequence, ReportSubscription } from './report-subscription.entity.js';
import { ReportsResolver } from './reports.resolver.js';
import { ScheduledExport, ScheduledExportRun } from './scheduled-export.entity.js';
import { ScheduledExportResolver } from './scheduled-export.resolver.js';

export const reportsResolvers = [ReportsResolver, ScheduledExportResolver] as const;
export const reportsEntities = [
  Report,
  ReportSubscription,
  ReportDelivery,
  ReportSequence,
  ScheduledExport,
  ScheduledExportRun,
];
