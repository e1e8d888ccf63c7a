import { describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { cellsOf, type CellRef } from '../../server/results/rollup/cell-cache.js';
import { encodeCell, emptyCell } from '../../server/results/rollup/cell-stats.js';
import { CellKind } from '../../server/results/rollup/result-cell.entity.js';

/**
 * The decoded-cell cache holds 4,000 cells. A breakdown over a large organisation names more
 * OWN cells than that in one request (the 20k-response benchmark gave INTERNAL_SERVER_ERROR):
 * every cell named must still come back, in order.
 */
const ref = (i: number): CellRef => ({
  model_version_id: '00000000-0000-0000-0000-000000000001',
  unit_id: '00000000-0000-0000-0000-000000000002',
  kind: CellKind.OWN,
  month: '2025-01-01',
  questionnaire_version_id: '',
  channel: 'WEB_LINK',
  category: `c${i}`,
  situation: '',
  language: '',
  rev: '1',
});

/** An entity manager whose table holds one cell per category, with `responses` = its number. */
const table = (reads: number[]) =>
  ({
    execute: async (_sql: string, [keys]: [string]) => {
      const wanted = JSON.parse(keys) as Omit<CellRef, 'rev'>[];
      reads.push(wanted.length);
      return wanted.map((k) => ({
        ...k,
        rev: '1',
        stats: { ...encodeCell(emptyCell()), r: Number(k.category.slice(1)) },
      }));
    },
  }) as unknown as EntityManager;

describe('rollup cell cache', () => {
  it('returns every cell of a request naming more cells than the cache holds', async () => {
    const reads: number[] = [];
    const refs = Array.from({ length: 6000 }, (_, i) => ref(i));
    const cells = await cellsOf(table(reads), refs);
    expect(cells.map((c) => c.stats.responses)).toEqual(refs.map((_, i) => i));
    expect(reads).toEqual([6000]);
    // The last 4,000 are cached now: a second request reads only the first 2,000 again.
    const again = await cellsOf(table(reads), refs);
    expect(again.map((c) => c.stats.responses)).toEqual(refs.map((_, i) => i));
    expect(reads).toEqual([6000, 2000]);
  });

  it('keeps its hits when another request fills the cache while it reads', async () => {
    const reads: number[] = [];
    const warm = [ref(100_000)];
    await cellsOf(table(reads), warm);
    // The slow request's read waits until the other request has filled the cache.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fast = table(reads);
    const gated = {
      execute: async (...args: [string, [string]]) => (await gate, fast.execute(...args)),
    } as unknown as EntityManager;
    const slow = cellsOf(gated, [...warm, ref(100_001)]);
    await cellsOf(
      table(reads),
      Array.from({ length: 4500 }, (_, i) => ref(200_000 + i)),
    );
    release();
    expect((await slow).map((c) => c.stats.responses)).toEqual([100_000, 100_001]);
  });
});
