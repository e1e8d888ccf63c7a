import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Deletes IVR sessions older than `hours`, in every organisation: a call lasts minutes, and a
 * finished call's response is stored on its own, so an old session is only an abandoned call.
 */
export async function purgeIvrSessions(em: EntityManager, hours: number): Promise<number> {
  const rows = await em
    .getConnection()
    .execute(`delete from ivr_session where created_at < now() - make_interval(hours => ?) returning id`, [hours]);
  return rows.length;
}
