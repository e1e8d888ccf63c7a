import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';
import { OrgUnit } from '../org/index.js';
import type { Severity } from './fieldwork.enums.js';
import { InspectionKind } from './inspection-kind.entity.js';
import { Inspector } from './inspector.entity.js';
import { KeyClient } from './key-client.entity.js';

/** A finding of a visit marked as a non-conformity. */
export interface NonConformity {
  title: string;
  severity: Severity;
  note: string | null;
  /** The scoring-sheet question it is about, if any. */
  question: string | null;
}

/**
 * One revision of a visit record. A submitted revision never changes (only `supersededAt` is set
 * when a correction is submitted); a correction is a new row with the same `rootId` and the next
 * revision number. `clientId` (generated on the phone) makes an offline submission idempotent.
 */
@Entity()
@Unique({ properties: ['organization', 'clientId'] })
@Unique({ properties: ['organization', 'rootId', 'revision'] })
@Index({ properties: ['organization', 'unit', 'endedAt'] })
export class Visit extends TenantEntity {
  [OptionalProps]?:
    | 'submittedAt'
    | 'supersededAt'
    | 'keyClient'
    | 'assignmentId'
    | 'correctionReason'
    | 'attachmentIds'
    | 'staffIds'
    | 'nonConformities';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  clientId!: string;

  /** Id of the first revision; equal to `id` on it. */
  @Property({ type: 'uuid' })
  rootId!: string;

  @Property({ type: 'integer' })
  revision!: number;

  @Property({ type: 'uuid', nullable: true })
  assignmentId: string | null = null;

  @ManyToOne(() => Inspector, { ref: true, deleteRule: 'restrict' })
  inspector!: Ref<Inspector>;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'cascade' })
  unit!: Ref<OrgUnit>;

  @ManyToOne(() => KeyClient, { ref: true, nullable: true, deleteRule: 'set null' })
  keyClient: Ref<KeyClient> | null = null;

  @ManyToOne(() => InspectionKind, { ref: true, deleteRule: 'restrict' })
  kind!: Ref<InspectionKind>;

  @Property({ type: 'uuid' })
  questionnaireVersionId!: string;

  @Property({ type: 'uuid[]' })
  staffIds: string[] = [];

  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Property({ type: 'timestamptz' })
  endedAt!: Date;

  @Property({ type: 'jsonb' })
  answers!: Record<string, unknown>;

  @Property({ type: 'jsonb' })
  nonConformities: NonConformity[] = [];

  @Property({ type: 'uuid[]' })
  attachmentIds: string[] = [];

  @Property({ type: 'text', nullable: true })
  correctionReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Property({ type: 'timestamptz' })
  submittedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null = null;
}
