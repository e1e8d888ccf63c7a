import type { NextFunction, Request, Response } from 'express';
import { answerError } from './error-handler.js';
import { badInput } from '../graphql/errors.js';
import { buildContext, type ContextDeps, type RequestContext } from '../graphql/context.js';
import { guardPublic, type GuardKind } from './abuse-guard.js';

/**
 * An Express handler for the few plain-HTTP endpoints (file upload, file download): the same
 * authentication and request context as GraphQL, and errors in GraphQL's shape with the HTTP
 * status that matches their code (answerError).
 */
export function restHandler(
  deps: ContextDeps,
  handle: (ctx: RequestContext, req: Request, res: Response) => Promise<void>,
  options: { public?: boolean; guard?: { kind: GuardKind; token?: (req: Request) => unknown } } = {},
) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const ctx = await buildContext(req, res, deps);
      if (!ctx.principal && !options.public) {
        res.status(401).json({
          errors: [{ message: 'Sign in, or send a valid API key.', extensions: { code: 'UNAUTHENTICATED' } }],
        });
        return;
      }
      if (options.guard) {
        const token = options.guard.token?.(req);
        await guardPublic(ctx, { kind: options.guard.kind, token: typeof token === 'string' ? token : null });
      }
      await handle(ctx, req, res);
    } catch (error) {
      if (res.headersSent) return next(error);
      answerError(deps.log, error, req, res);
    }
  };
}

/** A query-string parameter as text, or null when absent or empty. */
export const queryText = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** A query-string date, or null when absent; anything that is not a date is BAD_USER_INPUT naming `field`. */
export function queryDate(v: unknown, field: string): Date | null {
  const text = queryText(v);
  if (!text) return null;
  const date = new Date(text);
  if (Number.isNaN(date.getTime()))
    throw badInput(`${field} must be a date (ISO 8601, e.g. 2026-03-14), it is "${text.slice(0, 40)}".`, { field });
  return date;
}
