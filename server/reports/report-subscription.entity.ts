import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';
import { ReportPeriodKind } from './report.entity.js';

/**
 * Who receives the reports of a unit subtree: e-mail addresses and users, for one period kind
 * and language. With `autoIssue` the report is issued and sent as soon as the period closes;
 * otherwise it is sent when someone issues it.
 */
@Entity()
export class ReportSubscription extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'autoIssue' | 'userIds' | 'emails';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'uuid' })
  modelId!: string;

  @Enum({ items: () => ReportPeriodKind, nativeEnumName: 'report_period_kind' })
  periodKind!: ReportPeriodKind;

  @Property({ type: 'text' })
  language!: string;

  @Property({ type: 'json' })
  emails: string[] = [];

  @Property({ type: 'json' })
  userIds: string[] = [];

  @Property({ type: 'boolean' })
  autoIssue: boolean = false;

  @Property({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** One sent report per subscription and period: the idempotency key of circulation. */
@Entity()
@Unique({ properties: ['organization', 'subscriptionId', 'periodStart'] })
export class ReportDelivery extends TenantEntity {
  [OptionalProps]?: 'sentAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  subscriptionId!: string;

  @Property({ type: 'text' })
  periodStart!: string;

  @Property({ type: 'uuid' })
  reportId!: string;

  @Property({ type: 'json' })
  recipients!: string[];

  @Property({ type: 'timestamptz' })
  sentAt: Date = new Date();
}

/** The last issue number per organisation and period label (2026-Q3). */
@Entity()
@Unique({ properties: ['organization', 'label'] })
export class ReportSequence extends TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  label!: string;

  @Property({ type: 'integer' })
  last!: number;
}
