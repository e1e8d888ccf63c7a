/**
 * The public face of the reports module (docs/reports.md): periodic analysis reports, their
 * archive, PDF and circulation. Anything not exported here is internal to the module.
 */
import './events.js';

export * from './reports.module.js';
export { registerReportRoutes } from './reports.routes.js';
export { circulateReports } from './circulation.js';
export { runScheduledExports } from './scheduled-export.run.js';
