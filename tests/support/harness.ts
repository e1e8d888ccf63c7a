import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../server/config.js';
import { ormConfig } from '../../server/app/orm-config.js';
import { createApp, type App } from '../../server/app/app.js';
import { createLogger } from '../../server/logger.js';
import { GraphQLClient } from './client.js';

export interface TestApp {
  url: string;
  orm: MikroORM;
  config: Config;
  databaseUrl: string;
  app: App;
  /** A client with its own cookie jar, as a separate browser would have. */
  client(options?: { apiKey?: string }): GraphQLClient;
  close(): Promise<void>;
}

export function databaseUrl(database: string): string {
  const u = new URL(inject('pgAdminUrl'));
  u.pathname = `/${database}`;
  return u.toString();
}

/** A fresh database cloned from the migrated template of this run. */
export async function createTestDatabase(): Promise<string> {
  const name = `${inject('templateDatabase')}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await client.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(
          `create database ${pg.escapeIdentifier(name)} template ${pg.escapeIdentifier(inject('templateDatabase'))}`,
        );
        break;
      } catch (error) {
        // Two clones of one template at the same instant: the second waits and tries again.
        if (attempt > 20 || !String(error).includes('being accessed by other users')) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    await client.end();
  }
  return databaseUrl(name);
}

/** The real server (Apollo, Express, MikroORM) on 127.0.0.1 over a fresh database. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const url = await createTestDatabase();
  // Test receivers listen on 127.0.0.1: the webhooks' SSRF guard is told so (webhook-ssrf.test.ts sets it off).
  const allow = { WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' };
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...allow, ...env });
  const orm = await MikroORM.init({ ...ormConfig(url, { poolMax: 5 }), logger: () => {} });
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const app = await createApp({ config, orm, log, webDir: env.WEB_DIR });
  const port = await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    orm,
    config,
    databaseUrl: url,
    app,
    client: (options) => new GraphQLClient(`${base}/graphql`, options?.apiKey),
    close: async () => {
      await app.close();
      await orm.close();
    },
  };
}
