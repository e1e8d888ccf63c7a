import { distributionGate, distributionSubscriptions } from '../distribution/index.js';
import { subscribe } from '../events/index.js';
import { useSubmissionGate } from '../responses/index.js';
import { resultsSubscriptions, useInspectionSource } from '../results/index.js';
import { fieldworkInspections } from '../fieldwork/index.js';

/**
 * Connects the modules' backward edges, once per process, before anything is served: the
 * event subscribers (server/events) and the ports a module offers for the modules after it.
 * Called wherever an ORM is configured (app/orm-config.ts), so scripts get them too.
 */
export function connectModules(): void {
  subscribe(resultsSubscriptions);
  subscribe(distributionSubscriptions);
  useSubmissionGate(distributionGate);
  useInspectionSource(fieldworkInspections);
}
