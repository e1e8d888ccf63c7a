import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

/** An action raised to the parent unit's managers, once per step (overdue, or one NOT_MET re-check). */
@ObjectType({ description: "An action raised to the parent unit's managers: overdue, or a re-check not met." })
@Entity()
@Unique({ properties: ['organization', 'actionId', 'step'] })
@Index({ properties: ['organization', 'unitId'] })
export class ActionEscalation extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'emailed';

  @Field(() => ID, { description: 'Id of the escalation.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: 'The action escalated.' })
  @Property({ type: 'uuid' })
  actionId!: string;

  @Field({ description: '"OVERDUE", or "NOT_MET:<re-check id>": each step escalates once.' })
  @Property({ type: 'text' })
  step!: string;

  @Field(() => ID, { description: 'The unit whose managers it went to (the parent of the action’s unit).' })
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => [ID], { description: 'The users it went to.' })
  @Property({ type: 'json' })
  recipients: string[] = [];

  @Field(() => Int, { description: 'E-mails accepted by the mail server.' })
  @Property({ type: 'integer' })
  emailed: number = 0;

  @Field({ description: 'When (UTC).' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
