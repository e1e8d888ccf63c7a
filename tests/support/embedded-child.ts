// A Barometer stand-in for the orphan tests: starts the embedded PostgreSQL on the folder given
// as argument, prints READY, and waits to be killed.
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';

const db = await startEmbeddedPostgres({ dataDir: process.argv[2], port: 0, durable: false });
process.stdout.write(`READY ${db.url}\n`);
setInterval(() => {}, 1 << 30);
