import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { OrgUnit } from '../org/index.js';
import { InspectorCategory } from './fieldwork.enums.js';

/** An inspector or supervisor in the register: who may inspect which units. */
@ObjectType({
  description: 'An inspector, supervisor or mystery shopper in the register, with the units they may inspect.',
})
@Entity()
@Index({ properties: ['organization', 'userId'] })
export class Inspector extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'active' | 'homeUnit' | 'userId' | 'unitIds';

  @Field(() => ID, { description: 'Id of the register entry.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The unit whose managers keep this entry (FIELDWORK_MANAGE there). */
  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'cascade' })
  ownerUnit!: Ref<OrgUnit>;

  @Field({ description: 'Name of the inspector.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => InspectorCategory, { description: 'Internal staff or which kind of external supervisor.' })
  @Enum({ items: () => InspectorCategory })
  category!: InspectorCategory;

  /** The account the inspector signs in with (an INSPECTOR role for external ones); null: no account. */
  @Property({ type: 'uuid', nullable: true })
  userId: string | null = null;

  /** Internal staff: the unit they work at; a cross-inspection never sends them to it. */
  @ManyToOne(() => OrgUnit, { ref: true, nullable: true, deleteRule: 'set null' })
  homeUnit: Ref<OrgUnit> | null = null;

  @Field(() => ID, { nullable: true, description: 'Internal staff: the unit they work at.' })
  get homeUnitId(): string | null {
    return this.homeUnit?.id ?? null;
  }

  @Field(() => [ID], { description: 'Units (each with its subtree) the inspector may inspect.' })
  @Property({ type: 'uuid[]' })
  unitIds: string[] = [];

  @Field({ description: 'False once the inspector leaves the register; no new assignments then.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field({ description: 'When the entry was made (UTC).' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
