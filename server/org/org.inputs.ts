import { ApiScope } from './scopes.js';
import { IsEmail, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { OrgUnitKind } from './org-unit.entity.js';
import { Role } from './roles.js';

@InputType({ description: 'Sign in with e-mail and password.' })
export class LoginInput {
  @Field() @Length(1, 254) email!: string;
  @Field() @Length(1, 200) password!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Organisation short name; needed only when the e-mail exists in several.',
  })
  organization?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The 6-digit code of the authenticator app (or a recovery code), when a second factor is on.',
  })
  @IsOptional()
  @Length(1, 40)
  code?: string | null;
}

@InputType()
export class OrgUnitFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only this unit and its descendants.' }) under?: string | null;
  @Field(() => String, { nullable: true, description: 'Text contained in the name or code.' }) search?: string | null;
  @Field(() => OrgUnitKind, { nullable: true }) kind?: OrgUnitKind | null;
  @Field(() => Int, { nullable: true, description: 'Deepest level to include (head office is 0).' })
  @IsOptional()
  @Min(0)
  @Max(64)
  maxDepth?: number | null;
}

@InputType()
export class CreateOrgUnitInput {
  @Field(() => ID) parentId!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => OrgUnitKind) kind!: OrgUnitKind;
  @Field(() => Float, {
    nullable: true,
    description: 'Weight in UNIT_WEIGHTS roll-ups (e.g. the population served); zero or more; default 1.',
  })
  weight?: number | null;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateOrgUnitInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => OrgUnitKind, { nullable: true }) kind?: OrgUnitKind | null;
  @Field(() => Float, { nullable: true, description: 'Weight in UNIT_WEIGHTS roll-ups; zero or more.' }) weight?:
    number | null;
}

@InputType()
export class MoveOrgUnitInput {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The new parent; the unit moves with its whole subtree.' }) newParentId!: string;
}

@InputType()
export class RoleInput {
  @Field(() => Role) role!: Role;
  @Field(() => ID, { description: 'The role holds over this unit and everything below it.' }) unitId!: string;
}

@InputType()
export class CreateUserInput {
  @Field() @IsEmail({}, { message: 'email must be an e-mail address' }) email!: string;
  @Field() displayName!: string;
  @Field(() => String, {
    nullable: true,
    description: 'At least 10 characters; left out, one is generated and returned once.',
  })
  password?: string | null;
  @Field(() => String, { nullable: true, description: 'en, zh-CN or uk (default en).' }) locale?: string | null;
  @Field(() => [RoleInput], { nullable: true }) roles?: RoleInput[] | null;
}

@InputType()
export class AssignRoleInput extends RoleInput {
  @Field(() => ID) userId!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'Which system uses the key.' }) name!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ID) unitId!: string;
  @Field(() => Date, { nullable: true }) expiresAt?: Date | null;
  @Field(() => [ApiScope], {
    nullable: true,
    description: 'What the key may be used for; each must suit the role. Left out, every scope the role can carry.',
  })
  scopes?: ApiScope[] | null;
}
