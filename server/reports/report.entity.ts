import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';
import type { ReportContent } from './report-content.js';

export enum ReportPeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

export enum ReportStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
}

/** Requirements and advice the analyst writes for one problem unit (cleaned rich text). */
export interface UnitNote {
  unitId: string;
  unitName: string;
  requirements: string;
  advice: string;
}

/**
 * A periodic analysis report of one unit subtree. A draft's numbers are regenerated on demand;
 * once ISSUED, `content`, `commentary` and `unitNotes` are a frozen snapshot that is never
 * recomputed (docs/reports.md).
 */
@Entity()
@Unique({ properties: ['organization', 'number'] })
@Index({ properties: ['organization', 'unitId', 'periodStart'] })
export class Report extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status' | 'commentary' | 'unitNotes' | 'number' | 'issuedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'uuid' })
  modelId!: string;

  @Enum({ items: () => ReportPeriodKind, nativeEnumName: 'report_period_kind' })
  periodKind!: ReportPeriodKind;

  /** First local day of the period (YYYY-MM-DD). */
  @Property({ type: 'text' })
  periodStart!: string;

  /** The day after the period's last. */
  @Property({ type: 'text' })
  periodEnd!: string;

  @Property({ type: 'text' })
  language!: string;

  @Enum({ items: () => ReportStatus, nativeEnumName: 'report_status' })
  status: ReportStatus = ReportStatus.DRAFT;

  /** The numbers and texts of the report (a draft's as last generated; an issued one's, frozen). */
  @Property({ type: 'json' })
  content!: ReportContent;

  /** The analyst's commentary, rich text cleaned to the allowlist. */
  @Property({ type: 'text' })
  commentary: string = '';

  @Property({ type: 'json' })
  unitNotes: UnitNote[] = [];

  /** Issue number, per organisation and year: 2026-Q3-0004. */
  @Property({ type: 'text', nullable: true })
  number: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Property({ type: 'uuid', nullable: true })
  issuedById: string | null = null;

  @Property({ type: 'text', nullable: true })
  issuedByName: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  issuedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
