import type { Subscriptions } from '../events/index.js';
import { countCompleted } from './submission-gate.js';

/** What distribution does when other modules change things, inside their transactions. */
export const distributionSubscriptions: Subscriptions = {
  responsesStored: [countCompleted],
};
