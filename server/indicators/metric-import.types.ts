import { Field, InputType, Int, ObjectType } from 'type-graphql';

@InputType({ description: 'A CSV file of metric values: columns unit code, period, value (and denominator).' })
export class ImportMetricValuesInput {
  @Field({ description: 'Key of the metric the values are for.' }) metricKey!: string;
  @Field({
    description:
      'The file’s text (UTF-8) with a header row: unit code, period (2026, 2026-Q1, 2026-03 or 2026-03-01/2026-04-01), value, denominator.',
  })
  csv!: string;
}

@ObjectType({ description: 'A problem with one row of an uploaded file.' })
export class MetricImportRowError {
  @Field(() => Int, { description: 'Line in the file (the header is line 1; 0 for the whole file).' }) row!: number;
  @Field({ description: 'What is wrong, in a sentence.' }) message!: string;
}

@ObjectType({ description: 'The outcome of a CSV upload: every row recorded, or none and the problems.' })
export class MetricImportResult {
  @Field(() => Int, { description: 'Rows recorded; 0 when any row had a problem.' }) imported!: number;
  @Field(() => [MetricImportRowError], { description: 'Every problem, by line; empty when all was recorded.' })
  rowErrors!: MetricImportRowError[];
}
