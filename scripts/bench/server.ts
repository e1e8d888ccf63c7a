/**
 * A server for the benchmark, in a process of its own so the load generator does not share
 * its event loop: `app` runs Barometer; `bare` is the ceiling — node:http and one plain INSERT
 * per request on a pool of the same size.
 */
import 'reflect-metadata';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { loadConfig } from '../../server/config.js';
import { ormConfig } from '../../server/app/orm-config.js';
import { createApp } from '../../server/app/app.js';
import { createLogger } from '../../server/logger.js';

const [kind, databaseUrl, poolMax] = process.argv.slice(2);
const pool = Number(poolMax);

if (kind === 'bare') {
  const db = new pg.Pool({ connectionString: databaseUrl, max: pool });
  await db.query(
    'create table if not exists bench_bare (id uuid primary key default gen_random_uuid(), body jsonb not null, created_at timestamptz not null default now())',
  );
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    const answer = async () => {
      try {
        const { rows } = await db.query('insert into bench_bare (body) values ($1) returning id', [body]);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: rows[0].id }));
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    };
    req.on('end', () => void answer());
  });
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as { port: number }).port }));
} else {
  // The benchmark measures ingest from one address: rate limits and the bot check would only refuse it.
  const UNGUARDED = { RATE_LIMIT_PER_ADDRESS: '0', RATE_LIMIT_PER_TOKEN: '0', BOT_MIN_FILL_SECONDS: '0' };
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DB_POOL_MAX: String(pool), ...UNGUARDED });
  const orm = await MikroORM.init({ ...ormConfig(databaseUrl, { poolMax: pool }), logger: () => {} });
  // The production web build too, so the benchmark can time the dashboard in Chromium (the parent's cwd is the root).
  const webDir = join(process.cwd(), 'web/dist');
  const app = await createApp({ config, orm, log: createLogger(process.env.BENCH_LOG_LEVEL ?? 'silent'), webDir });
  process.send!({ port: await app.listen(0, '127.0.0.1') });
}

/** Peak resident memory, read by the parent before it stops this process. */
process.on('message', (message) => {
  if (message === 'memory') process.send!({ peakRssBytes: process.resourceUsage().maxRSS * 1024 });
  if (message === 'rss') process.send!({ rssBytes: process.memoryUsage.rss() });
  // A clean exit, so a server started with --cpu-prof writes its profile.
  if (message === 'exit') process.exit(0);
});
