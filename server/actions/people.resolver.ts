import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { Permission, Role, User, usersOverUnit } from '../org/index.js';
import { requireSupervisor } from './action-access.js';

/** The bound of `actionPeople` (documented in its description). */
const PEOPLE_LIMIT = 500;

/** Whom an action's opener may make responsible, and whom a supervisor may give a call list: people over a unit. */
@Resolver()
export class ActionPeopleResolver {
  @Query(() => [User], {
    description:
      'Enabled users holding a role over the unit (on it or above), by name: who can be made responsible for an ' +
      'action there, or (role INTERVIEWER) given a call list. Needs UNIT_MANAGE or QUESTIONNAIRE_AUTHOR over it. ' +
      'Bounded: at most 500 (the first by name).',
  })
  @Allow(Permission.UNIT_MANAGE, Permission.QUESTIONNAIRE_AUTHOR)
  async actionPeople(
    @Arg('unitId', () => ID, { description: 'The unit.' }) unitId: string,
    @Arg('role', () => Role, { nullable: true, description: 'Only holders of this role.' }) role: Role | null,
    @Ctx() ctx: RequestContext,
  ): Promise<User[]> {
    const unit = await requireSupervisor(ctx, unitId);
    const people = await usersOverUnit(ctx.em, unit);
    return people
      .filter((p) => !role || p.roles.includes(role))
      .slice(0, PEOPLE_LIMIT)
      .map((p) => p.user);
  }
}
