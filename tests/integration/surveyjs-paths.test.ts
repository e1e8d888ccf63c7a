import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSurveyCorePool } from '../../server/responses/validation/survey-core-pool.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { corpus, recordedSets } from '../support/surveyjs-corpus.js';
import { compare } from '../support/surveyjs-differential.js';
import { fixture, newQuestionnaire, publish } from '../support/questionnaires.js';

/**
 * Both judging paths through the real submission path: publish records which path judges a
 * version (shown in GraphQL), and submissions get survey-core's verdict and survey-core's data,
 * stored in PostgreSQL, whether the plan or the survey-core worker pool judged them.
 */
let app: TestApp;
let t: Tenant;
const OPEN = `mutation($input: OpenQuestionnaireVersionInput!) { openQuestionnaireVersion(input: $input) { token } }`;
const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }`;
let n = 0;

async function publishAndOpen(
  definition: Record<string, unknown>,
): Promise<{ versionId: string; token: string; path: string }> {
  const q = await newQuestionnaire(t.admin, t.headOfficeId, definition, `Survey ${++n}`);
  const { id } = await publish(t.admin, q.id, 'v1');
  const version = await t.admin.ok(`query($id: ID!) { questionnaireVersion(id: $id) { validationPath } }`, { id });
  const { token } = (await t.admin.ok(OPEN, { input: { versionId: id, unitId: t.headOfficeId } }))
    .openQuestionnaireVersion;
  return { versionId: id, token, path: version.questionnaireVersion.validationPath };
}

async function submit(token: string, answers: Record<string, unknown>) {
  const result = await app
    .client()
    .request(SUBMIT, { input: { token, answers, clientRequestId: `req-${++n}-${Math.random()}` } });
  if (result.errors) {
    expect(result.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    return {
      problems: (result.errors[0].extensions?.problems ?? []) as { question: string; message: string }[],
      answers: {},
    };
  }
  const db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
  const { rows } = await db.query('select answers from response where id = $1', [
    result.data!.submitResponse.responseId,
  ]);
  await db.end();
  return { problems: [], answers: rows[0].answers };
}

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'SurveyJS paths');
});
afterAll(async () => {
  await closeSurveyCorePool();
  await app?.close();
});

describe('the path that judges a version', () => {
  it('is the plan for a definition inside its proven set, survey-core otherwise, shown on the version', async () => {
    expect((await publishAndOpen(fixture('court-users'))).path).toBe('PLAN');
    expect((await publishAndOpen(fixture('social-security'))).path).toBe('SURVEY_CORE');
  });

  it('stores the NPS follow-up of a question with visible: false and a visibleIf (plan path)', async () => {
    const nps = {
      elements: [
        { type: 'rating', name: 'nps', rateMin: 0, rateMax: 10 },
        { type: 'comment', name: 'reason', visible: false, visibleIf: '{nps} <= 6', isRequired: true },
      ],
    };
    const { token, path } = await publishAndOpen(nps);
    expect(path).toBe('PLAN');
    expect(await submit(token, { nps: 2, reason: 'Slow' })).toEqual({
      problems: [],
      answers: { nps: 2, reason: 'Slow' },
    });
    expect((await submit(token, { nps: 2 })).problems.map((p) => p.question)).toEqual(['reason']);
  });

  it('judges matrix column rules with survey-core in the worker pool: [{score: 6}] is refused, a valid row stored', async () => {
    const matrix = {
      elements: [
        {
          type: 'matrixdynamic',
          name: 'm',
          rowCount: 1,
          columns: [
            {
              name: 'score',
              cellType: 'text',
              inputType: 'number',
              validators: [{ type: 'numeric', minValue: 1, maxValue: 5 }],
            },
            { name: 'area', cellType: 'text', isRequired: true },
          ],
        },
      ],
    };
    const { token, path } = await publishAndOpen(matrix);
    expect(path).toBe('SURVEY_CORE');
    const refused = await submit(token, { m: [{ score: 6 }] });
    expect(refused.problems.map((p) => p.question).sort()).toEqual(['area', 'score']);
    expect(await submit(token, { m: [{ score: 4, area: 'North' }] })).toEqual({
      problems: [],
      answers: { m: [{ score: 4, area: 'North' }] },
    });
  });

  it('saves a partial response under a valueName, which is the data key of a survey-core-judged question', async () => {
    const { token, path } = await publishAndOpen({ elements: [{ type: 'text', name: 'q1', valueName: 'shared' }] });
    expect(path).toBe('SURVEY_CORE');
    const save = `mutation($input: SavePartialResponseInput!) { savePartialResponse(input: $input) { resumeKey } }`;
    expect(
      (await app.client().ok(save, { input: { token, answers: { shared: 'half done' } } })).savePartialResponse
        .resumeKey,
    ).toBeTruthy();
    const unknown = await app.client().fails(save, { input: { token, answers: { nobody: 1 } } });
    expect(unknown.message).toMatch(/nobody/);
  });

  it('gives survey-core’s verdict and data for recorded answer sets of real definitions on both paths', async () => {
    const chosen = corpus().filter((e) =>
      ['survey-library-2faa0a8815.json', 'survey-library-bca07c3777.json', 'survey-library-6677024d35.json'].includes(
        e.file,
      ),
    );
    const found = [];
    for (const entry of chosen) {
      const { token } = await publishAndOpen(entry.definition);
      for (const set of recordedSets(entry.file).slice(0, 6)) {
        const d = compare(entry.file, set, await submit(token, set.answers));
        if (d) found.push(d);
      }
    }
    expect(chosen.length).toBe(3);
    expect(found).toEqual([]);
  });
});
