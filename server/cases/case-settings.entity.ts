import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

/** The defaults, while an organisation has saved no rules of its own (docs/cases.md). */
export const DEFAULT_CASE_SETTINGS = {
  remindOwnerAfterHours: 0,
  unitManagerAfterHours: 24,
  parentManagerAfterHours: 48,
  satisfiedFrom: 70,
} as const;

/**
 * The organisation's escalation rules and its "satisfied with the handling" threshold: one row per
 * organisation, absent until an administrator saves it (the defaults apply until then).
 */
@ObjectType({ description: 'The organisation’s escalation rules and its “satisfied with the handling” threshold.' })
@Entity()
@Unique({ properties: ['organization'] })
export class CaseSettings extends TenantEntity {
  [OptionalProps]?:
    | 'updatedAt'
    | 'updatedBy'
    | 'remindOwnerAfterHours'
    | 'unitManagerAfterHours'
    | 'parentManagerAfterHours'
    | 'satisfiedFrom';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int, { description: 'Hours after a step’s due time at which its owner is reminded (level 1).' })
  @Property({ type: 'integer' })
  remindOwnerAfterHours: number = DEFAULT_CASE_SETTINGS.remindOwnerAfterHours;

  @Field(() => Int, { description: 'Hours after the due time at which the unit’s managers are told (level 2).' })
  @Property({ type: 'integer' })
  unitManagerAfterHours: number = DEFAULT_CASE_SETTINGS.unitManagerAfterHours;

  @Field(() => Int, { description: 'Hours after the due time at which the parent unit’s managers are told (level 3).' })
  @Property({ type: 'integer' })
  parentManagerAfterHours: number = DEFAULT_CASE_SETTINGS.parentManagerAfterHours;

  @Field(() => Float, {
    description: 'A follow-up response scoring this or more (0–100) counts as satisfied with the handling.',
  })
  @Property({ type: 'double' })
  satisfiedFrom: number = DEFAULT_CASE_SETTINGS.satisfiedFrom;

  @Field(() => Date, { nullable: true, description: 'When an administrator last changed them; null: the defaults.' })
  @Property({ type: 'timestamptz', nullable: true })
  updatedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;
}
