import { existsSync, readFileSync } from 'node:fs';
import type { AnswerSet } from './surveyjs-answers.js';
import type { OracleVerdict } from './surveyjs-oracle.js';

const DIR = new URL('../fixtures/surveyjs-corpus/', import.meta.url);
const FIXTURES = new URL('../fixtures/surveys/', import.meta.url);

export interface CorpusEntry {
  file: string;
  /** Where it comes from: repository and path, or "barometer" for the project's own fixtures. */
  source: string;
  definition: Record<string, unknown>;
}

export interface RecordedSet extends AnswerSet {
  verdict: OracleVerdict;
}

/** The real SurveyJS definitions of the differential suite plus the project's own fixtures. */
export function corpus(): CorpusEntry[] {
  const index = JSON.parse(readFileSync(new URL('index.json', DIR), 'utf8')) as {
    file: string;
    repo: string;
    path: string;
  }[];
  const real = index.map((e) => ({
    file: e.file,
    source: `${e.repo}/${e.path}`,
    definition: JSON.parse(readFileSync(new URL(e.file, DIR), 'utf8')),
  }));
  const own = ['court-users', 'insurer-claims', 'social-security'].map((name) => ({
    file: `barometer-${name}.json`,
    source: `barometer tests/fixtures/surveys/${name}.json`,
    definition: JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')),
  }));
  return [...real, ...own];
}

/** The answer sets recorded for one corpus file, with survey-core's verdict on each. */
export function recordedSets(file: string): RecordedSet[] {
  const url = new URL(`answers/${file}`, DIR);
  return existsSync(url) ? (JSON.parse(readFileSync(url, 'utf8')).sets as RecordedSet[]) : [];
}
