import { ArrayMaxSize, IsOptional, Max, Min, MinLength, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType({ description: 'Responses wanted from one respondent category.' })
export class CategoryTargetInput {
  @Field({ description: 'The respondent category.' }) category!: string;
  @Field(() => Int, { description: 'Completed responses wanted, 0 or more.' }) @Min(0) target!: number;
}

@InputType({ description: 'A questionnaire on a channel, with its targets.' })
export class WorkPlanLineInput {
  @Field(() => ID, { description: 'The questionnaire.' }) questionnaireId!: string;
  @Field({ description: 'The channel (as on responses: WEB_LINK, EMAIL, SMS, PHONE, …).' }) channel!: string;
  @Field(() => Int, { description: 'Completed responses wanted, 0 or more.' }) @Min(0) targetResponses!: number;
  @Field(() => [CategoryTargetInput], { nullable: true, description: 'Per respondent category, optional.' })
  @IsOptional()
  @ArrayMaxSize(50)
  categoryTargets?: CategoryTargetInput[];
}

@InputType({ description: 'A new survey work plan.' })
export class CreateWorkPlanInput {
  @Field(() => ID, { description: 'The unit; its whole subtree counts.' }) unitId!: string;
  @Field({ description: 'Title.' }) @MinLength(1) @MaxLength(200) title!: string;
  @Field({ description: 'First local day of the period (YYYY-MM-DD).' }) periodStart!: string;
  @Field({ description: 'Day after the last of the period.' }) periodEnd!: string;
  @Field(() => [ID], { nullable: true, description: 'The users answering for it.' })
  @IsOptional()
  @ArrayMaxSize(20)
  owners?: string[];
  @Field(() => Float, { nullable: true, description: 'Follow-up rate to reach, 0–1 (default 1).' })
  @IsOptional()
  @Min(0)
  @Max(1)
  followUpRateTarget?: number;
  @Field(() => [WorkPlanLineInput], { description: 'At least one line.' })
  @ArrayMaxSize(100)
  lines!: WorkPlanLineInput[];
}

@ObjectType({ description: 'Collected against planned, for one respondent category.' })
export class CategoryProgress {
  @Field({ description: 'The category.' }) category!: string;
  @Field(() => Int, { description: 'Planned.' }) target!: number;
  @Field(() => Int, { description: 'Collected.' }) collected!: number;
}

@ObjectType({ description: 'Collected against planned, for one line of a plan.' })
export class WorkPlanLineProgress {
  @Field(() => ID, { description: 'The questionnaire.' }) questionnaireId!: string;
  @Field({ description: 'The channel.' }) channel!: string;
  @Field(() => Int, { description: 'Planned responses.' }) target!: number;
  @Field(() => Int, { description: 'Planned by today, pro rata over the period (rounded up).' }) expectedByNow!: number;
  @Field(() => Int, { description: 'Completed responses collected (not test, not excluded).' }) collected!: number;
  @Field(() => [CategoryProgress], { description: 'Per planned category.' }) categories!: CategoryProgress[];
  @Field({ description: 'Collected fewer than planned by now (or, for a category, by the end).' }) behind!: boolean;
}

@ObjectType({ description: 'How a plan stands: each line, the follow-up rate, and whether it is behind.' })
export class WorkPlanProgress {
  @Field(() => Float, { description: 'Share of the period elapsed, 0–1.' }) elapsed!: number;
  @Field(() => [WorkPlanLineProgress], { description: 'Each line.' }) lines!: WorkPlanLineProgress[];
  @Field(() => Int, { description: 'Eligible service events in the period.' }) followUpEligible!: number;
  @Field(() => Int, { description: 'Of which followed up by their deadline.' }) followUpDone!: number;
  @Field(() => Float, { nullable: true, description: 'followUpDone ÷ followUpEligible; null without events.' })
  followUpRate!: number | null;
  @Field({ description: 'A line is behind, or the follow-up rate is under the plan’s target.' }) behind!: boolean;
}
