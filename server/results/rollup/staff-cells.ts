import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../db/sql.js';
import { addCell, decodeCell, emptyCell, encodeCell, type CellStats, type EncodedCell } from './cell-stats.js';
import type { CellKey } from './result-cell.entity.js';

/*
 * Upkeep of `staff_cell` (staff-cell.entity.ts), called by rollup/upkeep.ts beside every change
 * it makes to the OWN cells, in the same transaction and under the same organisation lock: a
 * response is in an OWN cell exactly when it is in the staff cell of the same key and its staff
 * member, so the POST and STAFF breakdowns count what every other query counts.
 */

/** A staff cell's identity, as raw SQL reads and writes it (empty text for "none"). */
export type StaffCellKey = Omit<CellKey, 'kind'> & { staff_id: string };

/** The staff cell of an OWN cell's key and a staff member ('' for nobody). */
export const staffKey = ({ kind: _, ...own }: CellKey, staffId: string): StaffCellKey => ({
  ...own,
  staff_id: staffId,
});

/** Staff cells being built or changed, by their full key. */
export class StaffCellSet {
  readonly cells = new Map<string, { key: StaffCellKey; cell: CellStats }>();

  at(key: StaffCellKey): CellStats {
    const id = [key.model_version_id, key.unit_id, key.month, key.staff_id, key.questionnaire_version_id]
      .concat([key.channel, key.category, key.situation, key.language])
      .join('|');
    let entry = this.cells.get(id);
    if (!entry) this.cells.set(id, (entry = { key, cell: emptyCell() }));
    return entry.cell;
  }
}

const COLUMNS =
  'model_version_id uuid, unit_id uuid, month date, staff_id text, questionnaire_version_id text, channel text, category text, situation text, language text';
const KEY =
  'model_version_id, unit_id, month, staff_id, questionnaire_version_id, channel, category, situation, language';

/** Server-side parameters, as upkeep.ts's own: cells travel as large JSON. */
const run = (em: EntityManager, sql: string, params: unknown[]) => {
  const knex = em.getConnection().getKnex();
  const tx = em.getTransactionContext<typeof knex>();
  return (tx ?? knex).raw(sql, params as never[]);
};

export async function writeStaffCells(
  em: EntityManager,
  orgId: string,
  cells: Iterable<{ key: StaffCellKey; cell: CellStats }>,
): Promise<void> {
  const all = [...cells];
  for (let i = 0; i < all.length; i += 500) {
    const chunk = all
      .slice(i, i + 500)
      .map(({ key, cell }) => ({ responses: cell.stats.responses, stats: encodeCell(cell), ...key }));
    await run(
      em,
      `insert into staff_cell (organization_id, ${KEY}, responses, stats)
       select ?, x.* from jsonb_to_recordset(?::jsonb) as x(${COLUMNS}, responses integer, stats jsonb)
       on conflict (organization_id, ${KEY}) do update set responses = excluded.responses, stats = excluded.stats`,
      [orgId, JSON.stringify(chunk)],
    );
  }
}

/** Adds (`sign` 1) or takes out (−1) a change to the stored staff cells; emptied cells are dropped. */
export async function applyStaffDelta(em: EntityManager, orgId: string, delta: StaffCellSet, sign: 1 | -1) {
  const keys = [...delta.cells.values()].map((e) => e.key);
  if (!keys.length) return;
  const stored: (StaffCellKey & { stats: EncodedCell })[] = await em.execute(
    `select c.model_version_id, c.unit_id, to_char(c.month, 'YYYY-MM-DD') as month, c.staff_id, c.questionnaire_version_id,
            c.channel, c.category, c.situation, c.language, c.stats
       from staff_cell c join jsonb_to_recordset(?::jsonb) as x(${COLUMNS}) using (${KEY})
      where c.organization_id = ?`,
    [JSON.stringify(keys), orgId],
  );
  const merged = new StaffCellSet();
  for (const { stats, ...key } of stored) addCell(merged.at(key), decodeCell(stats));
  for (const { key, cell } of delta.cells.values()) addCell(merged.at(key), cell, 1, sign);
  const all = [...merged.cells.values()];
  await writeStaffCells(
    em,
    orgId,
    all.filter((e) => e.cell.stats.responses > 0),
  );
  const emptied = all.filter((e) => e.cell.stats.responses <= 0).map((e) => e.key);
  if (emptied.length)
    await em.execute(
      `delete from staff_cell c using jsonb_to_recordset(?::jsonb) as x(${COLUMNS})
        where c.organization_id = ? and (${KEY.split(', ')
          .map((k) => `c.${k} = x.${k}`)
          .join(' and ')})`,
      [JSON.stringify(emptied), orgId],
    );
}

/** Drops an organisation's staff cells: all, one model version's, or all but those of the versions kept. */
export async function dropStaffCells(
  em: EntityManager,
  orgId: string,
  of: { model?: string; keeping?: string[] } = {},
) {
  if (of.model)
    await em.execute(`delete from staff_cell where organization_id = ? and model_version_id = ?`, [orgId, of.model]);
  else if (of.keeping)
    await em.execute(`delete from staff_cell where organization_id = ? and not model_version_id = any(?::uuid[])`, [
      orgId,
      pgArray(of.keeping),
    ]);
  else await em.execute(`delete from staff_cell where organization_id = ?`, [orgId]);
}
