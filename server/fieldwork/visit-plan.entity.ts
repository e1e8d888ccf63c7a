import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { OrgUnit } from '../org/index.js';
import { PlanFrequency, PlanPurpose } from './fieldwork.enums.js';
import { InspectionKind } from './inspection-kind.entity.js';

/** A visit plan: which units (or key clients), which kind, which scoring sheet, when, by whom. */
@ObjectType({ description: 'A visit plan; creating it generates its assignments.' })
@Entity()
export class VisitPlan extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'frequency' | 'unitIds' | 'keyClientIds' | 'inspectorIds' | 'dates' | 'kindShown';

  @Field(() => ID, { description: 'Id of the plan.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The unit that owns the plan; every unit and key client of the plan lies in its subtree. */
  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'cascade' })
  ownerUnit!: Ref<OrgUnit>;

  @Field({ description: 'Name of the plan.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => PlanPurpose, { description: 'Inspections of units, or visits to key clients.' })
  @Enum({ items: () => PlanPurpose })
  purpose!: PlanPurpose;

  @ManyToOne(() => InspectionKind, { ref: true, eager: true, deleteRule: 'restrict' })
  kind!: Ref<InspectionKind>;

  /**
   * The kind as GraphQL shows it: the entity, not its reference (a reference answers only its id, so
   * `kind { label }` of a plan loaded in a fresh unit of work was null). Loaded with the plan (eager).
   */
  @Field(() => InspectionKind, { name: 'kind', description: 'The kind of inspection.' })
  get kindShown(): InspectionKind {
    return this.kind.getEntity();
  }

  @Field(() => ID, { description: 'The scoring sheet: a published questionnaire version.' })
  @Property({ type: 'uuid' })
  questionnaireVersionId!: string;

  @Field(() => [ID], { description: 'The units inspected (INSPECTION plans).' })
  @Property({ type: 'uuid[]' })
  unitIds: string[] = [];

  @Field(() => [ID], { description: 'The key clients visited (KEY_CLIENT plans).' })
  @Property({ type: 'uuid[]' })
  keyClientIds: string[] = [];

  @Field(() => [ID], { description: 'The inspectors assignments go to, in turn.' })
  @Property({ type: 'uuid[]' })
  inspectorIds: string[] = [];

  @Field(() => [String], { description: 'Occurrence days (YYYY-MM-DD), given or generated from the frequency.' })
  @Property({ type: 'text[]' })
  dates: string[] = [];

  @Field(() => PlanFrequency, { nullable: true, description: 'How often the plan repeats; null with explicit dates.' })
  @Enum({ items: () => PlanFrequency, nullable: true })
  frequency: PlanFrequency | null = null;

  @Field(() => Int, { description: 'Days after an occurrence by which its visit is due.' })
  @Property({ type: 'integer' })
  dueDays!: number;

  @Field({ description: 'The last due date of the plan (YYYY-MM-DD): after it, what is not done is missed.' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field({ description: 'When the plan was made (UTC).' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
