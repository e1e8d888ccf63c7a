/**
 * Makes the answer sets of the SurveyJS differential suite and records survey-core's verdict on
 * each (tests/fixtures/surveyjs-corpus/answers/<definition>.json). survey-core takes 5–50 ms per
 * response, too slow to judge 2,800 sets on every `npm test`; the suite re-judges a sample live
 * to prove these records still match the installed survey-core.
 * Run: node --import @swc-node/register/esm-register scripts/corpus/generate-answer-sets.ts
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { answerSets } from '../../tests/support/surveyjs-answers.js';
import { surveyCoreVerdict } from '../../tests/support/surveyjs-oracle.js';
import { corpus } from '../../tests/support/surveyjs-corpus.js';

const OUT = 'tests/fixtures/surveyjs-corpus/answers';
mkdirSync(OUT, { recursive: true });
console.warn = () => {};
let total = 0;
for (const { file, definition } of corpus()) {
  const seed = parseInt(createHash('sha256').update(file).digest('hex').slice(0, 8), 16);
  const sets = answerSets(definition, seed).map((set) => ({
    ...set,
    verdict: surveyCoreVerdict(definition, set.answers),
  }));
  total += sets.length;
  writeFileSync(`${OUT}/${file}`, JSON.stringify({ surveyCore: '2.5.43', seed, sets }) + '\n');
}
console.log(`${total} answer sets`);
