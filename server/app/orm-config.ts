import type { Options } from '@mikro-orm/postgresql';
import { baseOrmConfig, type OrmOptions } from '../db/orm-config.js';
import { entities, tenantEntityNames } from './entities.js';
import { connectModules } from './modules.js';

export { dbTimeouts, MIGRATIONS_DIR } from '../db/orm-config.js';

/** The ORM configuration with every module's entities; the modules are connected first. */
export function ormConfig(clientUrl: string, options: OrmOptions = {}): Options {
  connectModules();
  return baseOrmConfig(clientUrl, { entities, tenantEntityNames }, options);
}
