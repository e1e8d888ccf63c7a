import type { CellStats } from './rollup/cell-stats.js';

/**
 * Responses in scope, summed into groups alike in everything results break down or weight by.
 * A group is a rollup cell or a set of raw responses (the not-yet-rolled tail, days at the
 * edges of a period, or everything when no rollup applies).
 */
export interface Group {
  unitId: string;
  unitPath: string;
  /** A SUBTREE cell: the responses of the whole subtree of `unitPath`, with no breakdown. */
  subtree: boolean;
  category: string | null;
  situation: string | null;
  channel: string | null;
  language: string | null;
  versionId: string | null;
  /** The local day of raw responses, the first day of the month of a cell. */
  date: string;
  cell: CellStats;
}
