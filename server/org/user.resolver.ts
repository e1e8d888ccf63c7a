import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import { canAccessPath } from './access.service.js';
import type { RequestContext } from '../graphql/context.js';
import { AssignRoleInput, CreateUserInput } from './org.inputs.js';
import { CreateUserPayload } from './org.types.js';
import { OrgUnit } from './org-unit.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { Permission } from './roles.js';
import { User } from './user.entity.js';
import { assignRole, changePassword, createUser, getUser, revokeRole } from './user.service.js';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User)
  @Allow(Permission.USER_MANAGE)
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<User> {
    return getUser(ctx, id);
  }

  @Mutation(() => CreateUserPayload)
  @Allow(Permission.USER_MANAGE)
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: RequestContext): Promise<CreateUserPayload> {
    return createUser(ctx, input);
  }

  @Mutation(() => RoleAssignment, { description: 'Gives a user a role over a unit subtree (idempotent).' })
  @Allow(Permission.USER_MANAGE)
  assignRole(@Arg('input') input: AssignRoleInput, @Ctx() ctx: RequestContext): Promise<RoleAssignment> {
    return assignRole(ctx, input.userId, input);
  }

  @Mutation(() => Boolean, { description: 'Takes a role assignment away.' })
  @Allow(Permission.USER_MANAGE)
  revokeRole(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return revokeRole(ctx, id);
  }

  @Mutation(() => Boolean, { description: "Changes the signed-in user's own password." })
  @Allow()
  changePassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return changePassword(ctx, currentPassword, newPassword);
  }

  @FieldResolver(() => [RoleAssignment], {
    description: 'Roles over units the caller may see (all of them for the user themselves).',
  })
  async roleAssignments(@Root() user: User, @Ctx() ctx: RequestContext): Promise<RoleAssignment[]> {
    const all = await ctx.loaders.roleAssignmentsOfUser.load(user.id);
    const principal = ctx.principal;
    if (!principal || principal.userId === user.id) return all;
    const units = await ctx.loaders.unit.loadMany(all.map((a) => a.unit.id));
    return all.filter((_, i) => {
      const unit = units[i];
      return unit instanceof OrgUnit && canAccessPath(principal, Permission.UNIT_READ, unit.path);
    });
  }
}

@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @FieldResolver(() => OrgUnit)
  async unit(@Root() assignment: RoleAssignment, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return (await ctx.loaders.unit.load(assignment.unit.id))!;
  }
}
