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
export { purgeIvrSessions } from './ivr-purge.js';
// For the cases module: the complaint_closed follow-up, deadlines, contact crypto and the client's messages.
export { recordServiceEvent, calendarOf } from './service-event.service.js';
export { deadlineAfter, isDate, startOfLocalDay, localDate } from './calendar.js';
export { contactKeys } from './contact-crypto.js';
export { normaliseContact } from './contacts.js';
export { ContactKind } from './contact.entity.js';
export { sendEmail, DeliveryError } from './delivery/email.js';
export { sendSms } from './delivery/sms.js';
export { anonymousDistributions, invitationFollowUp } from './case-follow-up.js';
export type { InvitationFollowUp } from './case-follow-up.js';
export { InvitationStatus } from './invitation.entity.js';
export { receiveSignedRequest, signature as webhookSignature } from './webhook.service.js';
export { serviceEventsByIds } from './service-event-list.service.js';
export { ServiceEventRow } from './service-event-list.types.js';
export { followUpRate } from './service-event.service.js';
// For the audit module: one contact's data on request (docs/security.md).
export { distributionContactData, eraseDistributionContact, normalisedContact } from './contact-data.js';
export type { DistributionContactData } from './contact-data.js';
