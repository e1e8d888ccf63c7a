import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { setPrincipal, type ContextDeps, type RequestContext } from '../graphql/context.js';
import type { Principal } from '../org/index.js';

/** Runs one GraphQL operation; resolves its data or throws with the first error's code and message. */
export type GraphqlCall = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<T>;

export class SystemCallError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

// Nothing of the HTTP request is needed by the operations a system caller runs; the shapes stop a stray read crashing.
const noRequest = { headers: {}, ip: '127.0.0.1', socket: {}, get: () => undefined } as unknown as Request;
const noResponse = { cookie() {}, clearCookie() {}, setHeader() {}, getHeader: () => undefined } as unknown as Response;

/**
 * The server calling its own public API in-process, as `principal`, on `em` (a transaction to make
 * the calls one unit of work): the shipped library and the demo go through the same checks as any client.
 */
export function systemCaller(
  apollo: ApolloServer<RequestContext>,
  deps: ContextDeps,
  principal: Principal,
  em: EntityManager,
): GraphqlCall {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const requestId = `system-${randomUUID()}`;
    const ctx: RequestContext = {
      em,
      principal: null,
      requestId,
      log: deps.log.child({ requestId }),
      config: deps.config,
      req: noRequest,
      res: noResponse,
      loaders: deps.loaders(em),
    };
    setPrincipal(ctx, principal);
    const result = await apollo.executeOperation({ query, variables }, { contextValue: ctx });
    if (result.body.kind !== 'single') throw new SystemCallError('Incremental results are not supported.', undefined);
    const { data, errors } = result.body.singleResult;
    if (errors?.length) throw new SystemCallError(errors[0].message, errors[0].extensions?.code as string | undefined);
    return data as T;
  };
}
