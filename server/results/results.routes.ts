import type { Express } from 'express';
import type { ContextDeps } from '../graphql/context.js';
import { attachment, type TableFormat } from '../http/table-stream.js';
import { queryText, restHandler } from '../http/rest.js';
import { exportCx, exportResults } from './results-export.service.js';
import type { RollupMode } from './scope.service.js';

/**
 * Result downloads, signed in as for GraphQL:
 * - GET /api/exports/results?modelId=…|modelVersionId=…&unitId=…&from=…&to=…&format=csv|xlsx
 *   [&children=true&rollup=…&weightingSchemeId=…&language=uk] — every node's result, labels in `language`;
 *   filtered like the dashboard by channel, respondentCategory, serviceSituation, questionnaireVersionId, responseLanguage.
 * - GET /api/exports/cx-a11?questionnaireId=…&unitId=…&from=…&to=…&questions=q1,q2[&servedMetric=key]
 *   — the A-11 §280-style collection.
 */
export function registerResultRoutes(app: Express, deps: ContextDeps): void {
  app.get(
    '/api/exports/results',
    restHandler(deps, async (ctx, req, res) => {
      const q = req.query;
      const format = (queryText(q.format) ?? 'csv') as TableFormat;
      await exportResults(
        ctx,
        {
          modelId: queryText(q.modelId),
          modelVersionId: queryText(q.modelVersionId),
          unitId: String(q.unitId ?? ''),
          from: String(q.from ?? ''),
          to: String(q.to ?? ''),
          rollup: queryText(q.rollup) as RollupMode | null,
          weightingSchemeId: queryText(q.weightingSchemeId),
          filters: {
            channel: queryText(q.channel),
            respondentCategory: queryText(q.respondentCategory),
            serviceSituation: queryText(q.serviceSituation),
            questionnaireVersionId: queryText(q.questionnaireVersionId),
            language: queryText(q.responseLanguage),
          },
        },
        { format, children: q.children === 'true', language: queryText(q.language) },
        res,
        attachment(res, 'results', format),
      );
    }),
  );
  app.get(
    '/api/exports/cx-a11',
    restHandler(deps, async (ctx, req, res) => {
      const q = req.query;
      const format = (queryText(q.format) ?? 'csv') as TableFormat;
      await exportCx(
        ctx,
        {
          questionnaireId: String(q.questionnaireId ?? ''),
          unitId: String(q.unitId ?? ''),
          from: String(q.from ?? ''),
          to: String(q.to ?? ''),
          questions: (queryText(q.questions) ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
          servedMetric: queryText(q.servedMetric),
        },
        format,
        res,
        attachment(res, 'cx-a11', format),
      );
    }),
  );
}
