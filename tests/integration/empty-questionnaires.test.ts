import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { PUBLISH, newQuestionnaire, publish, ratingSurvey } from '../support/questionnaires.js';

let app: TestApp;
let t: Tenant;

const OPEN = `mutation($input: OpenQuestionnaireVersionInput!) { openQuestionnaireVersion(input: $input) { token } }`;
const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId duplicate } }`;
const NO_QUESTION = 'has no question a respondent can answer';
let n = 0;
const requestId = () => `empty-${Date.now()}-${++n}`;
const responses = async (questionnaireId: string) =>
  Number(
    (
      await app.orm.em
        .fork()
        .getConnection()
        .execute(`select count(*) n from response where questionnaire_id = ?`, [questionnaireId])
    )[0].n,
  );

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Water Board');
});
afterAll(() => app?.close());

async function tokenFor(definition: unknown) {
  const q = await newQuestionnaire(t.admin, t.headOfficeId, definition);
  const version = await publish(t.admin, q.id, 'v1');
  const { token } = (await t.admin.ok(OPEN, { input: { versionId: version.id, unitId: t.headOfficeId } }))
    .openQuestionnaireVersion;
  return { questionnaireId: q.id, token };
}

describe('publishing needs a question to answer', () => {
  const cases: [string, unknown][] = [
    ['a new, empty questionnaire', undefined],
    ['pages with no element', { pages: [{ name: 'page1', elements: [] }] }],
    [
      'only text, a picture, a computed value and an empty panel',
      {
        pages: [
          {
            name: 'page1',
            elements: [
              { type: 'html', name: 'intro', html: '<p>Welcome</p>' },
              { type: 'image', name: 'logo', imageLink: 'https://example.org/logo.png' },
              { type: 'expression', name: 'today', expression: 'today()' },
              { type: 'panel', name: 'box', elements: [] },
            ],
          },
        ],
      },
    ],
    [
      'only a read-only question',
      { pages: [{ name: 'page1', elements: [{ type: 'text', name: 'ref', readOnly: true }] }] },
    ],
  ];
  for (const [what, definition] of cases) {
    it(`refuses ${what}, saying why`, async () => {
      const q = await newQuestionnaire(t.admin, t.headOfficeId, definition);
      const error = await t.admin.fails(PUBLISH, { input: { questionnaireId: q.id, changelog: 'v1' } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain(NO_QUESTION);
      // The editor shows the same reason before anyone presses Publish.
      const draft = await t.admin.ok(
        `query($id: ID!) { questionnaire(id: $id) { status draftProblems { message } } }`,
        { id: q.id },
      );
      expect(draft.questionnaire.status).toBe('DRAFT');
      expect(draft.questionnaire.draftProblems.map((p: { message: string }) => p.message).join(' ')).toContain(
        NO_QUESTION,
      );
    });
  }

  it('publishes once one question can be answered (a panel counts for its questions)', async () => {
    const q = await newQuestionnaire(t.admin, t.headOfficeId, {
      pages: [
        {
          name: 'page1',
          elements: [
            { type: 'html', name: 'intro', html: '<p>Welcome</p>' },
            { type: 'panel', name: 'box', elements: [{ type: 'rating', name: 'overall', rateMax: 5 }] },
          ],
        },
      ],
    });
    expect((await publish(t.admin, q.id, 'v1')).number).toBe(1);
  });
});

describe('a completed response needs an answer', () => {
  it('refuses a completion with nothing answered, and stores nothing', async () => {
    const { questionnaireId, token } = await tokenFor(ratingSurvey('wait', 'staff'));
    for (const answers of [{}, { wait: null, staff: '' }]) {
      const error = await app.client().fails(SUBMIT, { input: { token, answers, clientRequestId: requestId() } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMPTY_RESPONSE' });
      expect(error.message).toContain('no answer at all');
    }
    expect(await responses(questionnaireId)).toBe(0);
    // One answer is enough.
    await app.client().ok(SUBMIT, { input: { token, answers: { staff: 4 }, clientRequestId: requestId() } });
    expect(await responses(questionnaireId)).toBe(1);
  });

  it('a comment alone is an answer; a computed value alone is not', async () => {
    const { token } = await tokenFor({
      pages: [
        {
          name: 'page1',
          elements: [
            { type: 'rating', name: 'staff', rateMax: 5, showCommentArea: true },
            { type: 'expression', name: 'today', expression: 'today()' },
          ],
        },
      ],
    });
    const error = await app
      .client()
      .fails(SUBMIT, { input: { token, answers: { today: '2026-12-01' }, clientRequestId: requestId() } });
    expect(error.extensions?.reason).toBe('EMPTY_RESPONSE');
    await app
      .client()
      .ok(SUBMIT, { input: { token, answers: { 'staff-Comment': 'Friendly' }, clientRequestId: requestId() } });
  });

  it('accepts an empty completion when the survey says allowEmptyResponses: true', async () => {
    const { questionnaireId, token } = await tokenFor({ ...ratingSurvey('wait'), allowEmptyResponses: true });
    const result = (await app.client().ok(SUBMIT, { input: { token, answers: {}, clientRequestId: requestId() } }))
      .submitResponse;
    expect(result.duplicate).toBe(false);
    expect(await responses(questionnaireId)).toBe(1);
  });
});
