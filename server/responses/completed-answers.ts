import { badInput } from '../graphql/errors.js';
import type { PublishedVersion } from '../questionnaires/index.js';
import { answerProblemsError, checkAnswers } from './response.service.js';
import { hasAnswer, planFor } from './validation-plan.js';
import { judgeAnswers } from './validation/judge.js';

/**
 * Judges a completed answer set against a published version exactly as a submitted response
 * is judged (shape, size, SurveyJS rules, at least one answer), for modules that keep answers
 * of their own (fieldwork's visits). Returns the answers to store, hidden questions' cleared.
 */
export async function judgeCompletedAnswers(version: PublishedVersion, raw: unknown): Promise<Record<string, unknown>> {
  const { problems, answers } = await judgeAnswers(version, checkAnswers(raw));
  if (problems.length) throw answerProblemsError(problems);
  if (!hasAnswer(planFor(version.id, version.definition), answers))
    throw badInput('There is no answer at all: answer at least one question of the scoring sheet.', {
      field: 'answers',
      reason: 'EMPTY_RESPONSE',
    });
  return answers;
}
