// For results-cells-memory.test.ts: the app on an existing database, in a process whose heap is as small as the
// test chooses (spawned with --max-old-space-size); prints PORT when it listens and stops on SIGTERM.
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { createApp } from '../../server/app/app.js';
import { ormConfig } from '../../server/app/orm-config.js';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';

const [url] = process.argv.slice(2);
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ROLLUP_INTERVAL_MS: '0' });
const orm = await MikroORM.init({ ...ormConfig(url, { poolMax: 2 }), logger: () => {} });
const app = await createApp({ config, orm, log: createLogger('silent') });
process.stdout.write(`PORT ${await app.listen(0, '127.0.0.1')}\n`);
process.once('SIGTERM', () => void app.close().then(() => orm.close()));
