import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { AuditSubscriber } from './audit-trail.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));
// Under a TypeScript loader (dev tools, tests) migrations are .ts; the built server runs dist/ .js.
const COMPILED = import.meta.url.endsWith('.js');

/** Bounds on every database wait, in milliseconds (0 = none); see the DB_*_TIMEOUT_MS settings. */
export interface DbTimeouts {
  statementMs: number;
  lockMs: number;
  idleInTransactionMs: number;
  connectMs: number;
  acquireMs: number;
}

export interface OrmOptions {
  poolMax?: number;
  debug?: boolean;
  /** Left out by tools that run long statements on purpose (migrations, rebuilds). */
  timeouts?: DbTimeouts;
  /** Through a transaction pooler (pgbouncer): no session settings at connect; the role carries the timeouts. */
  transactionPooled?: boolean;
}

export function dbTimeouts(config: {
  DB_STATEMENT_TIMEOUT_MS: number;
  DB_LOCK_TIMEOUT_MS: number;
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: number;
  DB_CONNECT_TIMEOUT_MS: number;
  DB_ACQUIRE_TIMEOUT_MS: number;
}): DbTimeouts {
  return {
    statementMs: config.DB_STATEMENT_TIMEOUT_MS,
    lockMs: config.DB_LOCK_TIMEOUT_MS,
    idleInTransactionMs: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    connectMs: config.DB_CONNECT_TIMEOUT_MS,
    acquireMs: config.DB_ACQUIRE_TIMEOUT_MS,
  };
}

/**
 * How long the client waits for any answer to a query: the statement timeout is enforced by the
 * server, so a frozen or vanished server would otherwise hold a request for ever. A little longer
 * than the statement timeout, so a statement the server cancels is reported as such (BUSY).
 */
const clientQueryTimeout = (t: DbTimeouts) => (t.statementMs > 0 ? t.statementMs + QUERY_TIMEOUT_MARGIN_MS : 0);
const QUERY_TIMEOUT_MARGIN_MS = 1000;

/** Session settings every pooled connection starts with (node-postgres sends them at connect). */
function connectionTimeouts(t: DbTimeouts | undefined, transactionPooled = false) {
  if (!t) return {};
  const client = { connectionTimeoutMillis: t.connectMs, query_timeout: clientQueryTimeout(t) };
  // pgbouncer refuses unknown startup parameters, and a SET would outlive the transaction on a pooled connection.
  if (transactionPooled) return { driverOptions: { connection: client } };
  return {
    driverOptions: {
      connection: {
        statement_timeout: t.statementMs,
        lock_timeout: t.lockMs,
        idle_in_transaction_session_timeout: t.idleInTransactionMs,
        ...client,
      },
    },
  };
}

/** The part of a node-postgres client this file relies on. */
interface DriverClient {
  query: (...args: unknown[]) => unknown;
  connection?: { stream?: { destroy(): void } };
}

/**
 * A connection whose query timed out on the client side is in an unknown state (the server may
 * still run the statement, and later ones would queue behind it, or run in its transaction):
 * close its socket, so the pool drops it and the server rolls its transaction back.
 */
function dropOnQueryTimeout(client: DriverClient, done: (error: Error | null, client: unknown) => void): void {
  const query = client.query.bind(client);
  const drop = (error: unknown) => {
    if ((error as Error | undefined)?.message === 'Query read timeout') client.connection?.stream?.destroy();
  };
  client.query = (...args: unknown[]) => {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (error: unknown, result: unknown) => {
        drop(error);
        callback(error, result);
      };
    }
    const result = query(...args);
    if (result instanceof Promise) result.catch(drop);
    return result;
  };
  done(null, client);
}

/** The modules' entities (server/app/entities.ts): the kernel does not know them. */
export interface OrmEntities {
  entities: Options['entities'];
  tenantEntityNames: string[];
}

export function baseOrmConfig(
  clientUrl: string,
  { entities, tenantEntityNames }: OrmEntities,
  options: OrmOptions = {},
): Options {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    forceUtcTimezone: true,
    debug: options.debug ?? false,
    pool: {
      min: 0,
      max: options.poolMax ?? 10,
      ...(options.timeouts
        ? { acquireTimeoutMillis: options.timeouts.acquireMs, afterCreate: dropOnQueryTimeout }
        : {}),
    },
    ...connectionTimeouts(options.timeouts, options.transactionPooled),
    dynamicImportProvider: (id) => import(id),
    preferTs: !COMPILED,
    migrations: {
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      glob: COMPILED ? '!(*.d).js' : '!(*.d).ts',
      emit: 'ts',
      snapshot: true,
      snapshotName: '.snapshot-barometer',
      transactional: true,
      allOrNothing: true,
    },
    // The audit trail (db/audit-trail.ts) adds its rows to the flush that makes the changes.
    subscribers: [new AuditSubscriber()],
    filters: {
      tenant: {
        name: 'tenant',
        cond: (args: { orgId: string }) => ({ organization: args.orgId }),
        entity: tenantEntityNames,
        default: true,
      },
    },
  });
}
