/**
 * The public face of the results module: what other modules may use (design.md §1).
 * Anything not exported here is internal to the module.
 */
export * from './results.module.js';
export { registerResultRoutes } from './results.routes.js';
export { startRollupWorker } from './rollup/worker.js';
export type { RollupWorker } from './rollup/worker.js';
export { resultsDocs } from './results.docs.js';
export { scores, scoreSeries } from './results.service.js';
export type { NodeScore, ScoresResult, SeriesPoint } from './results.service.js';
// For the reports module: the same numbers as the `ranking`, `lostPoints` and `questionSummaries` queries.
export { lostPointsOf, ranking, type RankingEntry } from './results.service.js';
export { questionSummaries, type Summaries, type QuestionSummary } from './summaries.service.js';
export type { ResultsQuery } from './scope.service.js';
export { addDays, isLocalDate, localDate, startOfLocalDate } from './periods.js';
export { bucketOf, bucketsBetween } from './periods.js';
export { useInspectionSource } from './inspection-source.js';
export type { InspectionQuery, InspectionSource } from './inspection-source.js';
// For the reports module's scheduled exports (docs/exports.md): the same files as GET /api/exports/results.
export { exportResults } from './results-export.service.js';
