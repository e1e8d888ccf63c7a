import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

/** The organisation's working week and holidays, in its time zone. */
@ObjectType({ description: 'Working days and holidays of the organisation, for follow-up deadlines.' })
@Entity()
@Unique({ properties: ['organization'] })
export class OrgCalendar extends TenantEntity {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => [Int], { description: 'ISO weekdays that are working days (1 Monday … 7 Sunday).' })
  @Property({ type: 'json' })
  workingDays!: number[];

  @Field(() => [String], { description: 'Holidays as YYYY-MM-DD, sorted.' })
  @Property({ type: 'json' })
  holidays!: string[];

  @Field()
  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
