import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, Unique, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { OrgUnit } from '../org/index.js';
import { StaffPost } from './fieldwork.enums.js';

/** A person working at a unit, named on visits (and responses) that inspected or served them; no account. */
@ObjectType({ description: "A staff member in a unit's register: named on the visits that inspected them." })
@Entity()
// organization first: every unique key of a tenant table carries it (docs/scale-out.md).
@Unique({ properties: ['organization', 'unit', 'code'] })
export class StaffMember extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'active' | 'code';

  @Field(() => ID, { description: 'Id of the staff member.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'cascade' })
  unit!: Ref<OrgUnit>;

  @Field({ description: 'Name of the staff member.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'A short code, unique in the unit (e.g. a counter number): named by `?staff=` on a counter’s link and by the ' +
      '`staff` column of imports.',
  })
  @Property({ type: 'text', nullable: true })
  code: string | null = null;

  @Field(() => StaffPost, { description: 'Their post at the unit.' })
  @Enum({ items: () => StaffPost })
  post!: StaffPost;

  @Field({ description: 'False once they left the unit; kept for the history of visits.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field({ description: 'When they were added (UTC).' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
