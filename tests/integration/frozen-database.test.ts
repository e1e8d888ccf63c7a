import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { dbTimeouts, ormConfig } from '../../server/app/orm-config.js';
import { createApp, type App } from '../../server/app/app.js';
import { createLogger } from '../../server/logger.js';
import { GraphQLClient } from '../support/client.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { createTestDatabase, type TestApp } from '../support/harness.js';
import { eventually } from '../support/distribution.js';
import { startPgProxy, type PgProxy } from '../support/pg-proxy.js';

// The server reaches its database through a proxy that can freeze; lock waits are bounded at 1 s.
let databaseUrl: string;
let proxy: PgProxy;
let orm: MikroORM;
let server: App;
let base: string;
let t: Tenant;

const timed = async <T>(work: () => Promise<T>) => {
  const start = Date.now();
  const value = await work();
  return { value, ms: Date.now() - start };
};
const get = async (path: string) => {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, body: await response.json() };
};

beforeAll(async () => {
  databaseUrl = await createTestDatabase();
  proxy = await startPgProxy(databaseUrl);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ROLLUP_INTERVAL_MS: '0',
    DB_LOCK_TIMEOUT_MS: '1000',
    DB_CONNECT_TIMEOUT_MS: '1000',
    DB_ACQUIRE_TIMEOUT_MS: '2000',
  });
  orm = await MikroORM.init({
    ...ormConfig(proxy.url(databaseUrl), { poolMax: 4, timeouts: dbTimeouts(config) }),
    logger: () => {},
  });
  server = await createApp({ config, orm, log: createLogger('silent') });
  base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  const app = { url: base, orm, config, client: () => new GraphQLClient(`${base}/graphql`) } as unknown as TestApp;
  t = await newTenant(app, 'Migration Service');
});
afterAll(async () => {
  proxy?.thaw();
  await server?.close();
  await orm?.close();
  await proxy?.close();
});

describe('a database that stops answering', () => {
  it('a table locked by another session: requests fail within the lock timeout, health stays prompt', async () => {
    const other = new pg.Client({ connectionString: databaseUrl });
    await other.connect();
    try {
      await other.query('begin');
      await other.query('lock table org_unit in access exclusive mode');
      const blocked = timed(() => t.admin.request(`{ orgUnits { totalCount } }`));
      const health = await timed(() => get('/healthz'));
      expect(health.ms).toBeLessThan(1000);
      expect(health.value).toEqual({ status: 200, body: { status: 'ok', database: 'up' } });
      // Held at most 6 s: without a lock timeout the request would wait for all of it.
      const release = setTimeout(() => void other.query('rollback'), 6000);
      const { value, ms } = await blocked;
      clearTimeout(release);
      expect(ms).toBeLessThan(4000);
      expect(value.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(value.errors?.[0].message).toMatch(/busy .* try again in a moment/);
    } finally {
      await other.query('rollback').catch(() => {});
      await other.end();
    }
    expect((await t.admin.request(`{ orgUnits { totalCount } }`)).errors).toBeUndefined();
  });

  it('frozen: /healthz answers within a second (alive), /readyz says 503 (not ready), then recovers', async () => {
    proxy.freeze();
    try {
      const checks = await Promise.all([
        timed(() => get('/healthz')),
        timed(() => get('/healthz')),
        timed(() => get('/readyz')),
      ]);
      for (const c of checks) expect(c.ms).toBeLessThan(1000);
      expect(checks[0].value).toEqual({ status: 200, body: { status: 'ok', database: 'down' } });
      expect(checks[2].value).toEqual({ status: 503, body: { status: 'unavailable', database: 'down' } });
      const again = await timed(() => get('/readyz'));
      expect(again.ms).toBeLessThan(1000);
    } finally {
      proxy.thaw();
    }
    await eventually(async () => (await get('/readyz')).status === 200, 10_000, 'ready again');
    expect(await get('/readyz')).toEqual({ status: 200, body: { status: 'ready', database: 'up' } });
  });
});
