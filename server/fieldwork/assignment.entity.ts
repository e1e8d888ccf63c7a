import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';
import { OrgUnit } from '../org/index.js';
import { Inspector } from './inspector.entity.js';
import { KeyClient } from './key-client.entity.js';
import { VisitPlan } from './visit-plan.entity.js';

/** One visit to make: a unit (or key client) of a plan, on an occurrence day, by one inspector. */
@Entity()
@Index({ properties: ['organization', 'inspector'] })
@Index({ properties: ['organization', 'plan'] })
export class Assignment extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'keyClient' | 'visitId' | 'doneAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => VisitPlan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<VisitPlan>;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'cascade' })
  unit!: Ref<OrgUnit>;

  @ManyToOne(() => KeyClient, { ref: true, nullable: true, deleteRule: 'cascade' })
  keyClient: Ref<KeyClient> | null = null;

  @ManyToOne(() => Inspector, { ref: true, deleteRule: 'restrict' })
  inspector!: Ref<Inspector>;

  @Property({ type: 'date' })
  scheduledFor!: string;

  /** Last day (inclusive) by which the visit is due. */
  @Property({ type: 'date' })
  dueDate!: string;

  /** The first revision of the visit made for it. */
  @Property({ type: 'uuid', nullable: true })
  visitId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  doneAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
