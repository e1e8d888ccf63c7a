import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { fixture, newQuestionnaire, publish } from '../support/questionnaires.js';

let app: TestApp;
let t: Tenant;
let versionId: string;
let questionnaireId: string;
let token: string;
let modelVersionId: string;

const OPEN = `mutation($input: OpenQuestionnaireVersionInput!) { openQuestionnaireVersion(input: $input) { id token channel testMode } }`;
const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId score bandKey duplicate } }`;
const LIST = `query($filter: ResponseFilterInput) { responses(filter: $filter) { totalCount edges { node { id status isTest channel category excludedAt bandKey score answers } } } }`;
const court = fixture('court-users');
const quality = { signage: 4, clean: 5, polite: 3, timely: 2, forms: 4 };
const valid = { role: 'lawyer', purpose: ['hearing'], quality, overall: 4 };
let n = 0;
const requestId = () => `req-${Date.now()}-${++n}-${Math.random().toString(36).slice(2)}`;
const count = async () =>
  Number((await app.orm.em.fork().getConnection().execute(`select count(*) n from response`))[0].n);

async function openLink(extra: Record<string, unknown> = {}, client = t.admin) {
  return (await client.ok(OPEN, { input: { versionId, unitId: t.headOfficeId, ...extra } })).openQuestionnaireVersion;
}

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Court Service');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, court, 'Court users');
  questionnaireId = q.id;
  versionId = (await publish(t.admin, q.id, 'v1')).id;
  // An index over the five statements and the overall rating, so submissions are scored.
  const model = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: {
        unitId: t.headOfficeId,
        name: 'Court index',
        definition: {
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [
              {
                key: 'staff',
                kind: 'SURVEY',
                label: 'Staff',
                items: ['signage', 'clean', 'polite', 'timely', 'forms'].map((row) => ({
                  questionnaireId,
                  question: 'quality',
                  row,
                })),
              },
              { key: 'overall', kind: 'SURVEY', label: 'Overall', items: [{ questionnaireId, question: 'overall' }] },
            ],
          },
        },
      },
    })
  ).createIndicatorModel;
  modelVersionId = (await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${model.id}" }) { id } }`))
    .publishIndicatorModel.id;
  token = (await openLink()).token;
});
afterAll(() => app?.close());

