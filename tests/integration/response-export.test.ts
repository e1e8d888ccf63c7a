import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

let app: TestApp;
let t: Tenant;
let questionnaireId: string;

const channel = {
  type: 'radiogroup',
  name: 'channel',
  choices: [
    { value: 'phone', text: { default: 'Phone', uk: 'Телефон' } },
    { value: 'web', text: { default: 'Web', uk: 'Вебсайт' } },
  ],
};
const speed = { type: 'rating', name: 'speed', rateMin: 1, rateMax: 5 };
const v1 = { pages: [{ name: 'p', elements: [speed, channel, { type: 'comment', name: 'old_q' }] }] };
const v2 = { pages: [{ name: 'p', elements: [speed, channel, { type: 'boolean', name: 'resolved' }] }] };
const v3 = {
  pages: [
    {
      name: 'p',
      elements: [
        speed,
        channel,
        { type: 'boolean', name: 'resolved' },
        { type: 'checkbox', name: 'topics', choices: ['a', 'b', 'c'] },
        { type: 'matrix', name: 'grid', columns: [1, 2, 3, 4, 5], rows: ['r1', 'r2'] },
      ],
    },
  ],
};
const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }`;

async function download(query: string, client = t.admin) {
  return fetch(`${app.url}/api/exports/responses?${query}`, {
    headers: { cookie: `barometer_session=${client.cookie('barometer_session')}` },
  });
}

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Pension Fund');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, v1);
  questionnaireId = q.id;
  const versions = [
    await publish(t.admin, q.id, 'v1'),
    await publish(t.admin, q.id, 'v2', v2),
    await publish(t.admin, q.id, 'v3', v3),
  ];
  const model = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: {
        unitId: t.headOfficeId,
        name: 'Speed',
        definition: {
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [
              { key: 'speed', kind: 'SURVEY', label: 'Speed', items: [{ questionnaireId, question: 'speed' }] },
            ],
          },
        },
      },
    })
  ).createIndicatorModel;
  await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${model.id}" }) { id } }`);
  const answers = [
    { speed: 2, channel: 'phone', old_q: 'Removed later' },
    { speed: 4, channel: 'web', resolved: true },
    { speed: 5, channel: 'phone', resolved: false, topics: ['a', 'c'], grid: { r1: 4, r2: 5 } },
  ];
  for (const [i, version] of versions.entries()) {
    const link = (
      await t.admin.ok(
        `mutation { openQuestionnaireVersion(input: { versionId: "${version.id}", unitId: "${t.headOfficeId}" }) { token } }`,
      )
    ).openQuestionnaireVersion;
    await app.client().ok(SUBMIT, {
      input: {
        token: link.token,
        clientRequestId: `export-test-${i}-${Date.now()}`,
        answers: answers[i],
        respondentCategory: 'insured',
      },
    });
  }
});
afterAll(() => app?.close());

describe('exporting responses', () => {
  it('streams CSV with columns spanning all three versions, labels in the chosen language, and indicator scores', async () => {
    const response = await download(`questionnaireId=${questionnaireId}&format=csv&language=uk`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true, bom: true });
    expect(Object.keys(rows[0])).toEqual([
      '_response_id',
      '_version',
      '_unit_code',
      '_channel',
      '_respondent_category',
      '_service_situation',
      '_language',
      '_started_at',
      '_completed_at',
      '_duration_seconds',
      '_score',
      '_band',
      'speed',
      'channel',
      'resolved',
      'topics.a',
      'topics.b',
      'topics.c',
      'grid.r1',
      'grid.r2',
      'old_q',
      '_score.index',
      '_score.speed',
    ]);
    const byVersion = Object.fromEntries(rows.map((r) => [r._version, r]));
    // Labels in Ukrainian; a question removed in v2 keeps its column; v1 has no "resolved".
    expect(byVersion['1']).toMatchObject({
      speed: '2',
      channel: 'Телефон',
      old_q: 'Removed later',
      resolved: '',
      'topics.a': '',
      '_score.speed': '25',
      _unit_code: 'HO',
      _respondent_category: 'insured',
      _channel: 'WEB_LINK',
    });
    expect(byVersion['3']).toMatchObject({
      'topics.a': '1',
      'topics.b': '0',
      'topics.c': '1',
      'grid.r1': '4',
      'grid.r2': '5',
      resolved: 'No',
      old_q: '',
      _score: '100',
      _band: 'very_satisfied',
    });
    expect(rows.map((r) => r._version)).toEqual(['3', '2', '1']);
  });

  it('gives raw values on request', async () => {
    const rows: Record<string, string>[] = parse(
      await (await download(`questionnaireId=${questionnaireId}&language=raw`)).text(),
      { columns: true, bom: true },
    );
    expect(rows.find((r) => r._version === '2')).toMatchObject({ resolved: 'true', channel: 'web' });
  });

  it('streams XLSX', async () => {
    const response = await download(`questionnaireId=${questionnaireId}&format=xlsx`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('Responses')!;
    expect(sheet.rowCount).toBe(4);
    expect((sheet.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['_response_id', '_version']);
  });

  it('refuses callers without results access, and unknown questionnaires, with proper statuses', async () => {
    const interviewer = await newUserWithRole(app, t, 'INTERVIEWER', t.headOfficeId);
    expect((await download(`questionnaireId=${questionnaireId}`, interviewer)).status).toBe(403);
    expect((await download(`questionnaireId=00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await fetch(`${app.url}/api/exports/responses?questionnaireId=${questionnaireId}`)).status).toBe(401);
    expect((await download(`questionnaireId=${questionnaireId}&format=pdf`)).status).toBe(400);
  });
});
