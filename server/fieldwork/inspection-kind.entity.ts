import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

/** One kind of inspection in an organisation's list: seeded with the kinds, extensible. */
@ObjectType({ description: "A kind of inspection in the organisation's list (self-inspection, mystery visit, …)." })
@Entity()
@Unique({ properties: ['organization', 'key'] })
export class InspectionKind extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'crossUnit';

  @Field(() => ID, { description: 'Id of the kind.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Stable key, unique in the organisation (e.g. MYSTERY_VISIT).' })
  @Property({ type: 'text' })
  key!: string;

  @Field({ description: 'Name shown to people.' })
  @Property({ type: 'text' })
  label!: string;

  @Field({ description: "Done by another unit: never assigned to an inspector of the inspected unit's own staff." })
  @Property({ type: 'boolean' })
  crossUnit: boolean = false;

  @Field({ description: 'When the kind was added (UTC).' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
