import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';
import { User } from './user.entity.js';

/** A signed-in browser. Kept in PostgreSQL so any server copy can serve any request. */
@Entity()
export class Session extends TenantEntity {
  [OptionalProps]?: 'createdAt';

  /** SHA-256 of the cookie's secret part; the secret itself is never stored. */
  @PrimaryKey({ type: 'text' })
  id!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', index: true })
  expiresAt!: Date;
}
