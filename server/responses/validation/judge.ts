import { planFor, validateAnswers, type PlanResult, type Values } from '../validation-plan.js';
import { ValidationPath } from './plan-coverage.js';
import { judgeInPool } from './survey-core-pool.js';

/** A published version as the judges need it. */
export interface JudgedVersion {
  id: string;
  definition: Values;
  validationPath: ValidationPath;
}

/**
 * Judges a completed response the way SurveyJS does: with the compiled plan when the version's
 * definition stays inside the plan's proven feature set (chosen at publish), otherwise with
 * survey-core itself in the worker pool. Returns every problem and the answers to store.
 */
export function judgeAnswers(version: JudgedVersion, answers: Values): Promise<PlanResult> {
  if (version.validationPath === ValidationPath.PLAN) return Promise.resolve(validateAnswers(planFor(version.id, version.definition), answers));
  return judgeInPool(version.id, version.definition, answers);
}
