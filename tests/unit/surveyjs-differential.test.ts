import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../server/questionnaires/survey-validation.js';
import { compilePlan, validateAnswers, type PlanResult, type Values } from '../../server/responses/validation-plan.js';
import { validationPathOf, ValidationPath } from '../../server/questionnaires/survey-plan-coverage.js';
import { judgeWithSurveyCore, surveyJudge } from '../../server/responses/validation/survey-core-judge.js';
import { corpus, recordedSets, type CorpusEntry, type RecordedSet } from '../support/surveyjs-corpus.js';
import { compare, tally, type Discrepancy } from '../support/surveyjs-differential.js';
import { surveyCoreVerdict } from '../support/surveyjs-oracle.js';

/**
 * The differential suite: every recorded answer set of every corpus definition (real SurveyJS
 * definitions from SurveyJS's repositories, plus the project's fixtures) is judged by Barometer,
 * through the path its version would get at publish, and must get survey-core's verdict and
 * survey-core's stored data. The verdicts were recorded by scripts/corpus/generate-answer-sets.ts;
 * a sample is re-judged live below so the records cannot drift from the installed survey-core.
 */
const entries = corpus();
/** Barometer refuses these at publish (duplicate names, unparseable expressions): never judged. */
const publishable = entries.filter((e) => validateDefinition(e.definition).length === 0);

function judge(entry: CorpusEntry): (answers: Values) => PlanResult {
  if (validationPathOf(entry.definition).path === ValidationPath.PLAN) {
    const plan = compilePlan(entry.definition);
    return (answers) => validateAnswers(plan, answers);
  }
  const core = surveyJudge(entry.definition);
  return (answers) => judgeWithSurveyCore(core, answers);
}

/** Every `every`-th set of each definition (survey-core costs 10–20 ms a set: the slow path is sampled). */
function run(filter: (e: CorpusEntry) => boolean, every = 1): { sets: number; found: Discrepancy[] } {
  let sets = 0;
  const found: Discrepancy[] = [];
  for (const entry of publishable.filter(filter)) {
    const ours = judge(entry);
    for (const set of recordedSets(entry.file).filter((_s, i) => i % every === 0)) {
      sets++;
      const d = compare(entry.file, set, ours(set.answers));
      if (d) found.push(d);
    }
  }
  return { sets, found };
}

const onPlan = (e: CorpusEntry) => validationPathOf(e.definition).path === ValidationPath.PLAN;

describe('Barometer judges every response exactly as survey-core', () => {
  it('holds at least 100 real SurveyJS definitions with at least 20 answer sets each', () => {
    const real = entries.filter((e) => !e.file.startsWith('barometer-'));
    expect(real.length).toBeGreaterThanOrEqual(100);
    expect(entries.filter((e) => recordedSets(e.file).length < 20).map((e) => e.file)).toEqual([]);
  });

  it('the compiled plan agrees with survey-core on every definition it claims', () => {
    const { sets, found } = run(onPlan);
    console.info(`plan path: ${publishable.filter(onPlan).length} definitions, ${sets} answer sets`, tally(found));
    expect(found).toEqual([]);
  });

  it('the survey-core path agrees with survey-core on every other definition', () => {
    const { sets, found } = run((e) => !onPlan(e), 10);
    console.info(
      `survey-core path: ${publishable.filter((e) => !onPlan(e)).length} definitions, ${sets} answer sets`,
      tally(found),
    );
    expect(found).toEqual([]);
  }, 120_000);

  it('the recorded verdicts are still survey-core’s (a live sample)', () => {
    const sample: [CorpusEntry, RecordedSet][] = entries.flatMap((e) =>
      recordedSets(e.file)
        .filter((_s, i) => i % 23 === 0)
        .map((s) => [e, s] as [CorpusEntry, RecordedSet]),
    );
    const drifted = sample.filter(
      ([e, s]) => JSON.stringify(surveyCoreVerdict(e.definition, s.answers)) !== JSON.stringify(s.verdict),
    );
    expect(drifted.map(([e, s]) => `${e.file}: ${s.label}`)).toEqual([]);
  }, 60_000);
});
