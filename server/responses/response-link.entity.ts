import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { OrgUnit } from '../org/index.js';
import { QuestionnaireVersion } from '../questionnaires/index.js';
import { Channel } from './response.entity.js';

/**
 * A questionnaire version opened for direct submission by an author: the public link token
 * respondents submit with. The "Distribution" issue replaces it with distributions.
 */
@ObjectType({ description: 'A questionnaire version opened for responses at a unit, through a public token.' })
@Entity()
export class ResponseLink extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'closedAt' | 'testMode' | 'distributionId' | 'serviceSituation';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => QuestionnaireVersion, { ref: true, deleteRule: 'cascade' })
  questionnaireVersion!: Ref<QuestionnaireVersion>;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'cascade' })
  unit!: Ref<OrgUnit>;

  @Field(() => Channel)
  @Enum({ items: () => Channel })
  channel!: Channel;

  @Field({ description: 'Responses through a test link are marked as tests and never count.' })
  @Property({ type: 'boolean' })
  testMode: boolean = false;

  /** `<organisation id>.<random>`: names its tenant, so a lookup never scans others. */
  @Field({ description: 'Give this to respondents (as a link or QR code).' })
  @Property({ type: 'text', unique: true })
  token!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  /** The distribution that owns this link (one link per distribution and unit); null for links opened directly. */
  @Property({ type: 'uuid', nullable: true, index: true })
  distributionId: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Service situation recorded on responses through this link that give none (null: none).',
  })
  @Property({ type: 'text', nullable: true })
  serviceSituation: string | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
