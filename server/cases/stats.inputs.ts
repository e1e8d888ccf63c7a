import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CaseStatistic {
  RECEIVED = 'RECEIVED',
  ACCEPTED = 'ACCEPTED',
  RESOLVED_ON_TIME = 'RESOLVED_ON_TIME',
  REOPENED = 'REOPENED',
  SATISFIED_WITH_HANDLING = 'SATISFIED_WITH_HANDLING',
}
registerEnumType(CaseStatistic, {
  name: 'CaseStatistic',
  description: 'A complaint statistic a METRIC can be fed with; the base is the denominator of a rate metric.',
  valuesConfig: {
    RECEIVED: { description: 'Complaints received; base: clients served (given).' },
    ACCEPTED: { description: 'Complaints found valid; base: complaints received.' },
    RESOLVED_ON_TIME: { description: 'Resolved by their deadline; base: complaints resolved.' },
    REOPENED: { description: 'Reopened because the client disputed; base: complaints resolved.' },
    SATISFIED_WITH_HANDLING: { description: 'Clients satisfied with the handling; base: follow-up surveys answered.' },
  },
});

export enum CaseGrouping {
  CATEGORY = 'CATEGORY',
  UNIT = 'UNIT',
  CHANNEL = 'CHANNEL',
  CAUSE = 'CAUSE',
  MONTH = 'MONTH',
}
registerEnumType(CaseGrouping, {
  name: 'CaseGrouping',
  description: 'How the complaint analysis groups complaints.',
  valuesConfig: {
    CATEGORY: { description: 'By category (empty key: none).' },
    UNIT: { description: 'By the unit handling it; with clients served, per 1,000 of them.' },
    CHANNEL: { description: 'By intake channel.' },
    CAUSE: { description: 'By the root cause recorded at resolution (empty key: none yet).' },
    MONTH: { description: 'By month received (YYYY-MM, organisation time zone).' },
  },
});

@InputType({ description: 'A unit subtree and a period of days.' })
export class CaseStatisticsInput {
  @Field(() => ID, { description: 'The unit; its whole subtree counts.' }) unitId!: string;
  @Field({ description: 'First day, YYYY-MM-DD (organisation time zone).' }) periodStart!: string;
  @Field({ description: 'The day after the last day, YYYY-MM-DD.' }) periodEnd!: string;
}

@InputType({ description: 'Which statistic to record into which metric, for which unit and period.' })
export class RecordCaseMetricInput extends CaseStatisticsInput {
  @Field({ description: 'The metric’s key.' }) metricKey!: string;
  @Field(() => CaseStatistic, { description: 'The statistic.' }) statistic!: CaseStatistic;
  @Field(() => Float, { nullable: true, description: 'RECEIVED into a rate metric: the clients served in the period.' })
  clientsServed?: number | null;
}

@InputType({ description: 'The complaint analysis of a unit subtree over a period.' })
export class CaseAnalysisInput extends CaseStatisticsInput {
  @Field(() => CaseGrouping, { description: 'How to group.' }) by!: CaseGrouping;
  @Field(() => String, {
    nullable: true,
    description: 'By UNIT: the metric whose observations are the clients served, for complaints per 1,000 clients.',
  })
  clientsServedMetricKey?: string | null;
}

@ObjectType({ description: 'Complaint counts of a unit subtree over a period (alerts not included).' })
export class CaseStatisticsResult {
  @Field(() => Int, { description: 'Complaints received.' }) received!: number;
  @Field(() => Int, { description: 'Found valid.' }) accepted!: number;
  @Field(() => Int, { description: 'Found invalid.' }) rejected!: number;
  @Field(() => Int, { description: 'Resolved.' }) resolved!: number;
  @Field(() => Int, { description: 'Resolved by their deadline.' }) resolvedOnTime!: number;
  @Field(() => Int, { description: 'Reopened at least once.' }) reopened!: number;
  @Field(() => Int, { description: 'Follow-up surveys answered (with a score).' }) followUpsAnswered!: number;
  @Field(() => Int, { description: 'Of them, satisfied with the handling (score 70 or more).' }) satisfied!: number;
}

@ObjectType({ description: 'One group of the complaint analysis.' })
export class CaseAnalysisRow extends CaseStatisticsResult {
  @Field({ description: 'The group’s key (a unit or category id, a channel, a cause, a month).' }) key!: string;
  @Field({ description: 'The group’s name as shown.' }) label!: string;
  @Field(() => Float, { nullable: true, description: 'By UNIT: clients served in the period, when recorded.' })
  clientsServed!: number | null;
  @Field(() => Float, { nullable: true, description: 'By UNIT: complaints per 1,000 clients served.' })
  perThousandClients!: number | null;
}
