import type { Express } from 'express';
import type { ContextDeps } from '../graphql/context.js';
import { CONTENT_TYPES, type TableFormat } from '../http/table-stream.js';
import { restHandler } from '../http/rest.js';
import { exportCx, exportResults } from './results-export.service.js';
import type { RollupMode } from './scope.service.js';

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/**
 * Result downloads, signed in as for GraphQL:
 * - GET /api/exports/results?modelId=…|modelVersionId=…&unitId=…&from=…&to=…&format=csv|xlsx
 *   [&children=true&rollup=…&weightingSchemeId=…&language=uk] — every node's result.
 * - GET /api/exports/cx-a11?questionnaireId=…&unitId=…&from=…&to=…&questions=q1,q2[&servedMetric=key]
 *   — the A-11 §280-style collection.
 */
export function registerResultRoutes(app: Express, deps: ContextDeps): void {
  const download = (name: string, format: TableFormat, res: import('express').Response) => () => {
    res.setHeader('content-type', CONTENT_TYPES[format]);
    res.setHeader('content-disposition', `attachment; filename="${name}.${format}"`);
  };
  app.get(
    '/api/exports/results',
    restHandler(deps, async (ctx, req, res) => {
      const q = req.query;
      const format = (text(q.format) ?? 'csv') as TableFormat;
      await exportResults(
        ctx,
        { modelId: text(q.modelId), modelVersionId: text(q.modelVersionId), unitId: String(q.unitId ?? ''), from: String(q.from ?? ''), to: String(q.to ?? ''), rollup: text(q.rollup) as RollupMode | null, weightingSchemeId: text(q.weightingSchemeId) },
        { format, children: q.children === 'true', language: text(q.language) },
        res,
        download('results', format, res),
      );
    }),
  );
  app.get(
    '/api/exports/cx-a11',
    restHandler(deps, async (ctx, req, res) => {
      const q = req.query;
      const format = (text(q.format) ?? 'csv') as TableFormat;
      await exportCx(
        ctx,
        {
          questionnaireId: String(q.questionnaireId ?? ''),
          unitId: String(q.unitId ?? ''),
          from: String(q.from ?? ''),
          to: String(q.to ?? ''),
          questions: (text(q.questions) ?? '').split(',').map((s) => s.trim()).filter(Boolean),
          servedMetric: text(q.servedMetric),
        },
        format,
        res,
        download('cx-a11', format, res),
      );
    }),
  );
}
