import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';
import { ReportPeriodKind } from './report.entity.js';

/** What a scheduled export contains (docs/exports.md). */
export enum ExportContent {
  RESULTS = 'RESULTS',
  RESPONSES = 'RESPONSES',
}

export enum ExportFileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

/**
 * An export an ADMIN schedules: when a period of its kind closes, the results of a unit subtree
 * (every node of a model, the unit and its child units) and/or its responses to a questionnaire,
 * as CSV or XLSX, are e-mailed to addresses and/or written to a folder under the data folder.
 */
@Entity()
export class ScheduledExport extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'emails' | 'folder' | 'modelId' | 'questionnaireId' | 'language' | 'paused';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'json' })
  contents!: ExportContent[];

  @Enum({ items: () => ExportFileFormat, nativeEnumName: 'export_file_format' })
  format!: ExportFileFormat;

  @Enum({ items: () => ReportPeriodKind, nativeEnumName: 'report_period_kind' })
  periodKind!: ReportPeriodKind;

  /** The indicator model of a RESULTS export. */
  @Property({ type: 'uuid', nullable: true })
  modelId: string | null = null;

  /** The questionnaire of a RESPONSES export. */
  @Property({ type: 'uuid', nullable: true })
  questionnaireId: string | null = null;

  /** Labels and choice texts in this language (en, zh-CN, uk); null: as defined / raw values. */
  @Property({ type: 'text', nullable: true })
  language: string | null = null;

  @Property({ type: 'json' })
  emails: string[] = [];

  /** A folder name (one segment) under DATA_DIR/exports/<organisation>/, or null. */
  @Property({ type: 'text', nullable: true })
  folder: string | null = null;

  /** A paused schedule is skipped by the runs until resumed; the period that closed meanwhile is then exported. */
  @Property({ type: 'boolean', default: false })
  paused: boolean = false;

  @Property({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** One run per schedule and period: the idempotency key (a second copy or a later tick finds it). */
@Entity()
@Unique({ properties: ['organization', 'exportId', 'periodStart'] })
export class ScheduledExportRun extends TenantEntity {
  [OptionalProps]?: 'ranAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  exportId!: string;

  @Property({ type: 'text' })
  periodStart!: string;

  /** The file names written or attached. */
  @Property({ type: 'json' })
  files!: string[];

  @Property({ type: 'json' })
  recipients!: string[];

  @Property({ type: 'timestamptz' })
  ranAt: Date = new Date();
}
