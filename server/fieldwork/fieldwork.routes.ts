import type { Express } from 'express';
import type { ContextDeps } from '../graphql/context.js';
import { restHandler } from '../http/rest.js';
import { readEvidence, uploadEvidence } from './evidence.service.js';

/**
 * The evidence endpoints of the fieldwork module, signed in by cookie or API key as GraphQL is:
 * - POST /api/fieldwork/evidence?name=photo.jpg — the body is the file (photo, audio, document),
 *   type-checked by content and size-limited; answers `{ id, fileName, mimeType, size }`, the id
 *   to name in submitVisit's attachmentIds.
 * - GET /api/fieldwork/evidence/:id — the file, to those who may see its visit.
 */
export function registerFieldworkRoutes(app: Express, deps: ContextDeps): void {
  app.post(
    '/api/fieldwork/evidence',
    restHandler(deps, async (ctx, req, res) => {
      const length = req.headers['content-length'] ? Number(req.headers['content-length']) : null;
      const a = await uploadEvidence(ctx, req, {
        fileName: typeof req.query.name === 'string' ? req.query.name : 'evidence',
        declaredType: req.headers['content-type'] ?? null,
        length: Number.isFinite(length) ? length : null,
      });
      res.status(201).json({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, size: a.size });
    }),
  );
  app.get(
    '/api/fieldwork/evidence/:id',
    restHandler(deps, async (ctx, req, res) => {
      const { attachment, bytes } = await readEvidence(ctx, String(req.params.id));
      res
        .status(200)
        .type(attachment.mimeType)
        .setHeader('content-disposition', `attachment; filename="${encodeURIComponent(attachment.fileName)}"`)
        .setHeader('cache-control', 'private, no-store')
        .send(bytes);
    }),
  );
}
