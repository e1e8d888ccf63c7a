import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { ApiKey } from './api-key.entity.js';
import { OrgUnit } from './org-unit.entity.js';
import { Permission, Role } from './roles.js';
import { User } from './user.entity.js';

export enum PrincipalKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
}
registerEnumType(PrincipalKind, {
  name: 'PrincipalKind',
  description: 'Whether a person or another system is asking.',
});

@ObjectType('Grant', { description: 'A role the caller holds over a unit subtree.' })
export class GrantType {
  @Field(() => Role) role!: Role;
  unitId!: string;
}

@ObjectType({ description: 'Who is asking, and what they may do.' })
export class Viewer {
  @Field(() => PrincipalKind) kind!: PrincipalKind;
  userId!: string | null;
  apiKeyId!: string | null;
  @Field(() => [GrantType]) grants!: GrantType[];
  @Field(() => [Permission], { description: 'Every permission the caller holds somewhere.' })
  permissions!: Permission[];
}

@ObjectType()
export class CreateUserPayload {
  @Field(() => User) user!: User;
  @Field(() => String, {
    nullable: true,
    description: 'The generated password, shown this once; null when one was given.',
  })
  initialPassword!: string | null;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey) apiKey!: ApiKey;
  @Field({ description: 'The key to send as "Authorization: Bearer <token>". Shown this once: store it now.' })
  token!: string;
}

export const OrgUnitConnection = Connection(OrgUnit);
