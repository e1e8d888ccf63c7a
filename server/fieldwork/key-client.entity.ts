import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { OrgUnit } from '../org/index.js';
import { KeyClientKind } from './fieldwork.enums.js';

/** A key client of a unit (domain.md, Key clients and work plans); the contact is encrypted at rest. */
@ObjectType({ description: "A key client in a unit's register; visited under key-client plans." })
@Entity()
export class KeyClient extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'contactCipher' | 'purgedAt' | 'tier' | 'owner' | 'active';

  @Field(() => ID, { description: 'Id of the key client.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'cascade' })
  unit!: Ref<OrgUnit>;

  @Field({ description: 'Name of the enterprise or person ("(purged)" once purged).' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => KeyClientKind, { description: 'Enterprise or person.' })
  @Enum({ items: () => KeyClientKind })
  kind!: KeyClientKind;

  /** The contact (phone, e-mail, address), AES-256-GCM under CONTACT_ENCRYPTION_KEY; null once purged. */
  @Property({ type: 'text', nullable: true })
  contactCipher: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who in the unit looks after the client.' })
  @Property({ type: 'text', nullable: true })
  owner: string | null = null;

  @Field(() => String, { nullable: true, description: 'Tier of the client in the organisation’s own terms (A, B, …).' })
  @Property({ type: 'text', nullable: true })
  tier: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the personal data was purged; null while kept.' })
  @Property({ type: 'timestamptz', nullable: true })
  purgedAt: Date | null = null;

  @Field({ description: 'False once deactivated: kept with its visits and reports, never offered for new plans.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field({ description: 'When the client was added (UTC).' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
