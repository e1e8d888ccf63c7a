import type { RequestContext } from '../graphql/context.js';
import { AppError, notFound } from '../graphql/errors.js';
import { unitsByCode } from '../org/index.js';
import { metricValuesFromCsv, type RowProblem } from './metric-import.js';
import { Metric } from './metric.entity.js';
import { recordMetric } from './metric.service.js';

export interface MetricImportResult {
  imported: number;
  rowErrors: RowProblem[];
}

/**
 * Records every row of a CSV of metric values, or none: when any row has a problem (unreadable,
 * unknown unit, a unit the caller may not record for, a value the metric refuses), nothing is
 * stored and every problem is returned with its line, for the file to be fixed and sent again.
 */
export async function importMetricValues(
  ctx: RequestContext,
  input: { metricKey: string; csv: string },
): Promise<MetricImportResult> {
  if (!(await ctx.em.count(Metric, { key: input.metricKey }))) throw notFound('Metric', input.metricKey);
  const { rows, problems } = metricValuesFromCsv(input.csv);
  if (problems.some((p) => p.row <= 1)) return { imported: 0, rowErrors: problems };
  const units = await unitsByCode(ctx, [...new Set(rows.map((r) => r.unitCode))]);
  const rowErrors = [...problems];
  let imported = 0;
  try {
    await ctx.em.transactional(async (em) => {
      const tx = { ...ctx, em } as RequestContext;
      for (const row of rows) {
        const unit = units.get(row.unitCode);
        if (!unit) {
          rowErrors.push({ row: row.row, message: `No unit has code "${row.unitCode}" in this organisation.` });
          continue;
        }
        try {
          await recordMetric(tx, { metricKey: input.metricKey, unitId: unit.id, ...row });
          imported++;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          rowErrors.push({ row: row.row, message: error.message });
        }
      }
      if (rowErrors.length) throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  rowErrors.sort((a, b) => a.row - b.row);
  return rowErrors.length ? { imported: 0, rowErrors } : { imported, rowErrors: [] };
}

class RollBack extends Error {}
