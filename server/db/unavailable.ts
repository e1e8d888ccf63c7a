/**
 * Whether an error means the database could not do the work right now (the request may be tried
 * again as it is), as opposed to a bug: GraphQL answers it SERVICE_UNAVAILABLE and plain HTTP 503
 * with Retry-After, both with a sentence, never 500 (docs/hardening.md "Fault suite").
 * - BUSY: it answered, but a lock wait or the statement outlasted its bound.
 * - DOWN: it cannot be reached: restarting, shut down, refusing or dropping connections, frozen
 *   (the client-side query timeout, a connect timeout, no pooled connection in time).
 */
export type DatabaseTrouble = 'BUSY' | 'DOWN';

/** PostgreSQL's lock_not_available (lock timeout) and query_canceled (statement timeout). */
const BUSY_CODES = new Set(['55P03', '57014']);
/**
 * admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down),
 * too_many_connections, and the socket errors of a server that is gone or unreachable.
 */
const DOWN_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
/**
 * node-postgres and knex say these in words only (knex prefixes the SQL: "COMMIT; - Client has …"). A transaction
 * whose connection died is "already complete" for knex when the next statement of it is sent; outside an outage
 * that message would be a bug (a statement after COMMIT), which every test of that path would show.
 */
const DOWN_MESSAGES = [
  /Connection terminated/,
  /Query read timeout/,
  /timeout expired/,
  /timeout exceeded when trying to connect/,
  /Client has encountered a connection error/,
  /Client was closed and is not queryable/,
  /Timeout acquiring a connection/,
  /Transaction query already complete/,
];

interface Cause {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  originalError?: unknown;
  cause?: unknown;
}

/** The database trouble behind an error, also when wrapped (Apollo's originalError, MikroORM's and knex's cause). */
export function databaseTrouble(error: unknown): DatabaseTrouble | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length && seen.size < 8) {
    const e = queue.shift() as Cause | undefined;
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const code = typeof e.code === 'string' ? e.code : '';
    if (BUSY_CODES.has(code)) return 'BUSY';
    if (DOWN_CODES.has(code) || code.startsWith('08')) return 'DOWN';
    if (e.name === 'KnexTimeoutError') return 'DOWN';
    if (typeof e.message === 'string' && DOWN_MESSAGES.some((m) => m.test(e.message as string))) return 'DOWN';
    queue.push(e.originalError, e.cause);
  }
  return null;
}

/** Seconds a client should wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

/** What the caller is told, per kind of trouble. */
export const TROUBLE_MESSAGE: Record<DatabaseTrouble, string> = {
  BUSY: 'The database is busy right now and did not answer in time; please try again in a moment.',
  DOWN: 'The database cannot be reached right now (it may be restarting); please try again in a moment.',
};
