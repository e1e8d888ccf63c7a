import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ServiceEventRow } from '../distribution/index.js';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { Permission } from '../org/index.js';
import { AssignFollowUpsInput } from './action.inputs.js';
import { assignFollowUps, myCallList } from './call-list.service.js';

@Resolver()
export class CallListResolver {
  @Mutation(() => [ServiceEventRow], {
    description: "Puts missed follow-ups on an interviewer's call list (an event moves from any earlier list).",
  })
  @Allow(Permission.UNIT_MANAGE, Permission.QUESTIONNAIRE_AUTHOR)
  assignFollowUps(@Arg('input') input: AssignFollowUpsInput, @Ctx() ctx: RequestContext): Promise<ServiceEventRow[]> {
    return assignFollowUps(ctx, input);
  }

  @Query(() => [ServiceEventRow], {
    description: 'The service events on the caller’s call list, with their follow-up state now (bounded: 500 at most).',
  })
  @Allow(Permission.RESPONSE_ENTER)
  myCallList(@Ctx() ctx: RequestContext): Promise<ServiceEventRow[]> {
    return myCallList(ctx);
  }
}
