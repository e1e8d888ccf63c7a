/**
 * Respondent weights ω_r (design.md §4). Post-stratification: ω = N(u,c) / n(u,c) per cell of
 * leaf unit × respondent category. Raking: iterative proportional fitting of ω to the population
 * margins of two or more variables, until every margin is within the tolerance, with an
 * iteration cap and optional trimming. Pure functions over the scope's responses.
 */

export interface Cell {
  unitId: string;
  category: string;
  population: number;
}

export interface Margin {
  /** The response attribute: unit, category, situation or channel. */
  variable: string;
  targets: { value: string; population: number }[];
}

export interface RakingOptions {
  tolerance: number;
  maxIterations: number;
  /** Weights are kept within [trimMin, trimMax] × the mean weight, when given. */
  trimMin?: number | null;
  trimMax?: number | null;
}

export interface WeightingReport {
  /** ω of each row (each response, or each group of `count` responses alike in every variable). */
  weights: number[];
  /** Responses in cells without population (weight 0). */
  outOfFrame: number;
  /** Cells (or margin values) with population but no response. */
  uncovered: string[];
  iterations: number;
  converged: boolean;
}

const countOf = (r: { count?: number }) => r.count ?? 1;

export function postStratify(
  rows: { unitId: string; category: string | null; count?: number }[],
  cells: Cell[],
): WeightingReport {
  const key = (u: string, c: string | null) => `${u}|${c ?? ''}`;
  const population = new Map(cells.map((c) => [key(c.unitId, c.category), c.population]));
  const counts = new Map<string, number>();
  for (const r of rows)
    counts.set(key(r.unitId, r.category), (counts.get(key(r.unitId, r.category)) ?? 0) + countOf(r));
  const weights = rows.map((r) => {
    const k = key(r.unitId, r.category);
    return population.has(k) ? population.get(k)! / counts.get(k)! : 0;
  });
  return {
    weights,
    outOfFrame: rows.reduce(
      (s, r, i) => s + (weights[i] === 0 && !population.has(key(r.unitId, r.category)) ? countOf(r) : 0),
      0,
    ),
    uncovered: cells
      .filter((c) => c.population > 0 && !counts.has(key(c.unitId, c.category)))
      .map((c) => `${c.unitId} × ${c.category}`),
    iterations: 1,
    converged: true,
  };
}

/** Rows are responses (or groups of `count` alike responses): their value of each variable. */
export type RakingRow = Record<string, string | number | null | undefined> & { count?: number };

export function rake(rows: RakingRow[], margins: Margin[], options: RakingOptions): WeightingReport {
  const inFrame = (r: RakingRow) => margins.every((m) => m.targets.some((t) => t.value === r[m.variable]));
  const weights: number[] = rows.map((r) => (inFrame(r) ? 1 : 0));
  const uncovered = margins.flatMap((m) =>
    m.targets
      .filter((t) => t.population > 0 && !rows.some((r, i) => weights[i] > 0 && r[m.variable] === t.value))
      .map((t) => `${m.variable} = ${t.value}`),
  );
  const gap = () =>
    Math.max(
      0,
      ...margins.flatMap((m) =>
        m.targets
          .filter((t) => t.population > 0)
          .map((t) => {
            const sum = rows.reduce((s, r, i) => s + (r[m.variable] === t.value ? countOf(r) * weights[i] : 0), 0);
            return Math.abs(sum - t.population) / t.population;
          }),
      ),
    );
  let iterations = 0;
  while (iterations < options.maxIterations && gap() > options.tolerance) {
    iterations++;
    for (const m of margins) {
      for (const t of m.targets) {
        const sum = rows.reduce((s, r, i) => s + (r[m.variable] === t.value ? countOf(r) * weights[i] : 0), 0);
        if (sum <= 0) continue;
        const factor = t.population / sum;
        rows.forEach((r, i) => r[m.variable] === t.value && (weights[i] *= factor));
      }
    }
    if (options.trimMin != null || options.trimMax != null) {
      const positive = rows.map((r, i) => [countOf(r), weights[i]] as const).filter(([, w]) => w > 0);
      const mean = positive.reduce((a, [n, w]) => a + n * w, 0) / (positive.reduce((a, [n]) => a + n, 0) || 1);
      for (let i = 0; i < weights.length; i++) {
        if (weights[i] === 0) continue;
        if (options.trimMin != null) weights[i] = Math.max(weights[i], options.trimMin * mean);
        if (options.trimMax != null) weights[i] = Math.min(weights[i], options.trimMax * mean);
      }
    }
  }
  return {
    weights,
    outOfFrame: rows.reduce((s, r, i) => s + (weights[i] === 0 ? countOf(r) : 0), 0),
    uncovered,
    iterations,
    converged: gap() <= options.tolerance,
  };
}
