import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../support/factories.js';
import type { GraphQLClient } from '../support/client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../support/questionnaires.js';

/*
 * One import carrying unit, channel and questionnaire_version columns: a year of a whole
 * organisation in one file. Counts below are written by hand from the files.
 */

let app: TestApp;
let t: Tenant;
let questionnaireId: string;
let v1: string;
let b1: { id: string; code: string };

const IMPORT = `mutation($input: ImportResponsesInput!) { importResponses(input: $input) {
  status rowsRead rowsStored rowsInvalid message problems { row question message } } }`;

async function importInline(client: GraphQLClient, input: Record<string, unknown>) {
  return (await client.ok(IMPORT, { input: { mode: 'ALL_OR_NOTHING', format: 'CSV', ...input } })).importResponses;
}

/** unit code / version number / channel / entered-by-someone → count, for one questionnaire. */
async function counts(qid: string): Promise<string[]> {
  const rows = await app.orm.em
    .fork()
    .getConnection()
    .execute(
      `select u.code, v.number, r.channel, r.entered_by is not null entered, count(*)::int n
       from response r join org_unit u on u.id = r.unit_id
       join questionnaire_version v on v.id = r.questionnaire_version_id
      where r.questionnaire_id = ? group by 1, 2, 3, 4 order by 1, 2, 3`,
      [qid],
    );
  return rows.map((r: any) => `${r.code} v${r.number} ${r.channel}${r.entered ? ' entered' : ''}: ${r.n}`);
}

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Insurer');
  b1 = await newUnit(t.admin, t.headOfficeId, 'B1');
  await newUnit(t.admin, t.headOfficeId, 'B2');
  await newUnit(t.admin, b1.id, 'S1', 'SUB_BRANCH');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'));
  questionnaireId = q.id;
  v1 = (await publish(t.admin, q.id, 'first')).id;
  await publish(t.admin, q.id, 'adds courtesy', ratingSurvey('speed', 'courtesy'));
  // Another organisation with a unit coded X9: its code means nothing here.
  const other = await newTenant(app, 'Other insurer');
  await newUnit(other.admin, other.headOfficeId, 'X9');
});
afterAll(() => app?.close());

