import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed sign-ins of one account (its e-mail) or one address, in PostgreSQL so every server copy
 * counts the same attempts. Not tenant-scoped: sign-in happens before the organisation is known.
 */
@Entity()
export class SignInThrottle {
  /** ACCOUNT or ADDRESS. */
  @PrimaryKey({ type: 'text' })
  kind!: string;

  /** The lower-cased e-mail, or the client address. */
  @PrimaryKey({ type: 'text' })
  key!: string;

  /** Failures since `windowStartedAt`. */
  @Property({ type: 'integer' })
  failures!: number;

  @Property({ type: 'timestamptz' })
  windowStartedAt!: Date;

  /** Lock-outs so far (each one lasts twice as long as the one before); forgotten a day after the last. */
  @Property({ type: 'integer' })
  lockouts!: number;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
