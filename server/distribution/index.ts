/**
 * The public face of the distribution module: what other modules may use (design.md §1).
 * Anything not exported here is internal to the module.
 */
export * from './distribution.module.js';
export { startDelivery } from './delivery/worker.js';
export type { DeliveryWorker } from './delivery/worker.js';
export { registerDistributionRoutes } from './distribution.routes.js';
export { invitationsDeliveredByQuarter } from './delivery-status.service.js';
export { distributionGate } from './submission-gate.js';
export { distributionSubscriptions } from './subscribers.js';
export { distributionDocs } from './distribution.docs.js';
export { serviceEventsByIds } from './service-event-list.service.js';
export { ServiceEventRow } from './service-event-list.types.js';
export { followUpRate } from './service-event.service.js';
