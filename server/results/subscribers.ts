import type { Subscriptions } from '../events/index.js';
import { addToTail, markRollupsStale, registerModelVersion, unrollResponse } from './rollup/upkeep.js';

/** What results does when other modules change things, inside their transactions. */
export const resultsSubscriptions: Subscriptions = {
  responsesStored: [(tx, { responses }) => addToTail(tx, responses)],
  responseCurated: [(tx, { orgId, responseId }) => unrollResponse(tx, orgId, responseId)],
  unitMoved: [(tx, { orgId }) => markRollupsStale(tx, orgId)],
  timeZoneChanged: [(tx, { orgId }) => markRollupsStale(tx, orgId)],
  modelPublished: [(tx, e) => registerModelVersion(tx, e.orgId, e.versionId, e.supersededVersionId)],
};
