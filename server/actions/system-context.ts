import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { RequestContext } from '../graphql/context.js';
import { setPrincipal } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { createOrgLoaders, OrgUnit, Role } from '../org/index.js';

/**
 * A request context for scheduled work of one organisation (the re-check, escalations): the
 * schedule acts for the organisation as a whole, so it reads results at the head office.
 */
export async function systemContext(
  orm: MikroORM,
  config: Config,
  log: Logger,
  orgId: string,
): Promise<RequestContext> {
  const em = orm.em.fork();
  em.setFilterParams('tenant', { orgId });
  const root = await em.findOneOrFail(OrgUnit, { parent: null });
  const ctx: RequestContext = {
    em,
    principal: null,
    requestId: `actions-${orgId}`,
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
