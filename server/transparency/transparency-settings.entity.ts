import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

export enum PublicPeriod {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(PublicPeriod, {
  name: 'PublicPeriod',
  description: 'The period the public page shows: the latest complete one.',
  valuesConfig: {
    MONTH: { description: 'The latest complete month.' },
    QUARTER: { description: 'The latest complete quarter.' },
    YEAR: { description: 'The latest complete year.' },
  },
});

/** What an organisation publishes on its public transparency page (/t/<slug>); nothing until enabled. */
@ObjectType({ description: 'What the public transparency page (/t/<organisation slug>) shows.' })
@Entity()
@Unique({ properties: ['organization'] })
export class TransparencySettings extends TenantEntity {
  [OptionalProps]?: 'enabled' | 'unitIds' | 'actionIds' | 'period' | 'modelId' | 'updatedAt';

  @Field(() => ID, { description: 'Id of the settings.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Whether the page is served at all (off: 404).' })
  @Property({ type: 'boolean' })
  enabled: boolean = false;

  @Field(() => ID, { nullable: true, description: 'The indicator model whose results are published.' })
  @Property({ type: 'uuid', nullable: true })
  modelId: string | null = null;

  @Field(() => [ID], { description: 'The units whose results are published (each alone, never their subtree).' })
  @Property({ type: 'json' })
  unitIds: string[] = [];

  @Field(() => [ID], { description: 'Closed rectification actions shown under "what we changed".' })
  @Property({ type: 'json' })
  actionIds: string[] = [];

  @Field(() => PublicPeriod, { description: 'Which complete period the page shows.' })
  @Enum({ items: () => PublicPeriod })
  period: PublicPeriod = PublicPeriod.QUARTER;

  @Field({ description: 'When it last changed (UTC).' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
