import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { OrgUnit } from './org-unit.entity.js';
import { Role } from './roles.js';
import { User } from './user.entity.js';

@ObjectType({ description: 'A role held by a user over one unit and its whole subtree.' })
@Entity()
@Unique({ properties: ['organization', 'user', 'role', 'unit'] })
export class RoleAssignment extends TenantEntity {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'cascade' })
  unit!: Ref<OrgUnit>;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
