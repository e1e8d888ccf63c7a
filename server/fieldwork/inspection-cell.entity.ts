import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Organization } from '../org/index.js';

/**
 * The rolled-up INSPECTION statistics of one unit's current visits in one local month, scored by
 * one model version (docs/fieldwork.md, Inspection cells): the engine's ScopeStats of those
 * visits, unweighted. Visits only, never responses: a source of its own. Written in the
 * transaction that submits or corrects a visit (a correction takes the old revision's
 * contribution out), or by the build of a model version; read with SQL only, always by
 * organisation, the distribution column first (docs/scale-out.md).
 */
@Entity()
export class InspectionCell {
  @ManyToOne({ entity: 'Organization', ref: true, deleteRule: 'cascade', primary: true })
  organization!: Ref<Organization>;

  @PrimaryKey({ type: 'uuid' })
  modelVersionId!: string;

  @PrimaryKey({ type: 'uuid' })
  unitId!: string;

  /** First day of the month, organisation time zone. */
  @PrimaryKey({ type: 'date' })
  month!: string;

  @Property({ type: 'integer' })
  visits!: number;

  @Property({ type: 'jsonb' })
  stats!: unknown;
}

/** A model version whose inspection cells are built and kept (built on its first query). */
@Entity()
export class InspectionRollup {
  @ManyToOne({ entity: 'Organization', ref: true, deleteRule: 'cascade', primary: true })
  organization!: Ref<Organization>;

  @PrimaryKey({ type: 'uuid' })
  modelVersionId!: string;

  @Property({ type: 'timestamptz' })
  builtAt!: Date;
}
