import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Public } from '../graphql/access.js';
import { PageArgs, type Page } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { ApiKey } from './api-key.entity.js';
import { UserInvitation } from './invitation.entity.js';
import {
  acceptInvitation,
  inviteUser,
  listInvitations,
  previewInvitation,
  revokeInvitation,
} from './invitation.service.js';
import {
  AcceptInvitationInput,
  InviteUserInput,
  UpdateOrganizationInput,
  UserFilterInput,
} from './org-admin.inputs.js';
import {
  ApiKeyConnection,
  BrandingType,
  ServiceSituationType,
  InvitationPreview,
  InvitedRoleType,
  UserConnection,
} from './org-admin.types.js';
import { OrgUnit } from './org-unit.entity.js';
import { Organization } from './organization.entity.js';
import { brandingOfOrganization, updateOrganization } from './org-settings.service.js';
import { situationsOfOrganization } from './service-situations.js';
import { Permission } from './roles.js';
import { User } from './user.entity.js';
import { deactivateUser, listApiKeys, listUsers, reactivateUser } from './user-admin.service.js';

@Resolver()
export class UserAdminResolver {
  @Query(() => UserConnection, {
    description: 'Users holding a role in a part of the organisation you manage (USER_MANAGE), by e-mail.',
  })
  @Allow(Permission.USER_MANAGE)
  users(
    @Arg('filter', () => UserFilterInput, { nullable: true, description: 'Narrows the list.' })
    filter: UserFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<User>> {
    return listUsers(ctx, filter ?? {}, page);
  }

  @Mutation(() => User, { description: 'Deactivates a user: they cannot sign in and their sessions end at once.' })
  @Allow(Permission.USER_MANAGE)
  deactivateUser(@Arg('id', () => ID, { description: "The user's id." }) id: string, @Ctx() ctx: RequestContext) {
    return deactivateUser(ctx, id);
  }

  @Mutation(() => User, { description: 'Lets a deactivated user sign in again.' })
  @Allow(Permission.USER_MANAGE)
  reactivateUser(@Arg('id', () => ID, { description: "The user's id." }) id: string, @Ctx() ctx: RequestContext) {
    return reactivateUser(ctx, id);
  }

  @Query(() => ApiKeyConnection, { description: 'API keys over units where you hold API_KEY_MANAGE, newest first.' })
  @Allow(Permission.API_KEY_MANAGE)
  apiKeys(
    @Arg('includeRevoked', { defaultValue: false, description: 'Also list revoked keys.' }) includeRevoked: boolean,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<ApiKey>> {
    return listApiKeys(ctx, includeRevoked, page);
  }

  @Mutation(() => UserInvitation, {
    description: 'Invites an e-mail address with roles: an e-mail with a single-use set-password link is sent.',
  })
  @Allow(Permission.USER_MANAGE)
  inviteUser(@Arg('input') input: InviteUserInput, @Ctx() ctx: RequestContext): Promise<UserInvitation> {
    return inviteUser(ctx, input);
  }

  @Query(() => [UserInvitation], {
    description: 'Open invitations (not accepted, withdrawn or expired) for units you manage; at most 200.',
  })
  @Allow(Permission.USER_MANAGE)
  userInvitations(@Ctx() ctx: RequestContext): Promise<UserInvitation[]> {
    return listInvitations(ctx);
  }

  @Mutation(() => UserInvitation, { description: 'Withdraws an open invitation; its link is refused from now on.' })
  @Allow(Permission.USER_MANAGE)
  revokeInvitation(
    @Arg('id', () => ID, { description: "The invitation's id." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<UserInvitation> {
    return revokeInvitation(ctx, id);
  }

  @Query(() => InvitationPreview, {
    description: 'The invitation behind a link. NOT_FOUND for a wrong link; CONFLICT (reason USED, REVOKED, EXPIRED).',
  })
  @Public()
  async invitation(
    @Arg('token', { description: 'The token from the invitation link.' }) token: string,
    @Ctx() ctx: RequestContext,
  ): Promise<InvitationPreview> {
    const { invitation, organizationName } = await previewInvitation(ctx, token);
    return { ...invitation, organizationName };
  }

  @Mutation(() => User, { description: 'Sets the password from an invitation link and signs in (session cookie).' })
  @Public()
  acceptInvitation(@Arg('input') input: AcceptInvitationInput, @Ctx() ctx: RequestContext): Promise<User> {
    return acceptInvitation(ctx, input);
  }

  @Mutation(() => Organization, {
    description: 'Changes the organisation settings and branding; needs USER_MANAGE at the head office (ADMIN).',
  })
  @Allow(Permission.USER_MANAGE)
  updateOrganization(@Arg('input') input: UpdateOrganizationInput, @Ctx() ctx: RequestContext): Promise<Organization> {
    return updateOrganization(ctx, input);
  }
}

@Resolver(() => Organization)
export class OrganizationSettingsResolver {
  @FieldResolver(() => BrandingType, { description: 'Logo, primary colour and privacy notices shown by the runner.' })
  branding(@Root() org: Organization): BrandingType {
    return brandingOfOrganization(org);
  }

  @FieldResolver(() => [ServiceSituationType], {
    description: 'Service situations a distribution can ask respondents to choose (docs/service-situation.md).',
  })
  serviceSituations(@Root() org: Organization): ServiceSituationType[] {
    return situationsOfOrganization(org);
  }
}

@Resolver(() => UserInvitation)
export class UserInvitationResolver {
  @FieldResolver(() => [InvitedRoleType], { description: 'Roles the invitee receives on accepting.' })
  roles(@Root() invitation: UserInvitation): InvitedRoleType[] {
    return invitation.roles.map((r) => ({ role: r.role, unitId: r.unitId }));
  }
}

@Resolver(() => InvitedRoleType)
export class InvitedRoleResolver {
  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The unit; null when it was deleted since.' })
  async unit(@Root() role: InvitedRoleType, @Ctx() ctx: RequestContext): Promise<OrgUnit | null> {
    return (await ctx.loaders.unit.load(role.unitId)) ?? null;
  }
}
