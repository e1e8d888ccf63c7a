/**
 * The public face of the responses module: what other modules may use (design.md §1).
 * Anything not exported here is internal to the module.
 */
export * from './responses.module.js';
export { linkUrl } from './link-url.js';
export { Channel } from './response.entity.js';
export { registerResponseRoutes } from './response.routes.js';
export { submitResponse, surveyForToken } from './response.service.js';
export {
  completedThroughLinks,
  distributionLinks,
  distributionLinkToken,
  pinDistributionLinks,
  syncDistributionLinks,
} from './link.service.js';
export type { DistributionLinks } from './link.service.js';
export { ResponseLink } from './response-link.entity.js';
export type { LinkInfo } from './submission-gate.js';
export { useSubmissionGate } from './submission-gate.js';
export type { SubmissionGate } from './submission-gate.js';
export { answerCountsByQuarter, linkViewsByQuarter } from './cx-counts.service.js';
export type { CxScope } from './cx-counts.service.js';
export { responseDocs } from './response.docs.js';
export { purgeAbandonedPartials } from './partial-purge.js';
export { detachResponseYear, maintainResponsePartitions, responsePartitions } from './partitions.js';
export { storedResponseFacts } from './response-facts.service.js';
export type { StoredResponseFacts } from './response-facts.service.js';
export { judgeCompletedAnswers } from './completed-answers.js';
export { responseCounts } from './response-counts.service.js';
export type { ResponseCountScope } from './response-counts.service.js';
export { staffOf, staffRegister, useStaffRegister } from './staff-register.js';
export type { StaffFacts, StaffRegister } from './staff-register.js';
// For the reports module's scheduled exports (docs/exports.md): the same files as the response export route.
export { exportResponses } from './export.service.js';
export { responsesByIds } from './responses-by-id.js';
export type { ResponseRecord } from './responses-by-id.js';
export { linkAnsweringUnits } from './answering-units.js';
