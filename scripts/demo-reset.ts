/**
 * npm run demo:reset — retires the demo organisation (its slug freed, its accounts disabled) and makes it again
 * (docs/demo.md), with the server's configuration (DATABASE_URL, or the embedded PostgreSQL in
 * DATA_DIR: stop the server first then, as two copies cannot share that folder).
 */
import 'reflect-metadata';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/app/database.js';
import { createApp } from '../server/app/app.js';
import { loadDemo } from '../server/app/demo.js';
import { loadShippedLibrary } from '../server/app/library.js';
import { createLogger } from '../server/logger.js';
import { demoCredentials } from '../server/demo/index.js';
import { retireDemoOrganization, DEMO_SLUG } from '../server/org/index.js';

const config = loadConfig({ ...process.env, DEMO: 'on' });
const log = createLogger(config.LOG_LEVEL);
const db = await openDatabase(config, log);
try {
  const app = await createApp({ config, orm: db.orm, replica: db.replica, log });
  const started = Date.now();
  if (await retireDemoOrganization(db.orm.em.fork()))
    console.log('The previous demo organisation was retired (its accounts disabled).');
  await loadShippedLibrary(app, db.orm, log);
  const made = await loadDemo(app, db.orm, log);
  console.log(
    made
      ? `The demo organisation was made again in ${((Date.now() - started) / 1000).toFixed(1)} s.`
      : 'Another copy made the demo organisation meanwhile.',
  );
  console.log(demoCredentials(DEMO_SLUG).join('\n'));
  await app.close();
} finally {
  await db.close();
}
