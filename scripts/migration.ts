/**
 * npm run migration:create [-- --blank] | migration:check | migration:up
 * Uses DATABASE_URL, or a throwaway embedded PostgreSQL when it is not set.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from '../server/db/embedded-postgres.js';
import { ormConfig } from '../server/app/orm-config.js';

const command = process.argv[2];
if (!['create', 'check', 'up'].includes(command)) {
  console.error('usage: migration.ts create|check|up');
  process.exit(2);
}

const scratch = process.env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'barometer-migrations-'));
const embedded = scratch ? await startEmbeddedPostgres({ dataDir: scratch, port: 0, durable: false }) : null;
const orm = await MikroORM.init(ormConfig(process.env.DATABASE_URL ?? embedded!.url));
let exitCode = 0;
try {
  await orm.migrator.up();
  if (command === 'create') {
    // `create --blank` gives an empty migration to fill in for what the entities cannot express (views).
    const blank = process.argv.includes('--blank');
    const name = process.argv.slice(3).find((a) => !a.startsWith('--'));
    const result = await orm.migrator.createMigration(undefined, blank, false, name);
    console.log(
      result.fileName ? `created migrations/${result.fileName}` : 'entities and migrations agree: nothing to create',
    );
  } else if (command === 'check') {
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false });
    if (diff.trim()) {
      console.error(`Entities and migrations disagree; run "npm run migration:create". Missing SQL:\n${diff}`);
      exitCode = 1;
    } else console.log('entities and migrations agree');
  }
} finally {
  await orm.close();
  await embedded?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
