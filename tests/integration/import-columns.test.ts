import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

/** Imports that fit real files (issue 16): problems name the fields as the file spells them. */
let app: TestApp;
let t: Tenant;
let versionId: string;

const IMPORT = `mutation($input: ImportResponsesInput!) { importResponses(input: $input) {
  status rowsStored rowsInvalid problems { row message } } }`;
const survey = { elements: [{ type: 'rating', name: 'overall', rateMin: 1, rateMax: 5 }] };

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Import columns');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, survey);
  versionId = (await publish(t.admin, q.id)).id;
});
afterAll(() => app?.close());

const importInline = async (data: string, format: 'CSV' | 'JSONL') =>
  (
    await t.admin.ok(IMPORT, {
      input: { versionId, unitId: t.headOfficeId, format, mode: 'SKIP_INVALID', data },
    })
  ).importResponses;

describe('a refused date', () => {
  it('is named completedAt / startedAt in JSON lines, as the file spells it', async () => {
    const result = await importInline(
      [
        JSON.stringify({ answers: { overall: 4 }, completedAt: '2999-01-01T00:00:00Z' }),
        JSON.stringify({
          answers: { overall: 4 },
          startedAt: '2026-02-02T10:00:00Z',
          completedAt: '2026-02-01T10:00:00Z',
        }),
      ].join('\n'),
      'JSONL',
    );
    expect(result.problems).toEqual([
      { row: 1, message: 'completedAt 2999-01-01T00:00:00Z is in the future.' },
      { row: 2, message: 'startedAt 2026-02-02T10:00:00Z is after completedAt.' },
    ]);
  });

  it('is named completed_at in CSV', async () => {
    const result = await importInline('overall,completed_at\n4,2999-01-01T00:00:00Z', 'CSV');
    expect(result.problems).toEqual([{ row: 2, message: 'completed_at 2999-01-01T00:00:00Z is in the future.' }]);
  });
});
