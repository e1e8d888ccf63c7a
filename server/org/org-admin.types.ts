import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { ApiKey } from './api-key.entity.js';
import { UserInvitation } from './invitation.entity.js';
import { Role } from './roles.js';
import { User } from './user.entity.js';

@ObjectType('LocalizedText', { description: 'A text in one language.' })
export class LocalizedTextType {
  @Field({ description: 'Language code: en, zh-CN or uk.' }) language!: string;
  @Field({ description: 'The text.' }) text!: string;
}

@ObjectType('ServiceSituation', {
  description: 'A service situation respondents can choose in the runner (first claim, appeal, complaint…).',
})
export class ServiceSituationType {
  @Field({ description: 'Stored on the response as its `situation`; what results filter and break down by.' })
  code!: string;
  @Field(() => [LocalizedTextType], { description: 'What respondents read, per language; at least the default one.' })
  labels!: LocalizedTextType[];
}

@ObjectType('Branding', { description: 'How the organisation presents itself to respondents; no personal data.' })
export class BrandingType {
  @Field({ description: 'Display name of the organisation.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Logo as a data URL; null when none.' })
  logoDataUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'Primary colour #rrggbb (contrast checked); null for default.' })
  primaryColor!: string | null;
  @Field(() => [LocalizedTextType], { description: 'Privacy notice in each language that has one.' })
  privacyNotice!: LocalizedTextType[];
}

@ObjectType({ description: 'What the set-password page shows for an invitation link that can still be used.' })
export class InvitationPreview {
  @Field({ description: 'The invited e-mail, which becomes the sign-in e-mail.' }) email!: string;
  @Field({ description: 'The name proposed for the account.' }) displayName!: string;
  @Field({ description: 'Language of the account.' }) locale!: string;
  @Field({ description: 'The organisation inviting.' }) organizationName!: string;
  @Field({ description: 'The link is refused after this instant (UTC).' }) expiresAt!: Date;
}

export const UserConnection = Connection(User);
export const ApiKeyConnection = Connection(ApiKey);
export { UserInvitation };

@ObjectType('InvitedRole', { description: 'A role an invitee receives on accepting.' })
export class InvitedRoleType {
  @Field(() => Role, { description: 'The role.' }) role!: Role;
  unitId!: string;
}
