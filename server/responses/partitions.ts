import type { EntityManager } from '@mikro-orm/postgresql';
import { monthOf } from './response.entity.js';

/**
 * The monthly partitions of `response` (docs/scale-out.md#responses-partitioned-by-month): range
 * partitions on `partition_month`, one table per month named `response_YYYY_MM`, and
 * `response_default` for a month that has no partition yet.
 */

/** Months created ahead of the current one, so a month's first response never lands in the default partition. */
export const MONTHS_AHEAD = 3;
/** Rows of the default partition older than this many years are left there (a mistyped date, not a month to keep). */
const FILED_YEARS_BACK = 30;
/** At most this many months are split out of the default partition per run (each locks it briefly). */
const MONTHS_PER_RUN = 24;

export const partitionName = (month: string) => `response_${month.slice(0, 4)}_${month.slice(5, 7)}`;

const nextMonth = (month: string) => {
  const d = new Date(`${month}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return monthOf(d);
};

/** The month partitions attached to `response`, oldest first (the default partition not included). */
export async function responsePartitions(em: EntityManager): Promise<string[]> {
  const rows: { name: string }[] = await em.execute(
    `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = 'response'::regclass and pg_get_expr(c.relpartbound, c.oid) <> 'DEFAULT' order by 1`,
  );
  return rows.map((r) => r.name);
}

/**
 * In `tx`: makes `month` a partition of its own. The table is created beside `response`, the
 * default partition's rows of that month are moved into it, then it is attached (which builds its
 * indexes and checks the default partition holds none of its rows). False when it already exists.
 */
async function fileMonth(tx: EntityManager, month: string): Promise<boolean> {
  const name = partitionName(month);
  const [{ exists }] = await tx.execute(`select to_regclass(?) is not null as exists`, [name]);
  if (exists) return false;
  const end = nextMonth(month);
  await tx.execute(`create table "${name}" (like response including defaults including constraints)`);
  await tx.execute(
    `with moved as (delete from response_default where partition_month >= ?::date and partition_month < ?::date returning *)
     insert into "${name}" select * from moved`,
    [month, end],
  );
  await tx.execute(`alter table response attach partition "${name}" for values from ('${month}') to ('${end}')`);
  return true;
}

/**
 * The scheduled job (`response-partitions`, hourly): creates the current month's partition and the
 * next MONTHS_AHEAD, and gives each month found in the default partition (an import of older
 * responses, a clock far ahead) a partition of its own, moving its rows there. One run at a time
 * across every process (a transaction lock); each month in a transaction of its own, under a
 * short lock wait, so a busy table makes it try again next hour rather than queue requests.
 * Returns the partitions it created.
 */
export async function maintainResponsePartitions(em: EntityManager, now = new Date()): Promise<string[]> {
  const months: string[] = [];
  for (let m = monthOf(now), k = 0; k <= MONTHS_AHEAD; k++, m = nextMonth(m)) months.push(m);
  const stray: { month: string }[] = await em.execute(
    `select distinct to_char(partition_month, 'YYYY-MM-DD') as month from response_default
      where partition_month >= (?::date - make_interval(years => ?)) order by 1 limit ?`,
    [monthOf(now), FILED_YEARS_BACK, MONTHS_PER_RUN],
  );
  for (const { month } of stray) if (!months.includes(month)) months.push(month);
  const created: string[] = [];
  for (const month of months) {
    const made = await em.fork().transactional(async (tx) => {
      await tx.execute(`set local lock_timeout = '5s'`);
      await tx.execute(`select pg_advisory_xact_lock(hashtext('response-partitions'))`);
      return fileMonth(tx, month);
    });
    if (made) created.push(partitionName(month));
  }
  return created;
}

/**
 * Detaches the twelve month partitions of `year` from `response` for archiving (`npm run
 * partitions:detach -- YEAR`): first the year's rows still in the default partition get their
 * months, then each month is detached in one transaction. The tables stay, standalone and no
 * longer read by any query, to be dumped (`pg_dump -t 'response_YYYY_*'`) and dropped. Returns
 * the tables detached.
 */
export async function detachResponseYear(em: EntityManager, year: number): Promise<string[]> {
  if (!Number.isInteger(year) || year < 1900) throw new Error(`Not a year: ${year}.`);
  // The current year's months still take responses (and the job recreates them): only a past year is archived.
  if (year >= new Date().getUTCFullYear())
    throw new Error(`${year} is not over yet: only a past year's partitions can be detached.`);
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}-01`);
  return em.fork().transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('response-partitions'))`);
    const stray: { month: string }[] = await tx.execute(
      `select distinct to_char(partition_month, 'YYYY-MM-DD') as month from response_default
        where partition_month >= ?::date and partition_month < ?::date`,
      [months[0], `${year + 1}-01-01`],
    );
    for (const { month } of stray) await fileMonth(tx, month);
    const attached = new Set(await responsePartitions(tx));
    const detached = months.map(partitionName).filter((name) => attached.has(name));
    for (const name of detached) await tx.execute(`alter table response detach partition "${name}"`);
    return detached;
  });
}