describe('submitting a response', () => {
  it('validates, stores, scores, and commits before it answers', async () => {
    const anonymous = app.client();
    const id = requestId();
    const result = (
      await anonymous.ok(SUBMIT, {
        input: {
          token,
          answers: { ...valid, why_low: 'stale value of a hidden question' },
          clientRequestId: id,
          respondentCategory: 'lawyer',
          serviceSituation: 'hearing',
          language: 'uk',
        },
      })
    ).submitResponse;
    // staff: rows 4,5,3,2,4 → 75,100,50,25,75 → mean 65; overall 4 → 75; index = (65 + 75)/2 = 70 → satisfied
    expect(result).toMatchObject({ duplicate: false, score: 70, bandKey: 'satisfied' });
    // Read through a connection of its own: the row is committed, not just in the server's transaction.
    const client = new pg.Client({ connectionString: app.databaseUrl });
    await client.connect();
    const { rows } = await client.query(
      'select status, category, situation, language, answers, channel from response where id = $1',
      [result.responseId],
    );
    await client.end();
    expect(rows).toEqual([
      {
        status: 'COMPLETE',
        category: 'lawyer',
        situation: 'hearing',
        language: 'uk',
        answers: valid,
        channel: 'WEB_LINK',
      },
    ]);
  });

  it('a stored response can be scored again with any model version', async () => {
    const { submitResponse } = await app
      .client()
      .ok(SUBMIT, { input: { token, clientRequestId: requestId(), answers: { ...valid, overall: 2 } } });
    const scored = await t.admin.ok(
      `{ scoreResponse(input: { modelVersionId: "${modelVersionId}", responseId: "${submitResponse.responseId}" }) { score band { key } nodes { key score } } }`,
    );
    // staff 65; overall 2 → 25; index (65 + 25)/2 = 45
    expect(scored.scoreResponse).toMatchObject({ score: 45, band: { key: 'unqualified' } });
    const both = await t.admin.fails(
      `{ scoreResponse(input: { modelVersionId: "${modelVersionId}", responseId: "${submitResponse.responseId}", answers: {} }) { score } }`,
    );
    expect(both.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('stores exactly one response for 50 concurrent retries of one clientRequestId', async () => {
    const before = await count();
    const id = requestId();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        app.client().request(SUBMIT, { input: { token, answers: valid, clientRequestId: id } }),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(Array(50).fill(undefined));
    const ids = new Set(results.map((r) => r.data!.submitResponse.responseId));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => !r.data!.submitResponse.duplicate)).toHaveLength(1);
    expect(await count()).toBe(before + 1);
  });

  it('reports every problem at once, naming each question, and stores nothing', async () => {
    const before = await count();
    const error = await app.client().fails(SUBMIT, {
      input: {
        token,
        clientRequestId: requestId(),
        answers: { role: 'judge', purpose: 'hearing', quality: { ...quality, polite: 9 }, overall: 42, salary: 1 },
      },
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect((error.extensions!.problems as any[]).map((p) => p.question)).toEqual([
      'salary',
      'role',
      'purpose',
      'quality',
      'overall',
    ]);
    expect(error.message).toMatch(/"overall" 42 is not on its rating scale \(1, 2, 3, 4, 5\)/);
    expect(await count()).toBe(before);
  });

  it('refuses bad tokens, bad shapes and oversized answers with clear messages', async () => {
    const before = await count();
    const submit = (input: Record<string, unknown>) =>
      app.client().fails(SUBMIT, { input: { token, clientRequestId: requestId(), answers: valid, ...input } });
    expect((await submit({ token: 'nonsense' })).extensions?.code).toBe('NOT_FOUND');
    expect((await submit({ token: `${t.orgId}.${'x'.repeat(43)}` })).extensions?.code).toBe('NOT_FOUND');
    expect((await submit({ answers: [1, 2] })).message).toMatch(/answers must be an object/);
    expect((await submit({ answers: { why_low: 'x'.repeat(1100 * 1024) } })).message).toMatch(/at most 1 MB/);
    expect((await submit({ clientRequestId: 'short' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'clientRequestId',
    });
    const closed = await openLink();
    await t.admin.ok(`mutation { closeResponseLink(id: "${closed.id}") { closedAt } }`);
    const refused = await submit({ token: closed.token });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CLOSED' });
    expect(refused.message).toMatch(/closed/);
    expect(await count()).toBe(before);
  });

  it('keeps tenants apart: a token of another organisation is unknown to a signed-in user there', async () => {
    const other = await newTenant(app, 'Other court');
    expect(
      (await other.admin.fails(SUBMIT, { input: { token, clientRequestId: requestId(), answers: valid } })).extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect((await other.admin.ok(LIST)).responses.totalCount).toBe(0);
  });
});

describe('partial responses, tests and curation', () => {
  it('saves, resumes and completes a partial response, which never counts', async () => {
    const save = `mutation($input: SavePartialResponseInput!) { savePartialResponse(input: $input) { resumeKey responseId } }`;
    const first = (await app.client().ok(save, { input: { token, answers: { role: 'witness' } } })).savePartialResponse;
    await app
      .client()
      .ok(save, { input: { token, answers: { role: 'witness', overall: 2 }, resumeKey: first.resumeKey } });
    const resumed = await app
      .client()
      .ok(
        `query($t: String!, $k: String) { surveyByToken(token: $t, resumeKey: $k) { versionNumber answers definition } }`,
        { t: token, k: first.resumeKey },
      );
    expect(resumed.surveyByToken).toMatchObject({
      versionNumber: 1,
      answers: { role: 'witness', overall: 2 },
      definition: court,
    });
    const partials = await t.admin.ok(LIST, { filter: { status: 'PARTIAL' } });
    expect(partials.responses.edges.map((e: any) => e.node.id)).toContain(first.responseId);
    expect((await t.admin.ok(LIST)).responses.edges.map((e: any) => e.node.id)).not.toContain(first.responseId);

    const done = (
      await app.client().ok(SUBMIT, {
        input: {
          token,
          clientRequestId: requestId(),
          resumeKey: first.resumeKey,
          answers: { role: 'witness', quality, overall: 2 },
        },
      })
    ).submitResponse;
    expect(done.duplicate).toBe(false);
    expect(
      (await t.admin.ok(LIST, { filter: { status: 'PARTIAL' } })).responses.edges.map((e: any) => e.node.id),
    ).not.toContain(first.responseId);
    expect(
      (
        await app
          .client()
          .fails(`query { surveyByToken(token: "${token}", resumeKey: "${first.resumeKey}") { versionNumber } }`)
      ).extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('marks test-mode responses as tests, left out unless asked for', async () => {
    const test = await openLink({ testMode: true });
    const { submitResponse } = await app
      .client()
      .ok(SUBMIT, { input: { token: test.token, clientRequestId: requestId(), answers: valid } });
    expect((await t.admin.ok(LIST)).responses.edges.map((e: any) => e.node.id)).not.toContain(
      submitResponse.responseId,
    );
    const withTests = await t.admin.ok(LIST, { filter: { includeTests: true } });
    expect(withTests.responses.edges.find((e: any) => e.node.id === submitResponse.responseId).node.isTest).toBe(true);
  });

  it('excludes and includes with a recorded reason', async () => {
    const { submitResponse } = await app
      .client()
      .ok(SUBMIT, { input: { token, clientRequestId: requestId(), answers: valid } });
    const id = submitResponse.responseId;
    await t.admin.ok(`mutation { excludeResponse(id: "${id}", reason: "speeder: 9 seconds") { excludedAt } }`);
    expect((await t.admin.ok(LIST)).responses.edges.map((e: any) => e.node.id)).not.toContain(id);
    const back = await t.admin.ok(
      `mutation { includeResponse(id: "${id}", reason: "checked: a regular respondent") { excludedAt changes { kind reason } } }`,
    );
    expect(back.includeResponse).toEqual({
      excludedAt: null,
      changes: [
        { kind: 'EXCLUDED', reason: 'speeder: 9 seconds' },
        { kind: 'INCLUDED', reason: 'checked: a regular respondent' },
      ],
    });
    expect(
      (await t.admin.fails(`mutation { excludeResponse(id: "${id}", reason: " ") { id } }`)).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const analyst = await newUserWithRole(app, t, 'ANALYST', t.headOfficeId);
    expect(
      (await analyst.fails(`mutation { excludeResponse(id: "${id}", reason: "no") { id } }`)).extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('phone responses are entered by interviewers and can be corrected, with before and after', async () => {
    const branch = await newUnit(t.admin, t.headOfficeId, `PHONE-${Date.now()}`);
    const phone = (await t.admin.ok(OPEN, { input: { versionId, unitId: branch.id, channel: 'PHONE' } }))
      .openQuestionnaireVersion;
    expect(
      (
        await app
          .client()
          .fails(SUBMIT, { input: { token: phone.token, clientRequestId: requestId(), answers: valid } })
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    const interviewer = await newUserWithRole(app, t, 'INTERVIEWER', branch.id);
    const { submitResponse } = await interviewer.ok(SUBMIT, {
      input: { token: phone.token, clientRequestId: requestId(), answers: valid },
    });
    const fixedAnswers = { ...valid, overall: 5 };
    const corrected = await t.admin.ok(
      `mutation($a: JSON!) { correctResponse(id: "${submitResponse.responseId}", answers: $a, reason: "keying error: 5 was said") { answers score enteredBy { displayName } changes { kind } } }`,
      { a: fixedAnswers },
    );
    // staff 65 as before; overall 5 → 100; index = (65 + 100)/2 = 82.5
    expect(corrected.correctResponse).toMatchObject({
      answers: fixedAnswers,
      score: 82.5,
      enteredBy: { displayName: 'INTERVIEWER' },
      changes: [{ kind: 'CORRECTED' }],
    });
    const stored = await app.orm.em
      .fork()
      .getConnection()
      .execute(`select before, after from response_change where response_id = ?`, [submitResponse.responseId]);
    expect(stored).toEqual([{ before: valid, after: fixedAnswers }]);
    const web = (await app.client().ok(SUBMIT, { input: { token, clientRequestId: requestId(), answers: valid } }))
      .submitResponse;
    expect(
      (
        await t.admin.fails(
          `mutation($a: JSON!) { correctResponse(id: "${web.responseId}", answers: $a, reason: "x") { id } }`,
          { a: fixedAnswers },
        )
      ).message,
    ).toMatch(/Only responses keyed in by an interviewer/);
  });

  it('filters the list by category, band and text in the answers', async () => {
    await app.client().ok(SUBMIT, {
      input: {
        token,
        clientRequestId: requestId(),
        respondentCategory: 'party',
        answers: { role: 'party', quality, overall: 1, why_low: 'Nobody told me <b>where</b> to go' },
      },
    });
    const found = await t.admin.ok(LIST, { filter: { category: 'party', search: '<b>where</b>' } });
    expect(found.responses.totalCount).toBe(1);
    expect(found.responses.edges[0].node.answers.why_low).toBe('Nobody told me <b>where</b> to go');
    // staff 65, overall 1 → 0: index 32.5
    expect(found.responses.edges[0].node).toMatchObject({ score: 32.5, bandKey: 'unqualified' });
    expect((await t.admin.ok(LIST, { filter: { band: 'unqualified', category: 'party' } })).responses.totalCount).toBe(
      1,
    );
  });
});

describe('the plain HTTP submission endpoint', () => {
  it('shares submitResponse: stores, scores, deduplicates, and answers errors with statuses', async () => {
    const post = (body: unknown) =>
      fetch(`${app.url}/api/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const id = requestId();
    const first = await post({ token, clientRequestId: id, answers: valid });
    expect(first.status).toBe(200);
    const result = await first.json();
    expect(result).toMatchObject({ duplicate: false, score: 70, bandKey: 'satisfied' });
    expect(await (await post({ token, clientRequestId: id, answers: valid })).json()).toMatchObject({
      duplicate: true,
      responseId: result.responseId,
    });
    const invalid = await post({ token, clientRequestId: requestId(), answers: { ...valid, overall: 42 } });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await post({ token: 'nope', clientRequestId: requestId(), answers: valid })).status).toBe(404);
  });
});

describe('links for respondents', () => {
  it('give their public address and QR codes as SVG and PNG', async () => {
    const link = (
      await t.admin.ok(
        `mutation { openQuestionnaireVersion(input: { versionId: "${versionId}", unitId: "${t.headOfficeId}", channel: KIOSK }) { token url qrCodeUrl } }`,
      )
    ).openQuestionnaireVersion;
    expect(link.url).toBe(`${app.url}/r/${encodeURIComponent(link.token)}`);
    const svg = await fetch(`${app.url}${link.qrCodeUrl}`);
    expect(svg.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await svg.text()).toMatch(/^<svg/);
    const png = await fetch(`${app.url}${link.qrCodeUrl.replace(/svg$/, 'png')}`);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    expect(
      (await fetch(`${app.url}/api/links/${encodeURIComponent(`${t.orgId}.${'x'.repeat(43)}`)}/qr.svg`)).status,
    ).toBe(404);
  });
});
