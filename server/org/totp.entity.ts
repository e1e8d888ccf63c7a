import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';

/**
 * A user's TOTP second factor (RFC 6238, 6 digits, 30 s). While `confirmedAt` is null it is an
 * enrolment in progress and does not count at sign-in. The secret is stored sealed; neither it nor the recovery codes
 * are ever sent after enrolment; the audit trail records changes with both redacted.
 */
@Entity({ tableName: 'user_totp' })
export class UserTotp extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'confirmedAt' | 'lastStep' | 'recoveryCodes';

  /** The user's id: one second factor per user. */
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  /**
   * The base32 shared secret, sealed (db/secret-box.ts, the user id as context): the server must read it to check
   * codes, and the database never holds it in the clear.
   */
  @Property({ type: 'text', hidden: true })
  sealedSecret!: string;

  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;

  /** The last 30-second step a code was accepted for: a code is good once (no replay in its window). */
  @Property({ type: 'bigint', nullable: true, hidden: true })
  lastStep: string | null = null;

  /** SHA-256 of each unused recovery code; a used one is removed. */
  @Property({ type: 'text[]', hidden: true })
  recoveryCodes: string[] = [];

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
