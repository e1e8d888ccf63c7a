import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { CreateScheduledExportInput, ScheduledExportType } from './scheduled-export.types.js';
import {
  createScheduledExport,
  deleteScheduledExport,
  EXPORT_MANAGE,
  listScheduledExports,
  pauseScheduledExport,
  updateScheduledExport,
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

  @Mutation(() => ScheduledExportType, {
    description: 'Changes a scheduled export: what, for which subtree, how often and where to (all fields given).',
  })
  @Allow(EXPORT_MANAGE)
  updateScheduledExport(
    @Arg('id', () => ID, { description: 'The scheduled export.' }) id: string,
    @Arg('input', { description: 'Its new definition.' }) input: CreateScheduledExportInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateScheduledExport(ctx, id, input);
  }

  @Mutation(() => ScheduledExportType, { description: 'Pauses (skipped by the runs) or resumes a scheduled export.' })
  @Allow(EXPORT_MANAGE)
  pauseScheduledExport(
    @Arg('id', () => ID, { description: 'The scheduled export.' }) id: string,
    @Arg('paused', { description: 'True to pause, false to resume.' }) paused: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return pauseScheduledExport(ctx, id, paused);
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
