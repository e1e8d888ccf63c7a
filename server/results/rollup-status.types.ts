import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RollupStatus } from './rollup/result-cell.entity.js';

registerEnumType(RollupStatus, {
  name: 'RollupStatus',
  description: 'Whether a model version’s rollup cells can be read.',
  valuesConfig: {
    BUILDING: { description: 'Waiting for or in a rebuild; results are computed from the responses meanwhile.' },
    READY: { description: 'Rolled up; results read the cells plus the tail not rolled up yet.' },
  },
});

@ObjectType('RollupModelStatus', { description: 'The rollup of one model version.' })
export class RollupModelStatusType {
  @Field(() => ID, { description: 'The model version rolled up (the latest published version of a model).' })
  modelVersionId!: string;
  @Field(() => RollupStatus, { description: 'BUILDING or READY.' }) status!: RollupStatus;
  @Field(() => Date, { nullable: true, description: 'When its cells were last rebuilt (UTC); null: never yet.' })
  builtAt!: Date | null;
}

@ObjectType('RollupStatusReport', {
  description: 'How far behind the rollup worker is for your organisation, and when its rollups were last rebuilt.',
})
export class RollupStatusType {
  @Field(() => Int, {
    description: 'Responses stored but not yet in the rollup cells; results read them from the responses meanwhile.',
  })
  tailResponses!: number;
  @Field(() => Date, { nullable: true, description: 'When the oldest of them was stored (UTC); null: none waiting.' })
  oldestQueuedAt!: Date | null;
  @Field(() => Float, { description: 'Seconds since then: how far behind the worker is; 0 when it has caught up.' })
  lagSeconds!: number;
  @Field(() => Date, {
    nullable: true,
    description: 'When the organisation’s rollups were last rebuilt (UTC); null: never yet.',
  })
  lastRebuiltAt!: Date | null;
  @Field({ description: 'A rebuild is waiting or under way (after a unit moved or a model was published).' })
  rebuilding!: boolean;
  @Field(() => [RollupModelStatusType], {
    description: 'One entry per rolled-up model version, latest rebuild first. Bounded by the organisation’s models.',
  })
  models!: RollupModelStatusType[];
}
