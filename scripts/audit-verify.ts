/**
 * npm run audit:verify — recomputes every organisation's audit hash chain (server/audit) with the
 * server's configuration (DATABASE_URL, or the embedded PostgreSQL in DATA_DIR) and exits 1 when
 * a row was changed or removed, naming the organisation and the entry.
 */
import 'reflect-metadata';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/app/database.js';
import { createLogger } from '../server/logger.js';
import { verifyAuditChain } from '../server/audit/index.js';

const config = loadConfig({ DB_STATEMENT_TIMEOUT_MS: '0', ...process.env });
const db = await openDatabase(config, createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL));
try {
  const { entries, problems } = await verifyAuditChain(db.orm.em.fork());
  for (const p of problems) console.log(`organisation ${p.orgId}, entry ${p.seq ?? '-'}: ${p.problem}`);
  console.log(
    problems.length
      ? `audit log TAMPERED: ${problems.length} problems in ${entries} entries`
      : `audit log intact: ${entries} entries`,
  );
  process.exitCode = problems.length ? 1 : 0;
} finally {
  await db.close();
}
