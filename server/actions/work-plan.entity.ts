import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

@ObjectType({ description: 'Responses wanted from one respondent category.' })
export class CategoryTarget {
  @Field({ description: 'The respondent category.' }) category!: string;
  @Field(() => Int, { description: 'Completed responses wanted from it.' }) target!: number;
}

@ObjectType({ description: 'One line of a work plan: a questionnaire on a channel, with its targets.' })
export class WorkPlanLine {
  @Field(() => ID, { description: 'The questionnaire.' }) questionnaireId!: string;
  @Field({ description: 'The channel (WEB_LINK, EMAIL, SMS, PHONE, …).' }) channel!: string;
  @Field(() => Int, { description: 'Completed responses wanted in the unit’s subtree over the period.' })
  targetResponses!: number;
  @Field(() => [CategoryTarget], { description: 'Of which per respondent category, when planned.' })
  categoryTargets!: CategoryTarget[];
}

/** A survey work plan (调查工作计划) of a unit for a period: what to collect, on which channels, by whom. */
@ObjectType({ description: 'A survey work plan of a unit for a period (say a quarter), with its progress.' })
@Entity()
@Index({ properties: ['organization', 'unitId', 'periodStart'] })
export class WorkPlan extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'followUpRateTarget';

  @Field(() => ID, { description: 'Id of the plan.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: 'The unit; responses of its whole subtree count.' })
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field({ description: 'Title shown in lists.' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'First local day of the period.' })
  @Property({ type: 'date' })
  periodStart!: string;

  @Field({ description: 'Day after the last of the period.' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => [ID], { description: 'The users answering for the plan.' })
  @Property({ type: 'json' })
  owners: string[] = [];

  @Field(() => Float, {
    description: 'Share of eligible service events to follow up by their deadline (default 1: 100%).',
  })
  @Property({ type: 'double' })
  followUpRateTarget: number = 1;

  @Field(() => [WorkPlanLine], { description: 'Questionnaires × channels and their targets.' })
  @Property({ type: 'json' })
  lines: WorkPlanLine[] = [];

  @Field({ description: 'When it was made (UTC).' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
