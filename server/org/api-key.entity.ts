import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { OrgUnit } from './org-unit.entity.js';
import { Role } from './roles.js';
import { ApiScope } from './scopes.js';
import { User } from './user.entity.js';

/**
 * A credential for another system. The secret is shown once and stored as a SHA-256 hash; the
 * token itself names the organisation and key id, so authenticating is a primary-key lookup
 * inside one tenant.
 */
@ObjectType({ description: 'An API key for another system, acting with one role over one unit subtree.' })
@Entity()
export class ApiKey extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'expiresAt' | 'revokedAt' | 'lastUsedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'cascade' })
  unit!: Ref<OrgUnit>;

  @Field(() => [ApiScope], {
    description: 'What the key may be used for; an operation needing another scope is refused.',
  })
  @Enum({ items: () => ApiScope, array: true })
  scopes: ApiScope[] = [];

  @Property({ type: 'text', hidden: true })
  secretHash!: string;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;
}
