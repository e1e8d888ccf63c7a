import { planFor, validateAnswers, type PlanResult, type Values } from '../validation-plan.js';
import { ValidationPath } from '../../questionnaires/index.js';
import { surveyJudge, type SurveyJudge } from './survey-core-judge.js';
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
  if (version.validationPath === ValidationPath.PLAN) {
    return Promise.resolve(validateAnswers(planFor(version.id, version.definition), answers));
  }
  return judgeInPool(version.id, version.definition, answers);
}

const keysByVersion = new Map<string, SurveyJudge['keys']>();

/**
 * Whether a key of a saved partial response belongs to the version: a question (or its comment)
 * for the plan; for survey-core, also value names, kept calculated values and matrix totals.
 */
export function ownsKey(version: JudgedVersion, key: string): boolean {
  if (version.validationPath === ValidationPath.PLAN) {
    return planFor(version.id, version.definition).byName.has(key.replace(/-Comment$/, ''));
  }
  let keys = keysByVersion.get(version.id);
  if (!keys) {
    keys = surveyJudge(version.definition).keys; // one SurveyModel per version, once
    if (keysByVersion.size > 2000) keysByVersion.clear();
    keysByVersion.set(version.id, keys);
  }
  return keys.has(key);
}
