/**
 * npm run rollups:rebuild — recreates the result rollups of every organisation from the raw
 * responses, with the server's configuration (DATABASE_URL, or the embedded PostgreSQL in
 * DATA_DIR: stop the server first then, as two copies cannot share that folder). A running
 * server copy keeps answering meanwhile: results read the previous cells plus the tail.
 */
import 'reflect-metadata';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/app/database.js';
import { createLogger } from '../server/logger.js';
import { rebuildAll } from '../server/results/rollup/upkeep.js';
import { latestModelVersions } from '../server/indicators/indicator-model.service.js';

// A rebuild is long on purpose: no statement or lock-wait bound unless the environment sets one.
const config = loadConfig({ DB_STATEMENT_TIMEOUT_MS: '0', DB_LOCK_TIMEOUT_MS: '0', ...process.env });
const db = await openDatabase(config, createLogger(config.LOG_LEVEL));
try {
  const started = Date.now();
  for (const org of await rebuildAll(db.orm.em.fork(), latestModelVersions))
    console.log(`organisation ${org.orgId}: ${org.responses} responses, ${org.cells} cells`);
  console.log(
    `rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s, peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
} finally {
  await db.close();
}
