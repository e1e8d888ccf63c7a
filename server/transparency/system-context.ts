import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { organizationContext } from '../org/index.js';

/**
 * The context the public page reads results with: the organisation as a whole (its head office).
 * What it may show is decided afterwards by the publication settings, never by the caller.
 */
export const publicReader = (base: EntityManager, config: Config, log: Logger, orgId: string) =>
  organizationContext(base, config, log, orgId, `transparency-${orgId}`);
