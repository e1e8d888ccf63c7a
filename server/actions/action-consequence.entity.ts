import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

export enum ConsequenceCategory {
  WARNING = 'WARNING',
  PENALTY = 'PENALTY',
  RETRAINING = 'RETRAINING',
  OTHER = 'OTHER',
}
registerEnumType(ConsequenceCategory, {
  name: 'ConsequenceCategory',
  description: 'The kind of consequence decided for an action flagged for accountability.',
  valuesConfig: {
    WARNING: { description: 'A warning.' },
    PENALTY: { description: 'A penalty.' },
    RETRAINING: { description: 'Retraining.' },
    OTHER: { description: 'Something else, said in the text.' },
  },
});

/** What was decided for an action flagged for accountability (two NOT_MET re-checks in a chain). */
@ObjectType({ description: 'A consequence decided for an action flagged for accountability.' })
@Entity()
export class ActionConsequence extends TenantEntity {
  [OptionalProps]?: 'decidedAt';

  @Field(() => ID, { description: 'Id of the record.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  actionId!: string;

  @Field(() => ConsequenceCategory, { description: 'The kind of consequence.' })
  @Enum({ items: () => ConsequenceCategory })
  category!: ConsequenceCategory;

  @Field({ description: 'What was decided, in words.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => ID, { nullable: true, description: 'Who recorded it.' })
  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Field({ description: 'When (UTC).' })
  @Property({ type: 'timestamptz' })
  decidedAt: Date = new Date();
}
