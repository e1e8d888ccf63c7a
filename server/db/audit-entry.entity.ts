import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { TenantEntity } from './tenant-entity.js';

/**
 * One recorded change (or export), append-only: a trigger of the migration refuses UPDATE and
 * DELETE, and on INSERT numbers the row within its organisation (`seq`), stamps the time and
 * chains it to the organisation's previous row: hash = SHA-256 of the previous hash and this
 * row's fields (`audit_log_payload`). `npm run audit:verify` recomputes the chain.
 */
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['organization', 'seq'] })
export class AuditEntry extends TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** 1, 2, 3… per organisation, set by the trigger. */
  @Property({ type: 'integer', nullable: true })
  seq: number | null = null;

  /** Set by the trigger (clock time of the insert). */
  @Property({ type: 'timestamptz', nullable: true })
  at: Date | null = null;

  /** USER, API_KEY or SYSTEM. */
  @Property({ type: 'text' })
  actorKind!: string;

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  /** CREATE, UPDATE, DELETE or EXPORT. */
  @Property({ type: 'text' })
  action!: string;

  /** The entity's name (Questionnaire, RoleAssignment…) or what was exported. */
  @Property({ type: 'text' })
  entity!: string;

  @Property({ type: 'text', nullable: true })
  entityId: string | null = null;

  @Property({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null = null;

  @Property({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null = null;

  @Property({ type: 'text', nullable: true })
  prevHash: string | null = null;

  @Property({ type: 'text', nullable: true })
  hash: string | null = null;
}

/** The last seq and hash of each organisation's chain, kept by the trigger: a removed tail row shows. */
@Entity({ tableName: 'audit_head' })
export class AuditHead {
  @PrimaryKey({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'text' })
  hash!: string;
}
