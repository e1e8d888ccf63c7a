import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Principal } from '../org/access.service.js';
import { authenticate } from '../org/auth.service.js';
import { createOrgLoaders, type OrgLoaders } from '../org/org.loaders.js';

/** Everything a resolver and a service need about the request; services take it first. */
export interface RequestContext {
  /** This request's own EntityManager, filtered to the caller's organisation. */
  em: EntityManager;
  principal: Principal | null;
  requestId: string;
  log: Logger;
  config: Config;
  req: Request;
  res: Response;
  loaders: OrgLoaders;
}

export interface ContextDeps {
  em: EntityManager;
  config: Config;
  log: Logger;
}

export async function buildContext(req: Request, res: Response, deps: ContextDeps): Promise<RequestContext> {
  const em = deps.em.fork();
  const requestId = String(res.getHeader('x-request-id'));
  const ctx: RequestContext = {
    em,
    principal: null,
    requestId,
    log: deps.log.child({ requestId }),
    config: deps.config,
    req,
    res,
    loaders: createOrgLoaders(em),
  };
  const principal = await authenticate(ctx);
  if (principal) setPrincipal(ctx, principal);
  return ctx;
}

/** Binds the request to the principal's organisation: every tenant query is filtered by it from now on. */
export function setPrincipal(ctx: RequestContext, principal: Principal): void {
  ctx.principal = principal;
  ctx.em.setFilterParams('tenant', { orgId: principal.orgId });
}
