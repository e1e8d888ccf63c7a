import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

/** A respondent's comment an administrator approved for the public page (its text copied then, as approved). */
@ObjectType({ description: 'A comment approved for the public transparency page.' })
@Entity()
@Unique({ properties: ['organization', 'responseId', 'question'] })
export class PublishedComment extends TenantEntity {
  [OptionalProps]?: 'approvedAt';

  @Field(() => ID, { description: 'Id of the approval.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: 'The response it comes from.' })
  @Property({ type: 'uuid' })
  responseId!: string;

  @Field({ description: 'The question (SurveyJS name) it answers.' })
  @Property({ type: 'text' })
  question!: string;

  @Field(() => ID, { description: 'The unit the response is about.' })
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field({ description: 'The text as approved (edit out names before approving).' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => ID, { description: 'Who approved it.' })
  @Property({ type: 'uuid' })
  approvedBy!: string;

  @Field({ description: 'When it was approved (UTC).' })
  @Property({ type: 'timestamptz' })
  approvedAt: Date = new Date();
}
