import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

@ObjectType({ description: 'A person who signs in to Barometer.' })
@Entity({ tableName: 'app_user' })
@Unique({ properties: ['organization', 'email'] })
export class User extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'locale' | 'disabledAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Sign-in e-mail, stored in lower case.' })
  @Property({ type: 'text' })
  email!: string;

  @Field()
  @Property({ type: 'text' })
  displayName!: string;

  /** scrypt hash, see password.ts; never exposed. */
  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Field({ description: 'Interface language: en, zh-CN or uk.' })
  @Property({ type: 'text' })
  locale: string = 'en';

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
