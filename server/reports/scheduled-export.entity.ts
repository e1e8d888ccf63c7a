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

/** How a run of a scheduled export ended. */
export enum ExportRunStatus {
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** Why a run failed, for the web app to say in the reader's language (the sentence is in `error`). */
export enum ExportRunErrorCode {
  /** The mail server refused the message or could not be reached. */
  MAIL_REFUSED = 'MAIL_REFUSED',
  /** The folder under the data folder could not be written. */
  FOLDER_UNWRITABLE = 'FOLDER_UNWRITABLE',
  /** Anything else (the files could not be built). */
  EXPORT_FAILED = 'EXPORT_FAILED',
}

/**
 * The runs of a schedule for a period: failed attempts (numbered 1, 2, …) and at most one success,
 * the idempotency key (a second copy or a later tick finds it). The partial unique index keeps the
 * success once per period in the database itself, whatever the number of failures before it.
 */
@Entity()
@Unique({ properties: ['organization', 'exportId', 'periodStart', 'attempt'] })
@Unique({
  name: 'scheduled_export_run_success_unique',
  expression:
    'create unique index "scheduled_export_run_success_unique" on "scheduled_export_run" ' +
    '("organization_id", "export_id", "period_start") where "status" = \'SUCCEEDED\'',
})
export class ScheduledExportRun extends TenantEntity {
  [OptionalProps]?: 'ranAt' | 'status' | 'attempt' | 'error' | 'errorCode';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  exportId!: string;

  @Property({ type: 'text' })
  periodStart!: string;

  @Enum({ items: () => ExportRunStatus, nativeEnumName: 'export_run_status', default: ExportRunStatus.SUCCEEDED })
  status: ExportRunStatus = ExportRunStatus.SUCCEEDED;

  /** 1 for the first try of the period, one more for each try after a failure. */
  @Property({ type: 'integer', default: 1 })
  attempt: number = 1;

  /** A failed run's reason as a sentence (English, for the log and the API); null when it succeeded. */
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Enum({ items: () => ExportRunErrorCode, nativeEnumName: 'export_run_error_code', nullable: true })
  errorCode: ExportRunErrorCode | null = null;

  /** The file names written or attached (of a failed run: those it was writing). */
  @Property({ type: 'json' })
  files!: string[];

  @Property({ type: 'json' })
  recipients!: string[];

  @Property({ type: 'timestamptz' })
  ranAt: Date = new Date();
}
