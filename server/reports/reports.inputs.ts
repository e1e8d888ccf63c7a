import { IsArray, IsBoolean, IsEmail, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ReportPeriodKind } from './report.entity.js';

@InputType({ description: 'A draft report to generate.' })
export class CreateReportDraftInput {
  @Field(() => ID, { description: 'The unit whose subtree is reported.' }) @IsUUID() unitId!: string;
  @Field(() => ID, { description: 'The indicator model to report on.' }) @IsUUID() modelId!: string;
  @Field(() => ReportPeriodKind, { description: 'Month, quarter or year.' }) periodKind!: ReportPeriodKind;
  @Field({ description: 'First day of the period (2026-07-01 for Q3 2026).' }) @IsString() periodStart!: string;
  @Field({ description: 'en, zh-CN or uk.' }) @IsString() language!: string;
}

@InputType({ description: 'Requirements and advice for one problem unit.' })
export class UnitNoteInput {
  @Field(() => ID, { description: 'A unit inside the report’s subtree.' }) @IsUUID() unitId!: string;
  @Field({ description: 'Management requirements (rich text).' }) @IsString() @MaxLength(20000) requirements!: string;
  @Field({ description: 'Advice (rich text).' }) @IsString() @MaxLength(20000) advice!: string;
}

@InputType({ description: 'The commentary of a draft report.' })
export class EditReportDraftInput {
  @Field(() => ID, { description: 'The draft.' }) @IsUUID() reportId!: string;
  @Field({ description: 'Rich text (p, b, i, ul, ol, li); anything else is removed.' })
  @IsString()
  @MaxLength(100000)
  commentary!: string;
  @Field(() => [UnitNoteInput], { nullable: true, description: 'Notes per problem unit; replaces the earlier ones.' })
  @IsOptional()
  @IsArray()
  unitNotes?: UnitNoteInput[] | null;
}

@InputType({ description: 'A subscription to a unit subtree’s reports.' })
export class CreateReportSubscriptionInput {
  @Field(() => ID, { description: 'The unit whose subtree is reported.' }) @IsUUID() unitId!: string;
  @Field(() => ID, { description: 'The indicator model of the reports.' }) @IsUUID() modelId!: string;
  @Field(() => ReportPeriodKind, { description: 'Month, quarter or year.' }) periodKind!: ReportPeriodKind;
  @Field({ description: 'en, zh-CN or uk.' }) @IsString() language!: string;
  @Field(() => [String], { nullable: true, description: 'E-mail addresses.' })
  @IsOptional()
  @IsEmail({}, { each: true })
  emails?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Users of the organisation.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  userIds?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Issue automatically when the period closes (default false).' })
  @IsOptional()
  @IsBoolean()
  autoIssue?: boolean | null;
}
