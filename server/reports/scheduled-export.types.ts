import { ArrayMinSize, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReportPeriodKind } from './report.entity.js';
import { ExportContent, ExportFileFormat, ExportRunErrorCode, ExportRunStatus } from './scheduled-export.entity.js';

registerEnumType(ExportContent, {
  name: 'ExportContent',
  description: 'What a scheduled export contains.',
  valuesConfig: {
    RESULTS: { description: 'Every node of the model for the unit and each child unit (the results export).' },
    RESPONSES: { description: 'The responses of the subtree to a questionnaire, every version (the response export).' },
  },
});
registerEnumType(ExportFileFormat, {
  name: 'ExportFileFormat',
  description: 'The file format of an export.',
  valuesConfig: {
    CSV: { description: 'UTF-8 CSV with a byte-order mark (Excel reads it).' },
    XLSX: { description: 'An Excel workbook.' },
  },
});

registerEnumType(ExportRunStatus, {
  name: 'ExportRunStatus',
  description: 'How a run of a scheduled export ended.',
  valuesConfig: {
    SUCCEEDED: { description: 'The files were written and sent; the period is not exported again.' },
    FAILED: { description: 'Nothing was recorded as sent; the next run tries the period again.' },
  },
});
registerEnumType(ExportRunErrorCode, {
  name: 'ExportRunErrorCode',
  description: 'Which step of a failed run failed.',
  valuesConfig: {
    MAIL_REFUSED: { description: 'The mail server refused the e-mail or could not be reached.' },
    FOLDER_UNWRITABLE: { description: 'The folder under the data folder could not be written.' },
    EXPORT_FAILED: { description: 'The files could not be built.' },
  },
});

@ObjectType({ description: 'One run of a scheduled export: the period it exported, when, what, and how it ended.' })
export class ScheduledExportRunType {
  @Field({ description: 'The first day of the period exported (YYYY-MM-DD).' }) periodStart!: string;
  @Field({ description: 'When the run ended: the files written and sent, or the failure.' }) ranAt!: Date;
  @Field(() => [String], { description: 'The file names written or attached (none for a failed run).' })
  files!: string[];
  @Field(() => ExportRunStatus, { description: 'SUCCEEDED or FAILED.' }) status!: ExportRunStatus;
  @Field(() => Int, { description: 'The try for this period: 1, then one more after each failure.' })
  attempt!: number;
  @Field(() => String, { nullable: true, description: 'Why the run failed, as a sentence in English; null if not.' })
  error!: string | null;
  @Field(() => ExportRunErrorCode, { nullable: true, description: 'The step that failed; null if none did.' })
  errorCode!: ExportRunErrorCode | null;
}

@ObjectType({ description: 'An export run when each period closes (docs/exports.md).' })
export class ScheduledExportType {
  @Field(() => ID, { description: 'Stable id.' }) id!: string;
  @Field({ description: 'What the administrator called it (used in the subject and file names).' }) name!: string;
  @Field(() => ID, { description: 'The unit whose subtree is exported.' }) unitId!: string;
  @Field(() => [ExportContent], { description: 'Results and/or responses.' }) contents!: ExportContent[];
  @Field(() => ExportFileFormat, { description: 'CSV or XLSX.' }) format!: ExportFileFormat;
  @Field(() => ReportPeriodKind, { description: 'Run when each month, quarter or year closes.' })
  periodKind!: ReportPeriodKind;
  @Field(() => ID, { nullable: true, description: 'The indicator model of the results.' }) modelId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The questionnaire of the responses.' })
  questionnaireId!: string | null;
  @Field(() => String, { nullable: true, description: 'Labels in this language (en, zh-CN, uk), or as defined.' })
  language!: string | null;
  @Field(() => [String], { description: 'Addresses the files are e-mailed to.' }) emails!: string[];
  @Field(() => String, { nullable: true, description: 'Folder under DATA_DIR/exports/<organisation>/, or none.' })
  folder!: string | null;
  @Field({ description: 'Paused: skipped by the runs until resumed.' }) paused!: boolean;
  @Field(() => ScheduledExportRunType, {
    nullable: true,
    description: 'The latest run, succeeded or failed; null before the first.',
  })
  lastRun!: ScheduledExportRunType | null;
  @Field({ description: 'When it was defined.' }) createdAt!: Date;
}

@InputType({ description: 'A scheduled export: what, for which subtree, how often, and where to.' })
export class CreateScheduledExportInput {
  @Field({ description: 'A name, e.g. "Monthly results for the data warehouse".' })
  @IsString()
  @Length(1, 200)
  name!: string;
  @Field(() => ID, { description: 'The unit whose subtree is exported.' }) @IsUUID() unitId!: string;
  @Field(() => [ExportContent], { description: 'Results and/or responses.' })
  @ArrayMinSize(1)
  contents!: ExportContent[];
  @Field(() => ExportFileFormat, { description: 'CSV or XLSX.' }) format!: ExportFileFormat;
  @Field(() => ReportPeriodKind, { description: 'Run when each month, quarter or year closes.' })
  periodKind!: ReportPeriodKind;
  @Field(() => ID, { nullable: true, description: 'The indicator model (needed for RESULTS).' })
  @IsOptional()
  @IsUUID()
  modelId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The questionnaire (needed for RESPONSES).' })
  @IsOptional()
  @IsUUID()
  questionnaireId?: string | null;
  @Field(() => String, { nullable: true, description: 'en, zh-CN or uk; omitted: labels as defined, raw values.' })
  @IsOptional()
  @IsIn(['en', 'zh-CN', 'uk'])
  language?: string | null;
  @Field(() => [String], { nullable: true, description: 'E-mail addresses.' })
  @IsOptional()
  @IsEmail({}, { each: true })
  emails?: string[] | null;
  @Field(() => String, { nullable: true, description: 'A folder name (letters, digits, - and _).' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, { message: 'folder: letters, digits, - and _ only (one name)' })
  folder?: string | null;
}
