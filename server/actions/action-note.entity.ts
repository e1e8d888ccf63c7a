import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

/** A progress note, an evidence attachment, or a status change of an action: its history, in order. */
@ObjectType({ description: 'One entry of an action’s history: a progress note, an evidence file, or a status change.' })
@Entity()
@Index({ properties: ['actionId', 'createdAt'] })
export class ActionNote extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'fileName' | 'mimeType' | 'size' | 'storageKey' | 'status';

  @Field(() => ID, { description: 'Id of the entry.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  actionId!: string;

  @Field({ description: 'The note, or the caption of the evidence, or the reason of a status change.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The status the action moved to, when this entry is a move.' })
  @Property({ type: 'text', nullable: true })
  status: string | null = null;

  @Field(() => String, { nullable: true, description: 'Evidence: the file name as uploaded.' })
  @Property({ type: 'text', nullable: true })
  fileName: string | null = null;

  @Field(() => String, { nullable: true, description: 'Evidence: the media type detected from its content.' })
  @Property({ type: 'text', nullable: true })
  mimeType: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Evidence: size in bytes.' })
  @Property({ type: 'integer', nullable: true })
  size: number | null = null;

  /** Evidence: where its bytes are in the file store (DATA_DIR/action-evidence/<org>/<action>/<note>). */
  @Property({ type: 'text', nullable: true })
  storageKey: string | null = null;

  @Field(() => ID, { nullable: true, description: 'Who wrote it; null for the re-check and escalation.' })
  @Property({ type: 'uuid', nullable: true })
  authorId: string | null = null;

  @Field({ description: 'When (UTC).' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
