import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { RequestContext } from '../graphql/context.js';
import { setPrincipal } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { createOrgLoaders, OrgUnit, Role } from '../org/index.js';

/**
 * The context the public page reads results with: the organisation as a whole (its head office).
 * What it may show is decided afterwards by the publication settings, never by the caller.
 */
export async function publicReader(
  base: EntityManager,
  config: Config,
  log: Logger,
  orgId: string,
): Promise<RequestContext> {
  const em = base.fork();
  em.setFilterParams('tenant', { orgId });
  const root = await em.findOneOrFail(OrgUnit, { parent: null });
  const ctx: RequestContext = {
    em,
    principal: null,
    requestId: `transparency-${orgId}`,
    log,
    config,
    req: {} as Request,
    res: {} as Response,
    loaders: createOrgLoaders(em),
  };
  setPrincipal(ctx, {
    kind: 'API_KEY',
    orgId,
    userId: null,
    apiKeyId: null,
    grants: [{ role: Role.ADMIN, unitId: root.id, unitPath: root.path }],
  });
  return ctx;
}
