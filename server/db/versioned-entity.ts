import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from './tenant-entity.js';

/**
 * What questionnaires and indicator models share: one editable draft with a revision number
 * for optimistic locking, and the number of the latest published version.
 */
@ObjectType({ description: 'Something with an editable draft and numbered, immutable versions.' })
@Entity({ abstract: true })
export abstract class DraftedEntity extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int, { description: 'Increases with every save; send it back as expectedRevision.' })
  @Property({ type: 'integer' })
  draftRevision: number = 1;

  @Field()
  @Property({ type: 'timestamptz' })
  draftUpdatedAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  draftUpdatedBy: string | null = null;

  @Field(() => Int, { description: 'Number of the latest published version; 0 before the first.' })
  @Property({ type: 'integer' })
  latestVersionNumber: number = 0;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;
}

/** What every published version carries: its number, content hash, changelog, author and time. */
@ObjectType({ description: 'An immutable published version.' })
@Entity({ abstract: true })
export abstract class PublishedVersionEntity extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int, { description: '1, 2, 3… without gaps.' })
  @Property({ type: 'integer' })
  number!: number;

  @Field({ description: 'SHA-256 of the canonical JSON (RFC 8785) of the content.' })
  @Property({ type: 'text' })
  contentHash!: string;

  @Field()
  @Property({ type: 'text' })
  changelog!: string;

  @Property({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Field()
  @Property({ type: 'timestamptz' })
  publishedAt: Date = new Date();
}
