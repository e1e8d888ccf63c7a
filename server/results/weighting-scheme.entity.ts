import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import type { Cell, Margin } from '../indicators/index.js';

export enum WeightingKind {
  POST_STRATIFICATION = 'POST_STRATIFICATION',
  RAKING = 'RAKING',
}
registerEnumType(WeightingKind, {
  name: 'WeightingKind',
  description: 'Cell post-stratification (unit × category) or raking over two or more margins.',
});

/** How respondents are weighted so the sample stands for the population served. */
@ObjectType({ description: 'A respondent weighting scheme.' })
@Entity()
export class WeightingScheme extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'cells' | 'margins' | 'tolerance' | 'maxIterations' | 'trimMin' | 'trimMax';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => WeightingKind)
  @Enum({ items: () => WeightingKind })
  kind!: WeightingKind;

  /** POST_STRATIFICATION: population per leaf unit and respondent category. */
  @Property({ type: 'json' })
  cells: Cell[] = [];

  /** RAKING: population margins per variable. */
  @Property({ type: 'json' })
  margins: Margin[] = [];

  @Field(() => Float, { description: 'Raking stops when every margin is within this relative gap.' })
  @Property({ type: 'double' })
  tolerance: number = 0.001;

  @Field(() => Int)
  @Property({ type: 'integer' })
  maxIterations: number = 50;

  @Field(() => Float, { nullable: true, description: 'Smallest weight, as a multiple of the mean weight.' })
  @Property({ type: 'double', nullable: true })
  trimMin: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Largest weight, as a multiple of the mean weight.' })
  @Property({ type: 'double', nullable: true })
  trimMax: number | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
