import type { Express, NextFunction, Request, Response as HttpResponse } from 'express';
import { GraphQLError } from 'graphql';
import { buildContext, type ContextDeps } from '../graphql/context.js';
import { runImport } from './import.service.js';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/**
 * PUT /api/response-imports/:id with the file as the body (streamed, any size): the upload URL
 * that `startResponseImport` returns. Answers with the import's report when it is done;
 * `responseImport(id)` shows progress meanwhile. Signed in by cookie or API key, as GraphQL.
 */
export function registerImportRoutes(app: Express, deps: ContextDeps): void {
  app.put('/api/response-imports/:id', async (req: Request, res: HttpResponse, next: NextFunction) => {
    try {
      const ctx = await buildContext(req, res, deps);
      if (!ctx.principal) {
        res.status(401).json({ errors: [{ message: 'Sign in, or send a valid API key, to import responses.', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      const job = await runImport(ctx, String(req.params.id), req);
      res.status(job.status === 'SUCCEEDED' ? 200 : 422).json({
        id: job.id,
        status: job.status,
        rowsRead: job.rowsRead,
        rowsStored: job.rowsStored,
        rowsInvalid: job.rowsInvalid,
        message: job.message,
        problems: job.problems.slice(0, 100),
      });
    } catch (error) {
      if (error instanceof GraphQLError && typeof error.extensions.code === 'string' && STATUS[error.extensions.code]) {
        res.status(STATUS[error.extensions.code]).json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
        return;
      }
      next(error);
    }
  });
}
