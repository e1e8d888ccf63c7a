import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCell, type CellStats, type EncodedCell } from './cell-stats.js';
import type { CellKey } from './result-cell.entity.js';

/**
 * Decoded rollup cells, shared by the requests of this server process. A cell is identified by
 * its key and its row version (`xmin`, new on every write), so an entry can never be stale: a
 * changed cell is simply another entry. Cached cells are never mutated (results add them into
 * fresh totals). Bounded, least recently used first out.
 */
const MAX_CELLS = 4000;
const cache = new Map<string, CellStats>();

/** A cell and the version of its row. */
export type CellRef = CellKey & { rev: string };

const idOf = (r: CellRef) =>
  `${r.model_version_id}|${r.unit_id}|${r.kind}|${r.month}|${r.questionnaire_version_id}|${r.channel}|${r.category}|${r.situation}|${r.language}|${r.rev}`;

/**
 * The statistics of the cells named, from the cache or (in the caller's snapshot) the table.
 * Hits are taken before the read and misses kept beside the cache, so neither a request naming
 * more cells than the cache holds nor another request filling it meanwhile can lose a cell.
 */
export async function cellsOf(em: EntityManager, refs: CellRef[]): Promise<CellStats[]> {
  const cells = await cellsAt(em, refs, false);
  if (!cells) throw new Error('Rollup cells listed were not found in the snapshot they were listed in.');
  return cells;
}

/**
 * `cellsOf` for refs listed by an earlier statement, outside its snapshot: a cell is read only at
 * the row version listed, so what is read equals what that snapshot held. Null when a cell has
 * changed since (the rollup worker wrote it): the caller reads again in one snapshot.
 */
export const cellsAtListedVersions = (em: EntityManager, refs: CellRef[]) => cellsAt(em, refs, true);

async function cellsAt(em: EntityManager, refs: CellRef[], listedVersions: boolean): Promise<CellStats[] | null> {
  const found = new Map<string, CellStats>();
  const missing: CellRef[] = [];
  for (const r of refs) {
    const id = idOf(r);
    const hit = cache.get(id);
    if (hit) found.set(id, hit);
    else if (!found.has(id)) missing.push(r);
  }
  if (missing.length) {
    const rows: (CellRef & { stats: EncodedCell })[] = await em.execute(
      `select c.model_version_id, c.unit_id, c.kind, to_char(c.month, 'YYYY-MM-DD') as month, c.questionnaire_version_id, c.channel, c.category, c.situation, c.language, c.xmin::text as rev, c.stats
         from result_cell c join jsonb_to_recordset(?::jsonb) as x(model_version_id uuid, unit_id uuid, kind text, month date, questionnaire_version_id text, channel text, category text, situation text, language text, rev text)
           using (model_version_id, unit_id, kind, month, questionnaire_version_id, channel, category, situation, language)
        ${listedVersions ? 'where c.xmin::text = x.rev' : ''}`,
      [JSON.stringify(listedVersions ? missing : missing.map(({ rev: _, ...key }) => key))],
    );
    for (const { stats, ...ref } of rows) found.set(idOf(ref), decodeCell(stats));
  }
  const out: CellStats[] = [];
  for (const r of refs) {
    const id = idOf(r);
    const cell = found.get(id);
    if (!cell) return null;
    // Refresh its place in the LRU order.
    cache.delete(id);
    cache.set(id, cell);
    if (cache.size > MAX_CELLS) cache.delete(cache.keys().next().value!);
    out.push(cell);
  }
  return out;
}

/** Cells decoded per round trip when a query reads more cells than any cache could hold. */
const PAGE = 2000;
let cursors = 0;

/**
 * Every row `sql` selects (its `stats` column decoded), a page at a time through a cursor in the
 * caller's transaction and snapshot. A head office's OWN cells can outnumber its responses, so
 * a caller sums them as they come instead of holding them all decoded (bug: the dashboard ran
 * the server out of memory at 500 units and 50k responses).
 */
export async function eachCell<R>(
  em: EntityManager,
  sql: string,
  params: unknown[],
  visit: (row: R, cell: CellStats) => void,
): Promise<void> {
  const cursor = `cells_${++cursors}`;
  await em.execute(`declare ${cursor} no scroll cursor for ${sql}`, params);
  try {
    for (;;) {
      const rows: (R & { stats: EncodedCell })[] = await em.execute(`fetch ${PAGE} from ${cursor}`);
      for (const { stats, ...row } of rows) visit(row as R, decodeCell(stats));
      if (rows.length < PAGE) return;
    }
  } finally {
    // An error has ended the transaction and the cursor with it.
    await em.execute(`close ${cursor}`).catch(() => undefined);
  }
}
