import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_ATTEMPTS'
  | 'RATE_LIMITED'
  | 'BOT_SUSPECTED'
  | 'SECOND_FACTOR_REQUIRED';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  TOO_MANY_ATTEMPTS: 429,
  RATE_LIMITED: 429,
  BOT_SUSPECTED: 400,
  SECOND_FACTOR_REQUIRED: 401,
};

/** An error a person can act on; its code is part of the API (design.md §6). */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    const status = HTTP_STATUS[code];
    super(message, { extensions: { code, ...details, ...(status ? { http: { status } } : {}) } });
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError('BAD_USER_INPUT', message, details);
export const unauthenticated = (message = 'Sign in, or send a valid API key, to do this.') =>
  new AppError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => new AppError('FORBIDDEN', message);
export const notFound = (what: string, id: string) =>
  new AppError('NOT_FOUND', `${what} "${id}" was not found, or you cannot see it.`);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError('CONFLICT', message, details);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are UUIDs; anything else cannot name an existing row, so it is answered as not found
 * without asking the database (which would reject the cast).
 */
export function requireId(what: string, id: string): string {
  if (!UUID.test(id)) throw notFound(what, id);
  return id.toLowerCase();
}
