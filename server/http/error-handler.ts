import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { databaseTrouble, RETRY_AFTER_SECONDS, TROUBLE_MESSAGE } from '../db/unavailable.js';
import type { Logger } from '../logger.js';

/** A body-parser failure: an HTTP status and a type such as `entity.too.large`. */
interface ParserError {
  status?: number;
  type?: string;
  limit?: number;
}

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_ATTEMPTS: 429,
  RATE_LIMITED: 429,
  BOT_SUSPECTED: 400,
};

const megabytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} kB`;

/** What a client error of the body parser says to the caller: [status, code, message]. */
function parserAnswer(error: ParserError): [number, string, string] | null {
  const status = error.status ?? 0;
  if (status < 400 || status >= 500) return null;
  if (error.type === 'entity.too.large') {
    const limit = error.limit ? `larger than ${megabytes(error.limit)}, the most this endpoint accepts` : 'too large';
    return [413, 'PAYLOAD_TOO_LARGE', `The request body is ${limit}.`];
  }
  if (error.type === 'entity.parse.failed') return [400, 'BAD_REQUEST', 'The request body is not valid JSON.'];
  if (status === 415)
    return [
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'The request body’s encoding or character set is not supported; send UTF-8.',
    ];
  return [status, 'BAD_REQUEST', 'The request could not be read.'];
}

/**
 * Answers an error as JSON in the API's error shape ({errors: [{message, extensions: {code}}]},
 * as GraphQL answers), never with Express's HTML page, a stack, a file path or SQL. Client
 * errors keep their status; anything else is logged in full and answered 500 with the request
 * id to report; a database that is busy or cannot be reached is 503 with Retry-After. restHandler and the final handler both answer through it.
 */
export function answerError(log: Logger, error: unknown, req: Request, res: Response): void {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  if (typeof code === 'string' && STATUS[code]) {
    const { http: _, ...extensions } = (error as GraphQLError).extensions;
    if (typeof extensions.retryAfterSeconds === 'number') res.setHeader('retry-after', extensions.retryAfterSeconds);
    res.status(STATUS[code]).json({ errors: [{ message: (error as GraphQLError).message, extensions }] });
    return;
  }
  const parsed = error && typeof error === 'object' ? parserAnswer(error as ParserError) : null;
  if (parsed) {
    const [status, errorCode, message] = parsed;
    res.status(status).json({ errors: [{ message, extensions: { code: errorCode } }] });
    return;
  }
  const trouble = databaseTrouble(error);
  if (trouble) {
    log.warn({ err: error, method: req.method, path: req.path, trouble }, 'database unavailable');
    res.setHeader('retry-after', RETRY_AFTER_SECONDS);
    res
      .status(503)
      .json({ errors: [{ message: TROUBLE_MESSAGE[trouble], extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    return;
  }
  const requestId = String(res.getHeader('x-request-id') ?? '');
  log.error({ err: error, method: req.method, path: req.path, requestId }, 'unexpected error in an HTTP request');
  res.status(500).json({
    errors: [
      {
        message: `Something went wrong on the server. It has been logged; please try again, and report request id ${requestId} if it persists.`,
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      },
    ],
  });
}

/** Unknown /api paths answer JSON too, not Express's HTML page. */
export function apiNotFound(req: Request, res: Response): void {
  res.status(404).json({
    errors: [
      {
        message: `There is no ${req.method} ${req.originalUrl.split('?')[0].slice(0, 200)} endpoint.`,
        extensions: { code: 'NOT_FOUND' },
      },
    ],
  });
}

/** The last Express handler: every error a route or middleware passes on is answered by answerError. */
export function jsonErrorHandler(log: Logger) {
  return (error: unknown, req: Request, res: Response, next: NextFunction): void => {
    // Part of a download went out already: only closing the connection tells the client it failed.
    if (res.headersSent) {
      log.error({ err: error, method: req.method, path: req.path }, 'request failed after its response started');
      return next(error);
    }
    answerError(log, error, req, res);
  };
}
