import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

/** A file attached to a case; the bytes are stored on disk under DATA_DIR/case-files (docs/cases.md). */
@ObjectType({ description: 'A file attached to a case (type checked from its content).' })
@Entity()
@Index({ properties: ['caseId'] })
export class CaseAttachment extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'uploadedBy';

  @Field(() => ID, { description: 'Id of the attachment.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  caseId!: string;

  @Field({ description: 'The file name as uploaded.' })
  @Property({ type: 'text' })
  fileName!: string;

  @Field({ description: 'The media type found from the content (not the name).' })
  @Property({ type: 'text' })
  mediaType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Property({ type: 'integer' })
  size!: number;

  /** Where the bytes are, relative to the storage root. */
  @Property({ type: 'text' })
  storageKey!: string;

  @Property({ type: 'uuid', nullable: true })
  uploadedBy: string | null = null;

  @Field({ description: 'When it was attached.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
