import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

export enum ContactKind {
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
}
registerEnumType(ContactKind, { name: 'ContactKind' });

/**
 * A person's address, kept apart from answers: the value is encrypted (AES-256-GCM), and a keyed
 * hash finds it again without decrypting. Purging clears the value; invitations keep their
 * statuses, responses never referred to it.
 */
@Entity()
@Unique({ properties: ['organization', 'valueHash'] })
export class Contact extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'lastInvitedAt' | 'purgedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => ContactKind })
  kind!: ContactKind;

  /** HMAC-SHA256 of the normalised value under a key derived from CONTACT_ENCRYPTION_KEY. */
  @Property({ type: 'text' })
  valueHash!: string;

  /** iv.tag.ciphertext (base64url); null once purged. */
  @Property({ type: 'text', nullable: true })
  valueCipher!: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  lastInvitedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  purgedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
