import { parentPort } from 'node:worker_threads';
import { judgeWithSurveyCore, surveyJudge, type SurveyJudge } from './survey-core-judge.js';

/** A worker of the survey-core pool: one SurveyModel per version, built on first use and kept. */
const judges = new Map<string, SurveyJudge>();
const MAX_MODELS = 200;

type Values = Record<string, unknown>;

parentPort!.on('message', (job: { id: number; versionId: string; definition?: Values; answers: Values }) => {
  try {
    let judge = judges.get(job.versionId);
    if (!judge) {
      if (!job.definition) return parentPort!.postMessage({ id: job.id, missing: true });
      if (judges.size >= MAX_MODELS) judges.delete(judges.keys().next().value!);
      judge = surveyJudge(job.definition);
      judges.set(job.versionId, judge);
    }
    parentPort!.postMessage({ id: job.id, result: judgeWithSurveyCore(judge, job.answers) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).message });
  }
});
