import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import { PageArgs, type Page } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { Permission } from '../org/index.js';
import { listAuditLog } from './audit.service.js';
import { AuditEntryConnection, AuditEntryType, AuditLogFilterInput } from './audit.types.js';

@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description:
      'Every recorded change (questionnaires, models, weights, distributions, roles, users, API keys, metrics…) and export, newest first. ADMIN at the head office only.',
  })
  @Allow(Permission.USER_MANAGE)
  auditLog(
    @Arg('filter', () => AuditLogFilterInput, { nullable: true, description: 'What to narrow the log to.' })
    filter: AuditLogFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<AuditEntryType>> {
    return listAuditLog(ctx, filter ?? {}, page);
  }
}
