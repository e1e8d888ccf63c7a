/**
 * The public face of the cases module: what other modules and the composition root may use
 * (docs/architecture.md). Anything not exported here is internal to the module.
 */
import { subscribeDurable } from '../events/index.js';
import { CASE_ALERT_QUEUE } from './worker.js';

export * from './cases.module.js';
export { createCaseQueues, startCasesWorker, CASE_ALERT_QUEUE } from './worker.js';
export type { CasesWorker, CasesWorkerOptions } from './worker.js';
export { casesDocs } from './cases.docs.js';
export { purgeCaseContacts } from './retention.js';
export { caseStatistics } from './stats.service.js';
export type { CaseStatistics } from './stats.service.js';

/** Connects the module's backward edges (server/app/modules.ts): alert rules hear of stored responses, out of process. */
export function connectCases(): void {
  subscribeDurable('responsesStored', CASE_ALERT_QUEUE);
}
export { registerCaseRoutes } from './cases.routes.js';
export { caseContactData, eraseCaseContacts } from './contact-data.js';
export type { CaseContactData } from './contact-data.js';
export { caseForAction } from './action-source.js';
export { casesNamingStaff } from './case-staff.js';
