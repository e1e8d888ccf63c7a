/**
 * The benchmark's verdicts against issue 21's targets, kept apart from the measuring so a test can check them
 * (tests/unit/bench-verdict.test.ts): every results query under 50 ms p50 and at least 100× faster than its naive
 * baseline at 1M and at 5M responses, its p50 flat while the baseline grows with the data, validated submissions
 * at least 1.0× the bare endpoint, validated import at least 0.8× raw COPY.
 */
import type { Result } from './harness.js';

export const QUERY_P50_MS = 50;
export const QUERY_RATIO = 100;
/** The query targets are for 1M and 5M responses: below that the naive baseline is too cheap to beat 100×. */
export const QUERY_TARGET_FROM = 1_000_000;
/** "Flat": the p50 at the larger size within this factor of the smaller size's… */
export const FLAT_FACTOR = 1.5;
/** …or within this many ms of it (at a few ms, the machine's noise alone is more than 1.5×). */
export const FLAT_SLACK_MS = 5;
export const INGEST_RATIO = 1.0;
export const IMPORT_RATIO = 0.8;

export const INGEST_TARGET = `≥ ${INGEST_RATIO.toFixed(1)} × bare node:http + INSERT`;
export const IMPORT_TARGET = `≥ ${IMPORT_RATIO} × raw COPY into the same table`;
export const ingestMet = (ratio: number) => ratio >= INGEST_RATIO;
export const importMet = (ratio: number) => ratio >= IMPORT_RATIO;

/** One results query's p50 at one size, beside its naive baseline's. */
export interface QueryTime {
  query: string;
  responses: number;
  p50: number;
  baseline: number;
}

export function queryVerdict(time: QueryTime): Pick<Result, 'target' | 'met'> {
  const target = `< ${QUERY_P50_MS} ms and ≥ ${QUERY_RATIO}× faster than one SQL query over raw answers`;
  if (time.responses < QUERY_TARGET_FROM) return { target: `(for information; ${target} from 1M)`, met: null };
  return { target, met: time.p50 < QUERY_P50_MS && time.baseline / time.p50 >= QUERY_RATIO };
}

export const sizeLabel = (responses: number) =>
  responses >= 1e6 ? `${(responses / 1e6).toLocaleString('en')}M` : `${(responses / 1e3).toLocaleString('en')}k`;

export function isFlat(smaller: number, larger: number): boolean {
  return larger <= FLAT_FACTOR * smaller || larger - smaller <= FLAT_SLACK_MS;
}

/**
 * For each query and each pair of consecutive sizes it ran at: is the larger size's p50 flat while the baseline
 * grew? The row's value is the p50's growth factor, its baseline the naive baseline's growth factor.
 */
export function flatness(times: QueryTime[]): Result[] {
  const rows: Result[] = [];
  const queries = [...new Set(times.map((t) => t.query))];
  for (const query of queries) {
    const sizes = times.filter((t) => t.query === query).sort((a, b) => a.responses - b.responses);
    for (let i = 1; i < sizes.length; i++) {
      const [from, to] = [sizes[i - 1], sizes[i]];
      const growth = to.p50 / from.p50;
      const baselineGrowth = to.baseline / from.baseline;
      rows.push({
        name: `${query}: p50 from ${sizeLabel(from.responses)} to ${sizeLabel(to.responses)} responses (${Math.round(from.p50)} → ${Math.round(to.p50)} ms)`,
        unit: '×',
        value: growth,
        baseline: baselineGrowth,
        ratio: null,
        target: `flat (≤ ${FLAT_FACTOR}× or + ${FLAT_SLACK_MS} ms) while the baseline grows (baseline: its growth)`,
        met: isFlat(from.p50, to.p50) && baselineGrowth > 1,
      });
    }
  }
  return rows;
}
