import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));
// Under a TypeScript loader (dev tools, tests) migrations are .ts; the built server runs dist/ .js.
const COMPILED = import.meta.url.endsWith('.js');

export interface OrmOptions {
  poolMax?: number;
  debug?: boolean;
}

/** The modules' entities (server/app/entities.ts): the kernel does not know them. */
export interface OrmEntities {
  entities: Options['entities'];
  tenantEntityNames: string[];
}

export function baseOrmConfig(clientUrl: string, { entities, tenantEntityNames }: OrmEntities, options: OrmOptions = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    forceUtcTimezone: true,
    debug: options.debug ?? false,
    pool: { min: 0, max: options.poolMax ?? 10 },
    dynamicImportProvider: (id) => import(id),
    preferTs: !COMPILED,
    migrations: {
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      glob: COMPILED ? '!(*.d).js' : '!(*.d).ts',
      emit: 'ts',
      snapshot: true,
      snapshotName: '.snapshot-barometer',
      transactional: true,
      allOrNothing: true,
    },
    filters: {
      tenant: {
        name: 'tenant',
        cond: (args: { orgId: string }) => ({ organization: args.orgId }),
        entity: tenantEntityNames,
        default: true,
      },
    },
  });
}
