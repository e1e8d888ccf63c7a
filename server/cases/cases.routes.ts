import express, { type Express } from 'express';
import QRCode from 'qrcode';
import type { ContextDeps } from '../graphql/context.js';
import { restHandler } from '../http/rest.js';
import { receiveSignedRequest } from '../distribution/index.js';
import { intakeForm, intakeFormUrl, receiveSystemComplaint, submitPublicComplaint } from './intake.service.js';
import { downloadAttachment, uploadAttachment } from './attachment.service.js';

/**
 * The cases module's HTTP paths: the public complaint form of a unit (GET and POST
 * /api/complaint-form/:token) and its QR code (GET /api/complaint-form/:token/qr.svg | qr.png, drawn with
 * the same library as survey links' codes), complaints from other systems (POST
 * /api/webhooks/complaints/:endpointId, signed like service events) and attachments
 * (POST /api/cases/:caseId/attachments, GET /api/case-attachments/:id).
 */
export function registerCaseRoutes(app: Express, deps: ContextDeps): void {
  app.get(
    '/api/complaint-form/:token',
    restHandler(deps, async (ctx, req, res) => void res.json(await intakeForm(ctx, String(req.params.token))), {
      public: true,
    }),
  );
  // The form's address as a QR code for posters at the counter: public, like the link it encodes.
  app.get(
    '/api/complaint-form/:token/qr.:format',
    restHandler(
      deps,
      async (ctx, req, res) => {
        const url = await intakeFormUrl(ctx, String(req.params.token));
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
    '/api/complaint-form/:token',
    express.json({ limit: '64kb' }),
    restHandler(
      deps,
      async (ctx, req, res) =>
        void res.status(201).json(await submitPublicComplaint(ctx, String(req.params.token), req.body)),
      // The same rate limits as survey submission, per form link and per address (server/http/abuse-guard.ts).
      { public: true, guard: { kind: 'RESPONDENT', token: (req) => String(req.params.token) } },
    ),
  );
  app.post(
    '/api/webhooks/complaints/:endpointId',
    express.raw({ type: () => true, limit: '256kb' }),
    restHandler(
      deps,
      async (ctx, req, res) => {
        const headers = { timestamp: req.get('x-barometer-timestamp'), signature: req.get('x-barometer-signature') };
        const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const endpointId = String(req.params.endpointId);
        const result = await receiveSignedRequest(ctx, endpointId, headers, raw, receiveSystemComplaint);
        res.status(result.duplicate ? 200 : 201).json(result);
      },
      { public: true, guard: { kind: 'MACHINE' } },
    ),
  );
  app.post(
    '/api/cases/:caseId/attachments',
    express.raw({ type: () => true, limit: '10mb' }),
    restHandler(deps, async (ctx, req, res) => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const name = decodeURIComponent(req.get('x-file-name') ?? 'file');
      res.status(201).json(await uploadAttachment(ctx, String(req.params.caseId), name, body));
    }),
  );
  app.get(
    '/api/case-attachments/:id',
    restHandler(deps, async (ctx, req, res) => {
      const file = await downloadAttachment(ctx, String(req.params.id));
      res.setHeader('content-type', file.mediaType);
      res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
      res.send(file.bytes);
    }),
  );
}
