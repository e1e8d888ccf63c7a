import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BreakdownDimension } from './breakdown.types.js';

@ObjectType('GroupScore', { description: 'A node’s score for one respondent category or service situation.' })
export class GroupScoreType {
  @Field({ description: 'The category or situation.' }) value!: string;
  @Field(() => Float, { description: 'The node’s score for the group (0–100).' }) score!: number;
  @Field(() => Int, { description: 'Responses that scored the node in the group.' }) n!: number;
  @Field(() => Float, { nullable: true, description: 'Standard error of the score; null when n < 2.' })
  se!: number | null;
}

@ObjectType('SignificantPair', { description: 'Two groups whose scores differ significantly.' })
export class SignificantPairType {
  @Field({ description: 'The group with the higher score.' }) higher!: string;
  @Field({ description: 'The group with the lower score.' }) lower!: string;
  @Field(() => Float, { description: 'higher − lower, in points; above 1.96·√(SE₁² + SE₂²).' }) delta!: number;
}

@ObjectType('EqualTreatmentSide', { description: 'The spread of a node’s score over the values of one dimension.' })
export class EqualTreatmentSideType {
  @Field(() => BreakdownDimension, { description: 'CATEGORY or SITUATION.' }) by!: BreakdownDimension;
  @Field(() => [GroupScoreType], {
    description: 'The groups with a score (withheld small groups and "not recorded" left out). Bounded: at most 100.',
  })
  groups!: GroupScoreType[];
  @Field(() => Float, {
    nullable: true,
    description: 'max − min of the groups’ scores, in points (0 = equal treatment); null with fewer than two groups.',
  })
  spread!: number | null;
  @Field(() => String, { nullable: true, description: 'The group with the highest score; null under two groups.' })
  highest!: string | null;
  @Field(() => String, { nullable: true, description: 'The group with the lowest score; null under two groups.' })
  lowest!: string | null;
  @Field(() => [SignificantPairType], {
    description: 'Every pair of groups whose difference is significant, largest score first. Bounded by the groups.',
  })
  significantPairs!: SignificantPairType[];
}

@ObjectType('EqualTreatment', {
  description:
    'Equal treatment of clients: the spread of one node’s score across respondent categories and service situations.',
})
export class EqualTreatmentType {
  @Field({ description: 'The node compared (the index unless named).' }) nodeKey!: string;
  @Field(() => [EqualTreatmentSideType], { description: 'CATEGORY first, then SITUATION.' })
  sides!: EqualTreatmentSideType[];
}
