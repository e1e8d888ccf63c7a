/**
 * Once per `npm test`: a PostgreSQL (embedded in a temporary folder, or DATABASE_URL's server)
 * and a template database with every migration applied. Each test file clones the template
 * into a database of its own (tests/support/harness.ts).
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/db/embedded-postgres.js';
import { ormConfig } from '../../server/app/orm-config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDatabase: string;
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | null = null;
  let scratch: string | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    scratch = mkdtempSync(join(tmpdir(), 'barometer-test-'));
    embedded = await startEmbeddedPostgres({ dataDir: scratch, port: 0, durable: false });
    adminUrl = embedded.adminUrl;
  }
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const templateDatabase = `barometer_test_${runId}`;
  await ensureDatabase(adminUrl, templateDatabase);
  const orm = await MikroORM.init({ ...ormConfig(withDatabase(adminUrl, templateDatabase)), logger: () => {} });
  await orm.migrator.up();
  await orm.close();

  project.provide('pgAdminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    if (embedded) {
      await embedded.stop();
      rmSync(scratch!, { recursive: true, force: true });
      return;
    }
    // On a shared server, drop everything this run created.
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const { rows } = await client.query(`select datname from pg_database where datname like $1`, [
      `barometer_test_${runId}%`,
    ]);
    for (const { datname } of rows)
      await client.query(`drop database if exists ${pg.escapeIdentifier(datname)} with (force)`);
    await client.end();
  };
}
