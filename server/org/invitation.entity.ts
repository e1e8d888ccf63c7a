import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import type { Role } from './roles.js';
import { User } from './user.entity.js';

/** A role the invitee receives on accepting. */
export interface InvitedRole {
  role: Role;
  unitId: string;
}

@ObjectType('UserInvitation', {
  description: 'An e-mail invitation to join the organisation: a single-use link to set a password.',
})
@Entity({ tableName: 'user_invitation' })
export class UserInvitation extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'acceptedAt' | 'revokedAt' | 'locale';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'The invited address, in lower case.' })
  @Property({ type: 'text', index: true })
  email!: string;

  @Field({ description: 'The name the account will show; the invitee may change it on accepting.' })
  @Property({ type: 'text' })
  displayName!: string;

  @Field({ description: 'Language of the e-mail and of the account: en, zh-CN or uk.' })
  @Property({ type: 'text' })
  locale: string = 'en';

  /** Roles given on acceptance; each unit was checked against the inviter's rights. */
  @Property({ type: 'json' })
  roles!: InvitedRole[];

  /** SHA-256 of the link's secret; the secret itself is only in the e-mail. */
  @Property({ type: 'text', hidden: true, unique: true })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  invitedBy?: Ref<User> | null;

  @Field({ description: 'When the invitation was sent (UTC).' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field({ description: 'After this instant the link is refused (UTC).' })
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the invitee set a password; the link is then spent.' })
  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When an administrator withdrew it, or a newer one replaced it.' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
