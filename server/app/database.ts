import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { dbTimeouts } from '../db/orm-config.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { ormConfig } from './orm-config.js';

export interface Database {
  orm: MikroORM;
  /** The read replica (DATABASE_READ_URL), when there is one. */
  replica: MikroORM | null;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL; then applies pending migrations. */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  const embedded = config.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT, log });
  const url = config.DATABASE_URL ?? embedded!.url;
  try {
    // Migrations may run long statements on purpose: they get a connection of their own, without timeouts.
    const transactionPooled = config.DATABASE_POOL_MODE === 'transaction';
    const migrating = await MikroORM.init(ormConfig(url, { poolMax: 1, transactionPooled }));
    try {
      const applied = await migrating.migrator.up();
      if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
    } finally {
      await migrating.close();
    }
    const options = { poolMax: config.DB_POOL_MAX, timeouts: dbTimeouts(config), transactionPooled };
    const orm = await MikroORM.init(ormConfig(url, options));
    const read = config.DATABASE_READ_URL;
    const replica = read ? await MikroORM.init(ormConfig(read, options)) : null;
    return {
      orm,
      replica,
      url,
      embedded: Boolean(embedded),
      close: async () => {
        await replica?.close();
        await orm.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