describe('an import whose rows name their unit, channel and questionnaire version', () => {
  it('loads a multi-unit, multi-version, multi-channel CSV in one import', async () => {
    const head = (
      await app.orm.em.fork().getConnection().execute(`select code from org_unit where id = ?`, [t.headOfficeId])
    )[0].code;
    const data = [
      'unit,channel,questionnaire_version,speed,courtesy,completed_at',
      'B1,PAPER,1,4,,2026-01-10T10:00:00Z',
      'B1,phone,2,5,3,2026-02-10T10:00:00Z',
      'B1,PHONE,2,4,4,2026-02-11T10:00:00Z',
      'B2,WEB_LINK,2,2,4,2026-03-10T10:00:00Z',
      'B2,,1,3,,2026-04-10T10:00:00Z', // the import's channel (KIOSK here)
      ',SMS,2,1,1,2026-05-10T10:00:00Z', // the import's unit (head office)
      'S1,EMAIL,,5,,2026-06-10T10:00:00Z', // the import's version (1)
    ].join('\n');
    const result = await importInline(t.admin, { versionId: v1, unitId: t.headOfficeId, channel: 'KIOSK', data });
    expect(result).toMatchObject({ status: 'SUCCEEDED', rowsRead: 7, rowsStored: 7, problems: [] });
    expect(await counts(questionnaireId)).toEqual([
      'B1 v1 PAPER entered: 1',
      'B1 v2 PHONE entered: 2',
      'B2 v1 KIOSK: 1',
      'B2 v2 WEB_LINK: 1',
      `${head} v2 SMS: 1`,
      'S1 v1 EMAIL: 1',
    ]);
    const answers = await app.orm.em
      .fork()
      .getConnection()
      .execute(
        `select r.answers from response r join org_unit u on u.id = r.unit_id
        where r.questionnaire_id = ? and u.code = 'B2' and r.channel = 'WEB_LINK'`,
        [questionnaireId],
      );
    expect(answers[0].answers).toEqual({ speed: 2, courtesy: 4 });
  });

  it('loads the same from JSON lines, with the fields spelt unit, channel, questionnaireVersion', async () => {
    const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'));
    const first = (await publish(t.admin, q.id, 'first')).id;
    await publish(t.admin, q.id, 'adds courtesy', ratingSurvey('speed', 'courtesy'));
    const data = [
      { answers: { speed: 4 }, unit: 'B1', channel: 'IVR', questionnaireVersion: 1 },
      { answers: { speed: 4, courtesy: 2 }, unit: 'B2', channel: 'API', questionnaireVersion: '2' },
      { answers: { speed: 1, courtesy: 2 }, unit: 'B2', channel: 'API', questionnaireVersion: 2 },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const result = await importInline(t.admin, {
      versionId: first,
      unitId: t.headOfficeId,
      format: 'JSONL',
      data,
    });
    expect(result).toMatchObject({ status: 'SUCCEEDED', rowsStored: 3 });
    expect(await counts(q.id)).toEqual(['B1 v1 IVR: 1', 'B2 v2 API: 2']);
  });

  it('names the row and the field as the file spells it when a unit, channel or version is wrong', async () => {
    const csv = [
      'unit,channel,questionnaire_version,speed,courtesy',
      'B9,PAPER,1,4,', // no such unit
      'X9,PAPER,1,4,', // another organisation's unit
      'B1,FAX,1,4,', // no such channel
      'B1,PAPER,7,4,', // no such version
      'B1,PAPER,1,4,2', // version 1 does not ask courtesy
      'B1,PAPER,2,4,2', // fine
    ].join('\n');
    const result = await importInline(t.admin, {
      versionId: v1,
      unitId: t.headOfficeId,
      mode: 'SKIP_INVALID',
      data: csv,
    });
    expect(result).toMatchObject({ status: 'SUCCEEDED', rowsRead: 6, rowsStored: 1, rowsInvalid: 5 });
    const notYours = 'which is not a unit you may import into (no unit has this code, or it is outside your part';
    expect(result.problems.map((p: any) => p.message)).toEqual([
      expect.stringMatching(new RegExp(`^Row 2 has unit "B9", ${notYours.replace(/[()]/g, '\\$&')}`)),
      expect.stringMatching(new RegExp(`^Row 3 has unit "X9", ${notYours.replace(/[()]/g, '\\$&')}`)),
      expect.stringMatching(/^Row 4 has channel "FAX", which is not one of WEB_LINK, .*PAPER\.$/),
      expect.stringMatching(/^Row 5 has questionnaire_version "7", which is not a published version/),
      'Row 6 has values in courtesy, which version 1 of the questionnaire does not ask.',
    ]);
    const jsonl = JSON.stringify({ answers: { speed: 3 }, unit: 'B1', questionnaireVersion: 7 });
    const jl = await importInline(t.admin, {
      versionId: v1,
      unitId: t.headOfficeId,
      format: 'JSONL',
      data: jsonl,
    });
    expect(jl.status).toBe('FAILED');
    expect(jl.problems[0].message).toMatch(/^Row 1 has questionnaireVersion "7", which is not a published version/);
  });

  it('a branch author cannot load rows for units outside their subtree', async () => {
    const author = await newUserWithRole(app, t, 'AUTHOR', b1.id);
    const q = await newQuestionnaire(author, b1.id, ratingSurvey('speed'));
    const version = (await publish(author, q.id, 'first')).id;
    const data = ['unit,speed', 'B1,4', 'S1,5', 'B2,3'].join('\n');
    const refused = await importInline(author, { versionId: version, unitId: b1.id, data });
    expect(refused).toMatchObject({ status: 'FAILED', rowsRead: 3, rowsStored: 0, rowsInvalid: 1 });
    expect(refused.problems).toEqual([
      expect.objectContaining({ row: 4, message: expect.stringMatching(/^Row 4 has unit "B2", which is not a unit/) }),
    ]);
    expect(await counts(q.id)).toEqual([]);
    // Inside the subtree (the branch and its sub-branch), the same file without B2 loads.
    const ok = await importInline(author, { versionId: version, unitId: b1.id, data: 'unit,speed\nB1,4\nS1,5' });
    expect(ok).toMatchObject({ status: 'SUCCEEDED', rowsStored: 2 });
    expect(await counts(q.id)).toEqual(['B1 v1 PAPER entered: 1', 'S1 v1 PAPER entered: 1']);
  });
});
