/** The org module's parts, for the composition root (server/app): its resolvers and entities. */
import { ApiKey } from './api-key.entity.js';
import { ApiKeyResolver } from './api-key.resolver.js';
import { UserInvitation } from './invitation.entity.js';
import {
  InvitedRoleResolver,
  OrganizationSettingsResolver,
  UserAdminResolver,
  UserInvitationResolver,
} from './org-admin.resolver.js';
import { AuthResolver, ClientSettingsResolver, GrantResolver } from './auth.resolver.js';
import { OrgUnit } from './org-unit.entity.js';
import { OrgUnitResolver } from './org-unit.resolver.js';
import { Organization } from './organization.entity.js';
import { OrganizationResolver } from './organization.resolver.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { RoleAssignmentResolver, UserResolver } from './user.resolver.js';
import { Session } from './session.entity.js';
import { UserTotp } from './totp.entity.js';
import { TotpResolver } from './totp.resolver.js';
import { SignInThrottle } from './sign-in-throttle.entity.js';
import { User } from './user.entity.js';

export const orgResolvers = [
  AuthResolver,
  ClientSettingsResolver,
  GrantResolver,
  OrganizationResolver,
  OrgUnitResolver,
  UserResolver,
  RoleAssignmentResolver,
  ApiKeyResolver,
  UserAdminResolver,
  OrganizationSettingsResolver,
  UserInvitationResolver,
  InvitedRoleResolver,
  TotpResolver,
] as const;
export const orgEntities = [
  Organization,
  OrgUnit,
  User,
  RoleAssignment,
  ApiKey,
  Session,
  SignInThrottle,
  UserInvitation,
  UserTotp,
];
