// `npm run worker`: the background work of Barometer without the API, for deployments with N API
// copies (WORKERS=false) and M worker processes on one database (docs/scale-out.md).
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './app/database.js';
import { connectModules } from './app/modules.js';
import { startWorkers } from './app/workers.js';
import { createLogger } from './logger.js';
import { startRollupWorker } from './results/index.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`The Barometer worker cannot start; fix the configuration:\n${error.message}`);
    process.exit(1);
  }
  if (!config.DATABASE_URL) {
    console.error('The Barometer worker needs DATABASE_URL: it works on the database the API copies share.');
    process.exit(1);
  }
  const log = createLogger(config.LOG_LEVEL);
  const db = await openDatabase(config, log);
  connectModules();
  const rollups = startRollupWorker(db.orm, log, config.ROLLUP_INTERVAL_MS);
  const workers = await startWorkers(config, db.orm, log);
  log.info('worker started');
  console.log('Barometer worker is running (rollups, delivery, scheduled jobs)');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await rollups.stop();
    await workers.stop();
    await db.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
}

main().catch((error) => {
  console.error('The Barometer worker could not start:', error);
  process.exit(1);
});
