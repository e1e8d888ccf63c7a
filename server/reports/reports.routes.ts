import type { Express } from 'express';
import type { ContextDeps } from '../graphql/context.js';
import { restHandler } from '../http/rest.js';
import { getReport } from './report.service.js';
import { renderHtml } from './report.html.js';
import { renderPdf, webUrlOf } from './report.pdf.js';

/**
 * The reports module's HTTP paths, for signed-in users who may read the report's unit:
 * GET /api/reports/:id.html (printable page) and GET /api/reports/:id.pdf (A4 PDF).
 */
export function registerReportRoutes(app: Express, deps: ContextDeps): void {
  app.get(
    '/api/reports/:id.html',
    restHandler(deps, async (ctx, req, res) => {
      const report = await getReport(ctx, String(req.params.id));
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'private, no-store');
      res.send(renderHtml(report));
    }),
  );
  app.get(
    '/api/reports/:id.pdf',
    restHandler(deps, async (ctx, req, res) => {
      const report = await getReport(ctx, String(req.params.id));
      const pdf = await renderPdf(report, webUrlOf(ctx.config, report.id, `${req.protocol}://${req.get('host')}`));
      const name = `report-${report.number ?? `draft-${report.content.period.label}`}.pdf`;
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', `attachment; filename="${name}"`);
      res.setHeader('cache-control', 'private, no-store');
      res.send(pdf);
    }),
  );
}
