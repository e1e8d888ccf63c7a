import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ReportPeriodKind, ReportStatus } from './report.entity.js';

registerEnumType(ReportPeriodKind, {
  name: 'ReportPeriodKind',
  description: 'The length of a report period.',
  valuesConfig: {
    MONTH: { description: 'A calendar month.' },
    QUARTER: { description: 'A calendar quarter (Q1 starts on 1 January).' },
    YEAR: { description: 'A calendar year.' },
  },
});
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Where a report is in its life.',
  valuesConfig: {
    DRAFT: { description: 'Generated, its commentary editable and its numbers refreshable.' },
    ISSUED: { description: 'Numbered and frozen: numbers and text never change again.' },
  },
});

@ObjectType({ description: 'Requirements and advice for one problem unit, written by the analyst.' })
export class UnitNoteType {
  @Field(() => ID, { description: 'The unit the note is about.' }) unitId!: string;
  @Field({ description: 'Its name when the note was written.' }) unitName!: string;
  @Field({ description: 'Management requirements (cleaned rich text).' }) requirements!: string;
  @Field({ description: 'Advice (cleaned rich text).' }) advice!: string;
}

@ObjectType({ description: 'A periodic analysis report of a unit subtree (docs/reports.md).' })
export class ReportType {
  @Field(() => ID, { description: 'Stable id of the report.' }) id!: string;
  @Field(() => ID, { description: 'The unit whose subtree the report covers.' }) unitId!: string;
  @Field(() => ID, { description: 'The indicator model the numbers come from.' }) modelId!: string;
  @Field(() => ReportPeriodKind, { description: 'Month, quarter or year.' }) periodKind!: ReportPeriodKind;
  @Field({ description: 'First day of the period (YYYY-MM-DD).' }) periodStart!: string;
  @Field({ description: 'The day after the last day of the period.' }) periodEnd!: string;
  @Field({ description: 'The language the report is written in (en, zh-CN, uk).' }) language!: string;
  @Field(() => ReportStatus, { description: 'DRAFT or ISSUED.' }) status!: ReportStatus;
  @Field(() => String, { nullable: true, description: 'Issue number (2026-Q3-0004); null for a draft.' })
  number!: string | null;
  @Field(() => GraphQLJSON, {
    description:
      'The numbers and texts of the report (index, ranking, trend, table, lost points, comments, statistics), as ' +
      'stored: frozen once issued. Shape: ReportContent in server/reports/report-content.ts.',
  })
  content!: unknown;
  @Field({ description: 'The analyst’s commentary, rich text cleaned to an allowlist.' }) commentary!: string;
  @Field(() => [UnitNoteType], { description: 'Requirements and advice per problem unit.' }) unitNotes!: UnitNoteType[];
  @Field(() => String, { nullable: true, description: 'Who issued it.' }) issuedByName!: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was issued.' }) issuedAt!: Date | null;
  @Field({ description: 'When the draft was generated.' }) createdAt!: Date;
  @Field({ description: 'Path of the printable HTML page (signed in).' }) htmlPath!: string;
  @Field({ description: 'Path of the PDF (signed in).' }) pdfPath!: string;
}

@ObjectType({ description: 'Who receives the reports of a unit subtree, for one period kind and language.' })
export class ReportSubscriptionType {
  @Field(() => ID, { description: 'Stable id of the subscription.' }) id!: string;
  @Field(() => ID, { description: 'The unit whose subtree is reported.' }) unitId!: string;
  @Field(() => ID, { description: 'The indicator model of the reports.' }) modelId!: string;
  @Field(() => ReportPeriodKind, { description: 'Month, quarter or year.' }) periodKind!: ReportPeriodKind;
  @Field({ description: 'Language of the reports sent.' }) language!: string;
  @Field(() => [String], { description: 'E-mail addresses that receive the PDF.' }) emails!: string[];
  @Field(() => [ID], { description: 'Users who receive the PDF at their account address.' }) userIds!: string[];
  @Field({ description: 'Issue the report as soon as the period closes, rather than after someone issues it.' })
  autoIssue!: boolean;
  @Field({ description: 'When it was created.' }) createdAt!: Date;
}
