/**
 * The public face of the actions module: what other modules may use (design.md §1).
 * Anything not exported here is internal to the module.
 */
export * from './actions.module.js';
export { registerActionRoutes } from './actions.routes.js';
export { startActionsWorker } from './actions.worker.js';
export type { ActionsWorker, ActionsWorkerOptions } from './actions.worker.js';
export { ActionSourceKind, ActionStatus } from './action-status.js';
export { actionsDocs } from './actions.docs.js';
export { closedActions } from './publication.service.js';
export type { PublishedAction } from './publication.service.js';
export { actionSummary } from './action-list.service.js';
export { useActionSources } from './sources.js';
export type { CaseSource, FindingSource } from './sources.js';
