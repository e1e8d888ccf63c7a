import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Deletes partial responses nobody resumed for `days` days (their last save is older), in every
 * organisation: they never count, and left alone they grow without bound (issue 15, finding 10).
 */
export async function purgeAbandonedPartials(em: EntityManager, days: number): Promise<number> {
  const rows = await em.getConnection().execute(
    `delete from response where status = 'PARTIAL' and completed_at is null
        and submitted_at < now() - make_interval(days => ?) returning id`,
    [days],
  );
  return rows.length;
}
