import { bandOf } from '../../indicators/index.js';
import { addResponse, addScaled, emptyStats, type ScopeStats } from '../../indicators/index.js';
import type { ModelDefinition, ScoredAnswer } from '../../indicators/index.js';

/**
 * What a rollup cell (or any group of responses) holds: the engine's sufficient statistics,
 * unweighted, and how many of its responses fell in each band by their own score.
 */
export interface CellStats {
  stats: ScopeStats;
  bands: Map<string, number>;
  /** Responses from anonymous or confidential distributions (design.md §4, small groups). */
  confidential: number;
}

export const emptyCell = (): CellStats => ({ stats: emptyStats(), bands: new Map(), confidential: 0 });

/** Adds one scored response (unweighted) to a cell. */
export function addToCell(
  model: ModelDefinition,
  cell: CellStats,
  scored: ReadonlyMap<string, ScoredAnswer>,
  confidential: boolean,
): void {
  if (confidential) cell.confidential += 1;
  const perNode = addResponse(model, cell.stats, scored, 1);
  const band = bandOf(model.bands, perNode.get(model.root.key)!.score);
  if (band) cell.bands.set(band.key, (cell.bands.get(band.key) ?? 0) + 1);
}

/** target += weight · source (source unweighted); sign −1 removes what the same call added. */
export function addCell(target: CellStats, source: CellStats, weight = 1, sign: 1 | -1 = 1): CellStats {
  addScaled(target.stats, source.stats, weight, sign);
  target.confidential += sign * source.confidential;
  for (const [key, n] of source.bands) {
    const total = (target.bands.get(key) ?? 0) + sign * weight * n;
    if (sign < 0 && Math.abs(total) < 1e-9) target.bands.delete(key);
    else target.bands.set(key, total);
  }
  return target;
}

/**
 * Compact JSON of an unweighted cell: Σω = n and Σω² = n, so only counts and Σx, Σx² are kept.
 * { r: responses, c: confidential responses, i: { binding: [[score, raw, top2 (1/0/null), n], …] }, m: { node: [n, Σx, Σx²] }, b: { band: n } }
 */
export interface EncodedCell {
  r: number;
  c: number;
  i: Record<string, [number, number, 0 | 1 | null, number][]>;
  m: Record<string, [number, number, number]>;
  b: Record<string, number>;
}

export function encodeCell(cell: CellStats): EncodedCell {
  const i: EncodedCell['i'] = {};
  for (const [id, cells] of cell.stats.items)
    i[id] = [...cells.values()].map((c) => [c.score, c.raw, c.top2 === null ? null : c.top2 ? 1 : 0, c.n]);
  const m: EncodedCell['m'] = {};
  for (const [key, moments] of cell.stats.nodes) m[key] = [moments.n, moments.sumWX, moments.sumWX2];
  return { r: cell.stats.responses, c: cell.confidential, i, m, b: Object.fromEntries(cell.bands) };
}

export function decodeCell(encoded: EncodedCell): CellStats {
  const stats = emptyStats();
  stats.responses = encoded.r;
  for (const [id, cells] of Object.entries(encoded.i)) {
    stats.items.set(
      id,
      new Map(
        cells.map(([score, raw, t, n]) => {
          const top2 = t === null ? null : t === 1;
          return [`${score}|${raw}|${top2}`, { score, raw, top2, n, sumW: n, sumW2: n }];
        }),
      ),
    );
  }
  for (const [key, [n, sumX, sumX2]] of Object.entries(encoded.m))
    stats.nodes.set(key, { n, sumW: n, sumW2: n, sumWX: sumX, sumWX2: sumX2 });
  return { stats, bands: new Map(Object.entries(encoded.b)), confidential: encoded.c };
}
