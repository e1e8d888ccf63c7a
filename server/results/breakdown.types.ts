import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IndicatorModelVersion } from '../indicators/index.js';
import { OrgUnit } from '../org/index.js';
import { NodeScoreType } from './results.types.js';
import { BreakdownStaffType } from './staff-breakdown.js';

export enum BreakdownDimension {
  CATEGORY = 'CATEGORY',
  SITUATION = 'SITUATION',
  CHANNEL = 'CHANNEL',
  LANGUAGE = 'LANGUAGE',
  QUESTIONNAIRE_VERSION = 'QUESTIONNAIRE_VERSION',
  ANSWER = 'ANSWER',
  UNIT_CHILDREN = 'UNIT_CHILDREN',
  POST = 'POST',
  STAFF = 'STAFF',
}
registerEnumType(BreakdownDimension, {
  name: 'BreakdownDimension',
  description: 'What a breakdown splits the scope by.',
  valuesConfig: {
    CATEGORY: { description: 'The respondent category (insured person, employer, lawyer…).' },
    SITUATION: { description: 'The service situation (claim paid, hearing, counter visit…).' },
    CHANNEL: { description: 'The channel the response came through.' },
    LANGUAGE: { description: 'The language the respondent answered in.' },
    QUESTIONNAIRE_VERSION: { description: 'The questionnaire version answered (value: the version id).' },
    ANSWER: { description: 'The answer to one choice question, named by the `question` argument.' },
    UNIT_CHILDREN: {
      description: 'The child units of the scope’s unit, each over its whole subtree (value: unit id).',
    },
    POST: {
      description:
        'The post of the staff member who served the respondent (value: the post). Needs STAFF_BREAKDOWN_READ.',
    },
    STAFF: {
      description:
        'The staff member who served the respondent (value: their id; see `staff`). Needs STAFF_BREAKDOWN_READ.',
    },
  },
});

@ObjectType('BreakdownNode', {
  description:
    'A node’s score for one value of the breakdown, compared with the rest of the scope (every other value together).',
})
export class BreakdownNodeType extends NodeScoreType {
  @Field(() => Float, {
    nullable: true,
    description: 'The node’s score over the rest of the scope (0–100); null without data there or when withheld.',
  })
  restScore!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'score − restScore, in points; null when either is null.',
  })
  deltaRest!: number | null;
  @Field({
    description:
      'The value differs significantly from the rest: |Δ| > 1.96·√(SE₁² + SE₂²) with the per-response SEs (design.md §4).',
  })
  significant!: boolean;
}

@ObjectType('BreakdownValue', { description: 'One value of a breakdown and its node scores.' })
export class BreakdownValueType {
  @Field(() => String, {
    nullable: true,
    description:
      'The value: category, situation, channel, language, version id, answer (as text) or unit id; null: not recorded.',
  })
  value!: string | null;
  @Field(() => OrgUnit, { nullable: true, description: 'UNIT_CHILDREN: the child unit; null otherwise.' })
  unit!: OrgUnit | null;
  @Field(() => BreakdownStaffType, { nullable: true, description: 'STAFF: the staff member; null otherwise.' })
  staff?: BreakdownStaffType | null;
  @Field(() => Int, { description: 'Completed responses with this value (unweighted).' }) responseCount!: number;
  @Field(() => [BreakdownNodeType], {
    description: 'Every node of the model, in tree order, with the small-group rule applied.',
  })
  nodes!: BreakdownNodeType[];
}

@ObjectType('Breakdown', {
  description:
    'Node scores per value of one dimension, side by side; each value scores as a `scores` query filtered to it would.',
})
export class BreakdownType {
  @Field(() => BreakdownDimension, { description: 'The dimension broken down by.' }) by!: BreakdownDimension;
  @Field(() => String, { nullable: true, description: 'ANSWER: the question; null otherwise.' }) question!:
    string | null;
  @Field(() => IndicatorModelVersion, { description: 'The model version the scores were computed with.' })
  modelVersion!: IndicatorModelVersion;
  @Field(() => [BreakdownValueType], {
    description: 'The values with responses in scope, in order of value (not recorded last). Bounded: at most 100.',
  })
  values!: BreakdownValueType[];
}
