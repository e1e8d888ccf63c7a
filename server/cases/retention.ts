import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Purges the client contacts of finished cases (CLOSED or REJECTED) whose last timeline entry is
 * older than `retentionDays` (CONTACT_RETENTION_DAYS, as for invitation contacts): the encrypted
 * row is deleted, the case keeps its facts and says CONTACT_PURGED on its timeline. One statement,
 * so a case is never left pointing at a deleted contact; rows another run holds are skipped, so
 * two server copies never purge the same case twice. Runs on the maintenance schedule, across
 * every organisation; answers how many contacts it removed.
 */
export async function purgeCaseContacts(em: EntityManager, retentionDays: number): Promise<number> {
  const rows: { id: string }[] = await em.getConnection().execute(
    `with old as (
       select c.id, c.organization_id, c.contact_id from complaint_case c
        where c.contact_id is not null and c.state in ('CLOSED', 'REJECTED')
          and coalesce((select max(e.at) from case_event e where e.case_id = c.id), c.received_at)
              < now() - make_interval(days => ?)
        order by c.id limit 10000
        for update of c skip locked
     ), cleared as (
       update complaint_case c set contact_id = null from old where c.id = old.id
       returning old.id, old.organization_id, old.contact_id
     ), logged as (
       insert into case_event (id, organization_id, case_id, at, actor_id, kind)
       select gen_random_uuid(), organization_id, id, now(), null, 'CONTACT_PURGED' from cleared
     )
     delete from case_contact cc using cleared where cc.id = cleared.contact_id returning cc.id`,
    [retentionDays],
  );
  return rows.length;
}
