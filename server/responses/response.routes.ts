import express, { type Express, type Request, type Response } from 'express';
import type { ContextDeps, RequestContext } from '../graphql/context.js';
import { queryDate, queryText, restHandler } from '../http/rest.js';
import { exportResponses } from './export.service.js';
import { attachment, type TableFormat } from '../http/table-stream.js';
import { runImport } from './import.service.js';
import { linkForToken, submitResponse, type SubmitInput } from './response.service.js';
import { linkUrl } from './link-url.js';
import { requireHuman, type HumanProof } from '../http/abuse-guard.js';
import QRCode from 'qrcode';
import type { Channel } from './response.entity.js';

/**
 * The file endpoints of the responses module, signed in by cookie or API key as GraphQL is:
 * - PUT /api/response-imports/:id — the upload URL `startResponseImport` returns; the body is
 *   the file, streamed; answers with the report when done (`responseImport` shows progress).
 * - GET /api/links/:token/qr.svg | qr.png — the link as a QR code (public).
 * - POST /api/responses — submitResponse without GraphQL's overhead, for the runner and kiosks:
 *   the same body as SubmitResponseInput, the same service, errors with matching HTTP statuses.
 * - GET /api/exports/responses?questionnaireId=…&format=csv|xlsx&language=uk — a streamed
 *   export across all versions; filters as in `responses` (under, from, to, channel, category,
 *   situation, band, includeExcluded, includeTests); language=raw gives values, not labels.
 */
export function registerResponseRoutes(app: Express, deps: ContextDeps): void {
  // QR codes for posters at the counter: public, like the link they encode.
  app.get(
    '/api/links/:token/qr.:format',
    restHandler(
      deps,
      async (ctx, req, res) => {
        const token = String(req.params.token);
        await linkForToken(ctx, token);
        const url = linkUrl(deps.config, req, token);
        if (req.params.format === 'svg')
          res.type('image/svg+xml').send(await QRCode.toString(url, { type: 'svg', margin: 2 }));
        else if (req.params.format === 'png')
          res.type('image/png').send(await QRCode.toBuffer(url, { type: 'png', margin: 2, width: 512 }));
        else
          res
            .status(404)
            .json({ errors: [{ message: 'QR codes come as qr.svg or qr.png.', extensions: { code: 'NOT_FOUND' } }] });
      },
      { public: true },
    ),
  );

  app.post(
    '/api/responses',
    express.json({ limit: '2mb' }),
    restHandler(deps, submitFromBody, { public: true, guard: { kind: 'RESPONDENT', token: tokenOf } }),
  );

  app.put(
    '/api/response-imports/:id',
    restHandler(
      deps,
      async (ctx, req, res) => {
        const job = await runImport(ctx, String(req.params.id), req);
        const { id, status, rowsRead, rowsStored, rowsInvalid, message, problems } = job;
        res
          .status(status === 'SUCCEEDED' ? 200 : 422)
          .json({ id, status, rowsRead, rowsStored, rowsInvalid, message, problems: problems.slice(0, 100) });
      },
      { guard: { kind: 'MACHINE' } },
    ),
  );

  app.get('/api/exports/responses', restHandler(deps, exportFromQuery));
}

/** POST /api/responses: the JSON body as sent; submitResponse checks its shape and lengths (public-input.ts). */
async function submitFromBody(ctx: RequestContext, req: Request, res: Response): Promise<void> {
  const body = (req.body ?? {}) as SubmitInput & HumanProof;
  await requireHuman(ctx, typeof body.token === 'string' ? body.token : '', {
    formTicket: typeof body.formTicket === 'string' ? body.formTicket : null,
    website: typeof body.website === 'string' ? body.website : body.website ? 'filled' : null,
  });
  res.json(await submitResponse(ctx, body));
}

/** The token a public body names, for the rate limit per link. */
const tokenOf = (req: Request): unknown => (req.body as { token?: unknown } | undefined)?.token;

/** GET /api/exports/responses: the query string as the export's format, language and filters. */
async function exportFromQuery(ctx: RequestContext, req: Request, res: Response): Promise<void> {
  const q = req.query;
  const format = (queryText(q.format) ?? 'csv') as TableFormat;
  const language = queryText(q.language) === 'raw' ? null : (queryText(q.language) ?? 'default');
  await exportResponses(
    ctx,
    {
      questionnaireId: String(q.questionnaireId ?? ''),
      format,
      language,
      filter: {
        under: queryText(q.under),
        from: queryDate(q.from, 'from'),
        to: queryDate(q.to, 'to'),
        channel: queryText(q.channel) as Channel | null,
        category: queryText(q.category),
        situation: queryText(q.situation),
        band: queryText(q.band),
        includeExcluded: q.includeExcluded === 'true',
        includeTests: q.includeTests === 'true',
      },
    },
    res,
    attachment(res, 'responses', format),
  );
}
