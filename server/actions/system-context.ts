import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { organizationContext } from '../org/index.js';
import type { Logger } from '../logger.js';

/**
 * A request context for scheduled work of one organisation (the re-check, escalations): the
 * schedule acts for the organisation as a whole, so it reads results at the head office.
 */
export const systemContext = (orm: MikroORM, config: Config, log: Logger, orgId: string) =>
  organizationContext(orm.em, config, log, orgId, `actions-${orgId}`);
