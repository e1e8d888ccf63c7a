import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
// The kernel refers to org's types only; org's functions arrive through ContextDeps (server/app).
import type { OrgLoaders, Principal } from '../org/index.js';

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
  /** The read replica's EntityManager (DATABASE_READ_URL), for results reads: see server/db/read-replica.ts. */
  replica?: EntityManager;
}

export interface ContextDeps {
  em: EntityManager;
  replica?: EntityManager;
  config: Config;
  log: Logger;
  /** Who is calling (session cookie or API key), or null: the org module's `authenticate`. */
  authenticate(ctx: RequestContext): Promise<Principal | null>;
  /** The request's DataLoaders: the org module's `createOrgLoaders`. */
  loaders(em: EntityManager): OrgLoaders;
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
    loaders: deps.loaders(em),
    replica: deps.replica,
  };
  const principal = await deps.authenticate(ctx);
  if (principal) setPrincipal(ctx, principal);
  return ctx;
}

/** Binds the request to the principal's organisation: every tenant query is filtered by it from now on. */
export function setPrincipal(ctx: RequestContext, principal: Principal): void {
  ctx.principal = principal;
  ctx.em.setFilterParams('tenant', { orgId: principal.orgId });
  // Who the audit trail records (db/audit-trail.ts); forks of this EntityManager keep it.
  ctx.em.setFilterParams('auditActor', {
    kind: principal.kind,
    id: principal.userId ?? principal.apiKeyId,
    orgId: principal.orgId,
  });
}
