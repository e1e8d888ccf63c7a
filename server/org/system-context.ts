import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { Role } from './roles.js';
import { createOrgLoaders } from './org.loaders.js';
import { OrgUnit } from './org-unit.entity.js';
import { setPrincipal, type RequestContext } from '../graphql/context.js';

/**
 * A request context for background work of one organisation (re-checks, escalations, alert
 * rules, scheduled circulation, the public page): the work acts for the organisation as a whole, so it reads
 * as an administrator at the head office does, with the same rules (minimum responses, small
 * groups) as the pages.
 */
export async function organizationContext(
  base: EntityManager,
  config: Config,
  log: Logger,
  orgId: string,
  requestId: string,
): Promise<RequestContext> {
  const em = base.fork();
  em.setFilterParams('tenant', { orgId });
  const root = await em.findOneOrFail(OrgUnit, { parent: null });
  const ctx: RequestContext = {
    em,
    principal: null,
    requestId,
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
