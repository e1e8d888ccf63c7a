import { ArrayMaxSize, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { ActionSourceKind, ActionStatus, TargetKind } from './action-status.js';
import { ConsequenceCategory } from './action-consequence.entity.js';

@InputType({ description: 'A new rectification action; the numbers of the problem are read and frozen by the server.' })
export class OpenActionInput {
  @Field(() => ID, { description: 'The unit that must rectify.' })
  unitId!: string;

  @Field({ description: 'Short title shown in lists.' })
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @Field({ nullable: true, description: 'The problem found, in words; the frozen numbers are added to it.' })
  @IsOptional()
  @MaxLength(10_000)
  problem?: string;

  @Field({ description: 'The measures required.' })
  @MinLength(1)
  @MaxLength(10_000)
  measures!: string;

  @Field(() => ActionSourceKind, { description: 'Where it is opened from.' })
  sourceKind!: ActionSourceKind;

  @Field(() => String, {
    nullable: true,
    description:
      'Id of the source: a case id (CASE), "<visit revision id>:<finding number>" (INSPECTION), or any other id.',
  })
  @IsOptional()
  @MaxLength(200)
  sourceId?: string | null;

  @Field(() => String, { nullable: true, description: 'How the source is shown (a case reference, a finding title).' })
  @IsOptional()
  @MaxLength(200)
  sourceLabel?: string | null;

  @Field(() => ID, { nullable: true, description: 'The earlier action (NOT_MET) this one follows up.' })
  @IsOptional()
  followUpOfId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The indicator model: its latest version is fixed at opening.' })
  @IsOptional()
  modelId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Or the model version itself.' })
  @IsOptional()
  modelVersionId?: string | null;

  @Field(() => String, { nullable: true, description: 'The indicator (model node key) the action is about.' })
  @IsOptional()
  indicatorKey?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The question (SurveyJS name), when opened from unit × question.',
  })
  @IsOptional()
  question?: string | null;

  @Field(() => String, { nullable: true, description: 'First local day of the period the problem was seen in.' })
  @IsOptional()
  baselineFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Day after the last of that period.' })
  @IsOptional()
  baselineTo?: string | null;

  @Field(() => ID, { description: 'The responsible person, a user of the organisation.' })
  responsibleUserId!: string;

  @Field(() => [String], { nullable: true, description: 'Others working on it (names or user ids).' })
  @IsOptional()
  @ArrayMaxSize(50)
  team?: string[] | null;

  @Field({ description: 'Last local day (YYYY-MM-DD) to complete the measures.' })
  deadline!: string;

  @Field(() => TargetKind, { description: 'What the re-check judges against.' })
  targetKind!: TargetKind;

  @Field(() => Float, { description: 'The score to reach, the points to rise by, or the METRIC value to reach.' })
  targetValue!: number;

  @Field({ nullable: true, description: 'A rise counts only when significant (default false).' })
  @IsOptional()
  requireSignificant?: boolean;

  @Field({ description: 'First local day of the re-check period.' })
  recheckFrom!: string;

  @Field({ description: 'Day after the last of the re-check period.' })
  recheckTo!: string;
}

@InputType({ description: 'A status move made by a person.' })
export class MoveActionInput {
  @Field(() => ID, { description: 'The action.' })
  actionId!: string;

  @Field(() => ActionStatus, { description: 'IN_PROGRESS, SUBMITTED, CLOSED or CANCELLED.' })
  status!: ActionStatus;

  @Field({ nullable: true, description: 'Why (required to cancel).' })
  @IsOptional()
  @MaxLength(10_000)
  reason?: string;
}

@InputType({ description: 'A progress note, optionally with one evidence file.' })
export class ActionNoteInput {
  @Field(() => ID, { description: 'The action.' })
  actionId!: string;

  @Field({ description: 'The note, or the caption of the file.' })
  @MinLength(1)
  @MaxLength(10_000)
  text!: string;

  @Field({ nullable: true, description: 'Evidence file name.' })
  @IsOptional()
  @MaxLength(255)
  fileName?: string;

  @Field({ nullable: true, description: 'Evidence content, base64; PDF, PNG, JPEG, WebP, DOCX or XLSX, at most 5 MB.' })
  @IsOptional()
  contentBase64?: string;
}

@InputType({ description: 'A consequence decided for an action flagged for accountability.' })
export class ConsequenceInput {
  @Field(() => ID, { description: 'The flagged action.' })
  actionId!: string;

  @Field(() => ConsequenceCategory, { description: 'The kind of consequence.' })
  category!: ConsequenceCategory;

  @Field({ description: 'What was decided.' })
  @MinLength(1)
  @MaxLength(10_000)
  text!: string;
}

@InputType({ description: 'Which actions to list; every condition given must hold.' })
export class ActionFilterInput {
  @Field(() => ID, { nullable: true, description: "Only this unit's subtree; left out, every unit the caller reads." })
  @IsOptional()
  under?: string | null;

  @Field(() => [ActionStatus], { nullable: true, description: 'Only actions in these statuses.' })
  @IsOptional()
  status?: ActionStatus[] | null;

  @Field({ nullable: true, description: 'Only actions past their deadline and not yet submitted or judged.' })
  @IsOptional()
  overdue?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only actions this user is responsible for.' })
  @IsOptional()
  responsibleUserId?: string | null;
}

@InputType({
  description: 'Records "rectifications completed on time" of a unit subtree and period as a METRIC value.',
})
export class ActionsMetricInput {
  @Field({ description: 'The metric to record into (a rate metric gets met-on-time ÷ due; otherwise the percentage).' })
  metricKey!: string;

  @Field(() => ID, { description: 'The unit (its whole subtree is counted).' })
  unitId!: string;

  @Field({ description: 'First local day of the period; actions whose deadline falls in it count.' })
  periodStart!: string;

  @Field({ description: 'Day after the last of the period.' })
  periodEnd!: string;
}

@InputType({ description: "Missed follow-ups to put on an interviewer's call list." })
export class AssignFollowUpsInput {
  @Field(() => [ID], { description: 'The service events (1–500), each not followed up yet.' })
  serviceEventIds!: string[];

  @Field(() => ID, { description: 'The interviewer, who must be able to enter responses in each event’s unit.' })
  interviewerId!: string;
}
