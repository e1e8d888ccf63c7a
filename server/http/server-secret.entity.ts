import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A random secret the server copies share (e.g. the key that signs form tickets), made on first use. */
@Entity()
export class ServerSecret {
  @PrimaryKey({ type: 'text' })
  name!: string;

  /** 32 random bytes, base64url. */
  @Property({ type: 'text' })
  value!: string;
}
