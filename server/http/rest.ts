import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { buildContext, type ContextDeps, type RequestContext } from '../graphql/context.js';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/**
 * An Express handler for the few plain-HTTP endpoints (file upload, file download): the same
 * authentication and request context as GraphQL, and errors in GraphQL's shape with the HTTP
 * status that matches their code.
 */
export function restHandler(deps: ContextDeps, handle: (ctx: RequestContext, req: Request, res: Response) => Promise<void>, options: { public?: boolean } = {}) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const ctx = await buildContext(req, res, deps);
      if (!ctx.principal && !options.public) {
        res.status(401).json({ errors: [{ message: 'Sign in, or send a valid API key.', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      await handle(ctx, req, res);
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      if (typeof code === 'string' && STATUS[code] && !res.headersSent) {
        // The same extensions as GraphQL answers (field, reason, problems): the runner explains refusals by their reason.
        const extensions = { ...(error as GraphQLError).extensions, code };
        res.status(STATUS[code]).json({ errors: [{ message: error instanceof Error ? error.message : String(error), extensions }] });
        return;
      }
      next(error);
    }
  };
}

/** A query-string parameter as text, or null when absent or empty. */
export const queryText = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export const queryDate = (v: unknown): Date | null => (queryText(v) ? new Date(String(v)) : null);
