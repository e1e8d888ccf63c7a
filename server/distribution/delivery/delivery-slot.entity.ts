import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The next free send time of a channel, shared by every server copy: a sender reserves the slot
 * with one UPDATE and waits for it, so a channel's rate limit holds across copies.
 */
@Entity()
export class DeliverySlot {
  @PrimaryKey({ type: 'text' })
  channel!: string;

  @Property({ type: 'timestamptz' })
  nextAt: Date = new Date(0);
}
