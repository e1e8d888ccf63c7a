import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { CommitmentSource } from './service-commitment.entity.js';
import { PublicPeriod } from './transparency-settings.entity.js';

@InputType({ description: 'The commitment in another language.' })
export class CommitmentTextInput {
  @Field({ description: 'en, zh-CN or uk.' }) locale!: string;
  @Field({ description: 'The commitment in that language.' }) @MaxLength(500) text!: string;
}

@InputType({ description: 'A service commitment to register.' })
export class CommitmentInput {
  @Field(() => ID, { description: 'The unit that commits.' }) unitId!: string;
  @Field({ description: 'The promise, e.g. "A claim is paid within 5 working days."' }) @MaxLength(500) text!: string;
  @Field(() => [CommitmentTextInput], { nullable: true, description: 'The promise in the other languages.' })
  @IsOptional()
  @ArrayMaxSize(3)
  translations?: CommitmentTextInput[] | null;
  @Field(() => CommitmentSource, { description: 'What measures it.' }) source!: CommitmentSource;
  @Field(() => String, { nullable: true, description: 'METRIC: the metric key.' }) metricKey?: string | null;
  @Field(() => ID, { nullable: true, description: 'INDICATOR: the model.' }) modelId?: string | null;
  @Field(() => String, { nullable: true, description: 'INDICATOR: the node key; null for the index.' })
  indicatorKey?: string | null;
  @Field(() => Float, { description: 'METRIC: the rate to reach (0.95); INDICATOR: the score (0–100).' })
  target!: number;
  @Field(() => Boolean, { nullable: true, description: 'Show it on the public page (default false).' })
  published?: boolean | null;
}

@InputType({ description: 'Changes to a service commitment; omitted fields stay.' })
export class UpdateCommitmentInput {
  @Field(() => ID, { description: 'The commitment.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'A new text.' }) @IsOptional() @MaxLength(500) text?:
    string | null;
  @Field(() => [CommitmentTextInput], { nullable: true, description: 'New translations (replace the old).' })
  @IsOptional()
  @ArrayMaxSize(3)
  translations?: CommitmentTextInput[] | null;
  @Field(() => Float, { nullable: true, description: 'A new target.' }) target?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Show it on the public page or not.' }) published?:
    boolean | null;
}

@InputType({ description: 'A commitment over a range of periods.' })
export class AchievementInput {
  @Field(() => ID, { description: 'The commitment.' }) commitmentId!: string;
  @Field({ description: 'First local day (YYYY-MM-DD).' }) from!: string;
  @Field({ description: 'Day after the last (YYYY-MM-DD).' }) to!: string;
  @Field(() => PublicPeriod, { description: 'The period kind.' }) period!: PublicPeriod;
}

@InputType({ description: 'What the public transparency page shows; omitted fields stay.' })
export class TransparencySettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Serve the page or not.' }) enabled?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'The model whose results are published.' }) modelId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'The units whose results are published.' })
  @IsOptional()
  @ArrayMaxSize(500)
  unitIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Closed actions shown under "what we changed".' })
  @IsOptional()
  @ArrayMaxSize(200)
  actionIds?: string[] | null;
  @Field(() => PublicPeriod, { nullable: true, description: 'The period kind shown.' }) period?: PublicPeriod | null;
}

@InputType({ description: 'A comment to approve for the public page.' })
export class ApproveCommentInput {
  @Field(() => ID, { description: 'The response.' }) responseId!: string;
  @Field({ description: 'The question (SurveyJS name) whose answer is the comment.' }) question!: string;
  @Field(() => String, { nullable: true, description: 'The text as published, when names must be edited out.' })
  @IsOptional()
  @MaxLength(2000)
  text?: string | null;
}
