import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Requests of one client address or one link token in the current window, in PostgreSQL so every
 * server copy counts the same requests (server/http/abuse-guard.ts). Keys are hashed: tokens are
 * credentials and addresses personal data. Not tenant-scoped: counted before the token is resolved.
 */
@Entity()
export class PublicRate {
  /** `a:` (address), `t:` (token) or `m:` (machine caller) and a SHA-256 prefix of the value. */
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  hits!: number;

  @Property({ type: 'timestamptz' })
  windowStartedAt!: Date;
}
