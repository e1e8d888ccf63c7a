import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import { PageArgs, type Page } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { Permission } from '../org/index.js';
import { listServiceEvents } from './service-event-list.service.js';
import {
  ServiceEventFilterInput,
  ServiceEventRowConnection,
  type ServiceEventRow,
} from './service-event-list.types.js';

@Resolver()
export class ServiceEventListResolver {
  @Query(() => ServiceEventRowConnection, {
    description:
      'Service events with their follow-up state and why they are not followed up; by time of occurrence. ' +
      'With `overdue: true`, the missed follow-ups to chase.',
  })
  @Allow(Permission.RESULTS_READ)
  serviceEvents(
    @Arg('filter', () => ServiceEventFilterInput, { nullable: true }) filter: ServiceEventFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<ServiceEventRow>> {
    return listServiceEvents(ctx, filter, page);
  }
}
