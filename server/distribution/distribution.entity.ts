import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { Channel } from '../responses/index.js';

export enum AnonymityMode {
  ANONYMOUS = 'ANONYMOUS',
  CONFIDENTIAL = 'CONFIDENTIAL',
  IDENTIFIED = 'IDENTIFIED',
}
registerEnumType(AnonymityMode, {
  name: 'AnonymityMode',
  valuesConfig: {
    ANONYMOUS: {
      description:
        'A response keeps no link to its invitation; the invitation only learns that it was completed (on which day).',
    },
    CONFIDENTIAL: { description: 'The invitation keeps the id of its response for follow-up; the API never shows it.' },
    IDENTIFIED: { description: 'The invitation shows the id of its response.' },
  },
});

export enum DistributionStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}
registerEnumType(DistributionStatus, {
  name: 'DistributionStatus',
  description: 'PAUSED refuses responses until resumed; CLOSED is final.',
});

/** One questionnaire on one channel for one or more units, with its window, quota and reminders. */
@ObjectType({ description: 'A questionnaire put on one channel for one or more units.' })
@Entity()
@Index({ properties: ['organization', 'createdAt'] })
export class Distribution extends TenantEntity {
  [OptionalProps]?:
    | 'createdAt'
    | 'status'
    | 'completedCount'
    | 'reminderDelaysHours'
    | 'invitationValidDays'
    | 'languages'
    | 'serviceSituation'
    | 'askServiceSituation';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'uuid' })
  questionnaireId!: string;

  /** null: responses go to the latest published version at the time they are given. */
  @Property({ type: 'uuid', nullable: true })
  pinnedVersionId!: string | null;

  @Field(() => Channel)
  @Enum({ items: () => Channel })
  channel!: Channel;

  @Property({ type: 'json' })
  unitIds!: string[];

  @Field(() => Date, { nullable: true, description: 'Responses before this time are refused.' })
  @Property({ type: 'timestamptz', nullable: true })
  opensAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Responses from this time on are refused.' })
  @Property({ type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Completed responses accepted at most (tests do not count).' })
  @Property({ type: 'integer', nullable: true })
  quota!: number | null;

  @Field(() => Int, { description: 'Completed responses so far (tests do not count).' })
  @Property({ type: 'integer' })
  completedCount: number = 0;

  @Field(() => [String], { description: 'Languages offered; empty means every language of the questionnaire.' })
  @Property({ type: 'json' })
  languages: string[] = [];

  @Field(() => String, { nullable: true, description: 'Recorded on responses that give none, e.g. insured, lawyer.' })
  @Property({ type: 'text', nullable: true })
  respondentCategory!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Service situation recorded on responses that give none (e.g. first claim, appeal); an invitation or ' +
      'event’s own situation comes first. Null: none.',
  })
  @Property({ type: 'text', nullable: true })
  serviceSituation: string | null = null;

  @Field({
    description:
      'Whether the runner asks respondents their service situation, from the organisation’s list, when the ' +
      'invitation, the distribution and the link give none (docs/service-situation.md).',
  })
  @Property({ type: 'boolean', default: false })
  askServiceSituation: boolean = false;

  @Field(() => AnonymityMode)
  @Enum({ items: () => AnonymityMode })
  anonymity!: AnonymityMode;

  @Field(() => DistributionStatus)
  @Enum({ items: () => DistributionStatus })
  status: DistributionStatus = DistributionStatus.ACTIVE;

  @Field(() => Int, { description: 'Days an invitation link stays valid.' })
  @Property({ type: 'integer' })
  invitationValidDays: number = 30;

  @Field(() => [Number], {
    description: 'Hours after the previous message at which each reminder goes to those who have not completed.',
  })
  @Property({ type: 'json' })
  reminderDelaysHours: number[] = [];

  /** Per-language message templates: { [lang]: { subject, body } }; defaults apply when absent. */
  @Property({ type: 'json', nullable: true })
  messageTemplates!: Record<string, { subject?: string; body: string }> | null;

  @Property({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
