import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './app/database.js';
import { createApp } from './app/app.js';
import { createLogger } from './logger.js';
import { purgeExpiredSessions } from './org/index.js';
import { bootstrap } from './org/index.js';
import { startWorkers, type Workers } from './app/workers.js';
import { loadShippedLibrary } from './app/library.js';
import { loadDemo } from './app/demo.js';
import { demoCredentials } from './demo/index.js';
import { DEMO_SLUG } from './org/index.js';

// server/main.ts in development, dist/server/main.js when built: find the project root either way.
const WEB_DIR = fileURLToPath(
  new URL(import.meta.url.endsWith('.js') ? '../../web/dist' : '../web/dist', import.meta.url),
);

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Barometer cannot start; fix the configuration:\n${error.message}`);
    process.exit(1);
  }
  const log = createLogger(config.LOG_LEVEL);
  const db = await openDatabase(config, log);
  const admin = await bootstrap(db.orm.em.fork(), config);
  await purgeExpiredSessions(db.orm.em.fork());
  const app = await createApp({ config, orm: db.orm, replica: db.replica, log, webDir: WEB_DIR });
  // Invitations, reminders and scheduled jobs run in any server copy; WORKERS=false leaves them to
  // `npm run worker` processes (DELIVERY_WORKER=false only the delivery).
  const workers: Workers | null = config.WORKERS ? await startWorkers(config, db.orm, log) : null;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await app.close();
    await workers?.stop();
    await db.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGHUP', () => void stop('SIGHUP'));

  let port: number;
  try {
    port = await app.listen(config.PORT, config.HOST);
  } catch (error) {
    console.error(
      `Barometer cannot listen on ${config.HOST}:${config.PORT}: ${(error as Error).message}. Set PORT to a free port.`,
    );
    await workers?.stop();
    await db.close();
    process.exit(1);
  }
  const url = config.PUBLIC_URL ?? `http://localhost:${port}`;
  console.log(`\nBarometer is running at ${url} (GraphQL: ${url}/graphql)`);
  console.log(db.embedded ? `Database: embedded PostgreSQL, data in ${config.DATA_DIR}/` : 'Database: DATABASE_URL');
  if (admin) {
    console.log('\nFirst start: an administrator was created. Sign in with');
    console.log(`  organisation: ${admin.organization}`);
    console.log(`  e-mail:       ${admin.email}`);
    console.log(`  password:     ${admin.password}`);
    console.log('This password is shown once; change it after signing in.\n');
  }
  if (config.DEMO) console.log(`${demoCredentials(DEMO_SLUG).join('\n')}\n(DEMO=off starts without it.)\n`);
  // After listening: signing in need not wait for the templates; they appear in the library within seconds.
  loadShippedLibrary(app, db.orm, log)
    .catch((error: unknown) => {
      if (!stopping) log.error({ err: error }, 'the template library could not be updated; it stays as it was');
    })
    // The demo adopts from the library, so it follows it; made once, it is left alone on later starts.
    .then(() => (config.DEMO && !stopping ? loadDemo(app, db.orm, log) : null))
    .catch((error: unknown) => {
      if (!stopping) log.error({ err: error }, 'the demo organisation is incomplete; run npm run demo:reset');
    });
}

main().catch((error) => {
  console.error('Barometer could not start:', error);
  process.exit(1);
});
