import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A tenant: an agency, court system or insurer, with its own units, users and data.' })
@Entity()
export class Organization {
  [OptionalProps]?: 'createdAt' | 'minGroupSize' | 'timeZone';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'Short unique name, used at sign-in when an e-mail exists in several organisations.' })
  @Property({ type: 'text', unique: true })
  slug!: string;

  @Field({ description: 'IANA time zone in which periods and buckets are computed.' })
  @Property({ type: 'text' })
  timeZone: string = 'UTC';

  @Field(() => Int, {
    description: 'Smallest group whose scores are shown in anonymous and confidential distributions.',
  })
  @Property({ type: 'integer' })
  minGroupSize: number = 5;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
