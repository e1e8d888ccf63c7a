import { Field, InputType, Int } from 'type-graphql';
import { RoleInput } from './org.inputs.js';

@InputType({ description: 'Which users to list; every condition given must hold.' })
export class UserFilterInput {
  @Field(() => String, { nullable: true, description: 'Text contained in the e-mail or display name.' })
  search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: active users only; false: deactivated only.' })
  active?: boolean | null;
}

@InputType({ description: 'Invite a person by e-mail; they set their own password from the link.' })
export class InviteUserInput {
  @Field({ description: 'Where the invitation is sent; it becomes the sign-in e-mail.' }) email!: string;
  @Field(() => String, { nullable: true, description: 'Name shown for the account; the invitee may change it.' })
  displayName?: string | null;
  @Field(() => String, { nullable: true, description: 'en, zh-CN or uk: of the e-mail and the account.' })
  locale?: string | null;
  @Field(() => [RoleInput], { description: 'Roles given on accepting; at least one, on units you manage.' })
  roles!: RoleInput[];
}

@InputType({ description: 'Accept an invitation: choose a password (and name) and be signed in.' })
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link.' }) token!: string;
  @Field({ description: 'The new password, per the password policy (at least 10 characters, not common).' })
  password!: string;
  @Field(() => String, { nullable: true, description: 'Name shown for the account; left out, the invited one.' })
  displayName?: string | null;
}

@InputType({ description: 'A text in one language.' })
export class LocalizedTextInput {
  @Field({ description: 'Language code: en, zh-CN or uk.' }) language!: string;
  @Field({ description: 'The text; empty removes it.' }) text!: string;
}

@InputType({ description: 'A service situation respondents can choose in the runner.' })
export class ServiceSituationInput {
  @Field({ description: 'Stored on responses (1–200 characters, unique in the list), e.g. first_claim.' })
  code!: string;
  @Field(() => [LocalizedTextInput], {
    description: 'Labels per language offered; the organisation’s default language is required.',
  })
  labels!: LocalizedTextInput[];
}

@InputType({ description: 'Organisation settings; fields left out stay as they are.' })
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true, description: 'Display name of the organisation.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Asia/Shanghai; results follow it.' })
  timeZone?: string | null;
  @Field(() => [String], { nullable: true, description: 'Languages offered (en, zh-CN, uk), the default first.' })
  languages?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Smallest group shown in anonymous surveys, 1–1000.' })
  minGroupSize?: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Primary colour #rrggbb, at least 4.5:1 against white (WCAG AA); "" removes it.',
  })
  primaryColor?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Logo as a data URL (PNG, JPEG, WebP or GIF, at most 100 kB); "" removes it.',
  })
  logo?: string | null;
  @Field(() => [LocalizedTextInput], {
    nullable: true,
    description: 'Privacy notice per language shown to respondents; replaces every notice.',
  })
  privacyNotice?: LocalizedTextInput[] | null;
  @Field(() => [ServiceSituationInput], {
    nullable: true,
    description: 'Service situations the runner can ask (at most 50, in the order shown); replaces the list.',
  })
  serviceSituations?: ServiceSituationInput[] | null;
}
