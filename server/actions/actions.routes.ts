import type { Express } from 'express';
import type { ContextDeps } from '../graphql/context.js';
import { restHandler } from '../http/rest.js';
import { attachmentDisposition, downloadEvidence } from './evidence-download.js';

/**
 * The actions module's HTTP path: an evidence file of an action (GET /api/action-evidence/:noteId), for those who
 * may read the action; errors are JSON in GraphQL's shape (401 signed out, 403 outside the subtree, 404 unknown).
 */
export function registerActionRoutes(app: Express, deps: ContextDeps): void {
  app.get(
    '/api/action-evidence/:noteId',
    restHandler(deps, async (ctx, req, res) => {
      const file = await downloadEvidence(ctx, String(req.params.noteId));
      res.setHeader('content-type', file.mediaType);
      res.setHeader('content-disposition', attachmentDisposition(file.fileName));
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('cache-control', 'private, no-store');
      res.send(file.bytes);
    }),
  );
}
