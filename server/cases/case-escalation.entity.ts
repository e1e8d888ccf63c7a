import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';
import { CaseStep } from './case.enums.js';

/**
 * One escalation of one step of a case at one level (1 owner, 2 unit manager, 3 parent unit's
 * manager). The unique key is what keeps it to once, across runs and server copies.
 */
@Entity()
@Unique({ properties: ['organization', 'caseId', 'step', 'round', 'level'] })
export class CaseEscalation extends TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  caseId!: string;

  @Enum({ items: () => CaseStep })
  step!: CaseStep;

  /** The case's reopen count: a reopened case's steps escalate again. */
  @Property({ type: 'integer' })
  round!: number;

  @Property({ type: 'integer' })
  level!: number;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();
}
