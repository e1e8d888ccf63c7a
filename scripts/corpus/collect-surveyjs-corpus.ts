/**
 * Collects real SurveyJS definitions from mirrors of SurveyJS's public repositories into
 * tests/fixtures/surveyjs-corpus/ (one JSON file each, plus index.json with source and licence).
 * Run once by hand: node --import @swc-node/register/esm-register scripts/corpus/collect-surveyjs-corpus.ts <mirror.git>...
 * Object literals are evaluated in an empty vm context; anything referring to code is skipped.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import vm from 'node:vm';
import { Model } from 'survey-core';

const OUT = 'tests/fixtures/surveyjs-corpus';
const STARTS =
  /(?:\b(?:json|surveyJson|surveyJSON|survey_json|jsonSurvey|surveyJsonData)\s*[:=]\s*|new (?:Survey)?Model\(\s*)\{/g;

/** The end index (exclusive) of the balanced object literal starting at `start` ('{'). */
function literalEnd(src: string, start: number): number {
  let depth = 0;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < src.length && src[i] !== c; i++) if (src[i] === '\\') i++;
    } else if (c === '/' && src[i + 1] === '/') i = src.indexOf('\n', i);
    else if (c === '/' && src[i + 1] === '*') i = src.indexOf('*/', i) + 1;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
    if (i < 0) return -1;
  }
  return -1;
}

function definitions(src: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (const m of src.matchAll(STARTS)) {
    const start = m.index! + m[0].length - 1;
    const end = literalEnd(src, start);
    if (end < 0) continue;
    try {
      const value = vm.runInNewContext(`(${src.slice(start, end)})`, {}, { timeout: 200 });
      const json = JSON.parse(JSON.stringify(value));
      if (Array.isArray(json.pages) || Array.isArray(json.elements)) found.push(json);
    } catch {
      // refers to variables or functions: not plain JSON
    }
  }
  return found;
}

/** Loads without survey-core warnings (unknown functions, bad expressions) and asks something. */
const isQuestionful = (json: Record<string, unknown>) => {
  const warn = console.warn;
  let warned = false;
  console.warn = () => (warned = true);
  try {
    const model = new Model(json);
    return (
      !warned && model.getAllQuestions(false, true).some((q) => !['html', 'image', 'expression'].includes(q.getType()))
    );
  } catch {
    return false;
  } finally {
    console.warn = warn;
  }
};

/** Features the issue names: definitions exercising them are taken first. */
const FEATURES: [string, RegExp][] = [
  ['valuePropertyName', /"valuePropertyName"/],
  ['warning/info validators', /"notificationType"/],
  ['tagbox cells', /"cellType": "tagbox"/],
  ['matrix totals', /"totalType"/],
  ['includeIntoResult', /"includeIntoResult"/],
  ['detailElements', /"detailElements"/],
  ['range slider', /"sliderType": "range"/],
  ['ranking', /"type": "ranking"/],
  ['valueTrue', /"valueTrue"/],
  ['readOnly', /"readOnly": true/],
  ['enableIf', /"enableIf"/],
  ['storeOthersAsComment', /"storeOthersAsComment"/],
  ['isUnique', /"isUnique"/],
  ['keyName', /"keyName"/],
  ['multipletext', /"type": "multipletext"/],
  ['email', /"email"/],
  ['other item', /"showOtherItem"|"hasOther"/],
  ['eachRowRequired', /"eachRowRequired"|"isAllRowRequired"/],
  ['expression validator', /"type": "expression",\s*"expression"/],
  ['minSelectedChoices', /"minSelectedChoices"/],
  ['date', /"inputType": "date"/],
  ['required panel', /"type": "panel"[^]*?"isRequired": true/],
  ['visibleIf', /"visibleIf"/],
  ['comment rows', /"type": "comment"[^{}]*"rows": \d/],
  ['valueName', /"valueName"/],
  ['rateValues', /"rateValues"/],
  ['defaultValue', /"defaultValue"/],
  ['matrixdynamic', /"type": "matrixdynamic"/],
  ['matrixdropdown', /"type": "matrixdropdown"/],
  ['paneldynamic', /"type": "paneldynamic"/],
  ['validators', /"validators"/],
  ['requiredIf', /"requiredIf"/],
  ['calculatedValues', /"calculatedValues"/],
  ['slider', /"type": "slider"/],
  ['boolean', /"type": "boolean"/],
  ['imagepicker', /"type": "imagepicker"/],
  ['html', /"type": "html"/],
];
const EXCLUDE = /choicesByUrl|"type": "(file|signaturepad)"|"maxTimeToFinish|"questionsOnPageMode"|"triggers"/;
const PER_FEATURE = 5;
const TOTAL = 130;

interface Candidate {
  text: string;
  hash: string;
  repo: string;
  commit: string;
  path: string;
  features: string[];
  unitTest: boolean;
}
const candidates: Candidate[] = [];
const seen = new Set<string>();
for (const gitDir of process.argv.slice(2)) {
  const git = (...args: string[]) =>
    execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const repo = gitDir
    .split('/')
    .find((p) => p.includes('+'))!
    .replace('+', '/');
  const commit = git('rev-parse', 'HEAD').trim();
  const files = git('ls-tree', '-r', '--name-only', 'HEAD')
    .split('\n')
    .filter(
      (f) =>
        /\.(ts|tsx|js|jsx|vue|md)$/.test(f) &&
        !/node_modules|\.min\.|survey\.core|survey-creator|i18n|localization/.test(f),
    );
  for (const path of files) {
    let src: string;
    try {
      src = git('show', `HEAD:${path}`);
    } catch {
      continue;
    }
    if (src.length > 2_000_000) continue;
    for (const json of definitions(src)) {
      const text = JSON.stringify(json, null, 2);
      const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
      if (seen.has(hash) || text.length > 20_000 || EXCLUDE.test(text) || !isQuestionful(json)) continue;
      seen.add(hash);
      const features = FEATURES.filter(([, re]) => re.test(text)).map(([name]) => name);
      candidates.push({ text, hash, repo, commit, path, features, unitTest: path.includes('survey-core/tests') });
    }
  }
}
// Real-world sources (docs, e2e, screenshots, examples) before survey-core's unit tests; more features first.
const rank = (c: Candidate) => (c.unitTest ? 0 : 100) + c.features.length;
candidates.sort((a, b) => rank(b) - rank(a) || a.hash.localeCompare(b.hash));
const chosen = new Set<Candidate>();
for (const [feature] of FEATURES) {
  for (const c of candidates.filter((c) => c.features.includes(feature)).slice(0, PER_FEATURE)) chosen.add(c);
}
for (const c of candidates) if (chosen.size < TOTAL) chosen.add(c);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const licence = 'MIT, Copyright (c) 2015-2025 Devsoft Baltic OÜ (surveyjs.io): see the LICENSE of the repository';
const index = [...chosen].map((c) => {
  const file = `${c.repo.split('/')[1]}-${c.hash}.json`;
  writeFileSync(`${OUT}/${file}`, c.text + '\n');
  return { file, repo: c.repo, commit: c.commit, path: c.path, features: c.features, licence };
});
index.sort((a, b) => a.file.localeCompare(b.file));
writeFileSync(`${OUT}/index.json`, JSON.stringify(index, null, 2) + '\n');
console.log(`${candidates.length} candidates, ${index.length} chosen`);
