/**
 * npm run partitions:detach -- YEAR — detaches the twelve monthly partitions of YEAR from the
 * `response` table for archiving (docs/scale-out.md#responses-partitioned-by-month), with the
 * server's configuration (DATABASE_URL, or the embedded PostgreSQL in DATA_DIR). The tables stay
 * as they were, no longer read by anything: dump them, then drop them.
 */
import 'reflect-metadata';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/app/database.js';
import { createLogger } from '../server/logger.js';
import { detachResponseYear } from '../server/responses/index.js';

const arg = process.argv[2] ?? '';
if (!/^\d{4}$/.test(arg)) {
  console.error('usage: npm run partitions:detach -- YEAR   (e.g. 2025: detaches response_2025_01 … response_2025_12)');
  process.exit(2);
}
// Detaching waits for the queries reading the table: no statement bound unless the environment sets one.
const config = loadConfig({ DB_STATEMENT_TIMEOUT_MS: '0', ...process.env });
const db = await openDatabase(config, createLogger(config.LOG_LEVEL));
try {
  const tables = await detachResponseYear(db.orm.em.fork(), Number(arg)).catch((error: Error) => {
    console.error(error.message);
    return null;
  });
  if (!tables) process.exitCode = 1;
  else if (!tables.length) console.log(`no partition of ${arg} is attached: nothing to detach`);
  else {
    console.log(`detached ${tables.length} partitions of ${arg}: ${tables.join(', ')}`);
    console.log(`archive them with: pg_dump --table='response_${arg}_*' --format=custom --file=responses-${arg}.dump`);
    console.log(`then drop them: ${tables.map((t) => `drop table ${t};`).join(' ')}`);
  }
} finally {
  await db.close();
}
