/** The results module's parts, for the composition root (server/app): its resolvers, entities and subscribers. */
import { ResultsResolver } from './results.resolver.js';
import { SummariesResolver } from './summaries.resolver.js';
import { BreakdownResolver } from './breakdown.resolver.js';
import { ScoresQuestionsResolver } from './question-scores.js';
import { ResultCell } from './rollup/result-cell.entity.js';
import { RollupModel } from './rollup/rollup-model.entity.js';
import { RollupOutbox } from './rollup/rollup-outbox.entity.js';
import { StaffCell } from './rollup/staff-cell.entity.js';
import { WeightingScheme } from './weighting-scheme.entity.js';

export const resultsResolvers = [
  ResultsResolver,
  SummariesResolver,
  BreakdownResolver,
  ScoresQuestionsResolver,
] as const;
export const resultsEntities = [WeightingScheme, ResultCell, StaffCell, RollupModel, RollupOutbox];
export { resultsSubscriptions } from './subscribers.js';
