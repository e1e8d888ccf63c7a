import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';

/** Response header naming the server that answered a request's results reads: `replica` or `primary`. */
export const READ_SOURCE_HEADER = 'x-read-source';

/**
 * The context a results read runs in: on the read replica (DATABASE_READ_URL) when it has replayed
 * the primary's WAL up to the position the primary is at now, so it holds every change committed
 * before this request (the caller's own writes included); otherwise, or when the replica cannot be
 * reached, on the primary. The insert position is taken (not the flushed one), so a commit not yet
 * flushed (synchronous_commit=off) counts too.
 */
export async function readingContext(ctx: RequestContext): Promise<RequestContext> {
  if (!ctx.replica) return ctx;
  try {
    const [{ lsn }] = await ctx.em.execute(`select pg_current_wal_insert_lsn()::text as lsn`);
    const em: EntityManager = ctx.replica.fork();
    const [{ fresh }] = await em.execute(`select coalesce(pg_last_wal_replay_lsn() >= ?::pg_lsn, false) as fresh`, [
      lsn,
    ]);
    if (!fresh) return answeredBy(ctx, 'primary');
    if (ctx.principal) em.setFilterParams('tenant', { orgId: ctx.principal.orgId });
    return answeredBy({ ...ctx, em }, 'replica');
  } catch (error) {
    ctx.log.warn({ err: error }, 'read replica unavailable; results read from the primary');
    return answeredBy(ctx, 'primary');
  }
}

function answeredBy(ctx: RequestContext, source: 'replica' | 'primary'): RequestContext {
  if (!ctx.res.headersSent) ctx.res.setHeader(READ_SOURCE_HEADER, source);
  return ctx;
}
