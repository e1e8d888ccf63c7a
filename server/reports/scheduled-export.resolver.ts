import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { CreateScheduledExportInput, ScheduledExportType } from './scheduled-export.types.js';
import {
  createScheduledExport,
  deleteScheduledExport,
  EXPORT_MANAGE,
  listScheduledExports,
} from './scheduled-export.service.js';

@Resolver()
export class ScheduledExportResolver {
  @Query(() => [ScheduledExportType], {
    description: 'The scheduled exports of the units the caller administers. Not paged: at most 200.',
  })
  @Allow(EXPORT_MANAGE)
  scheduledExports(@Ctx() ctx: RequestContext) {
    return listScheduledExports(ctx);
  }

  @Mutation(() => ScheduledExportType, {
    description: 'Schedules an export of a unit subtree, run once each time a period closes (docs/exports.md).',
  })
  @Allow(EXPORT_MANAGE)
  createScheduledExport(
    @Arg('input', { description: 'What, for which subtree, how often, and where to.' })
    input: CreateScheduledExportInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createScheduledExport(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Ends a scheduled export.' })
  @Allow(EXPORT_MANAGE)
  deleteScheduledExport(
    @Arg('id', () => ID, { description: 'The scheduled export.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return deleteScheduledExport(ctx, id);
  }
}
