/**
 * The dashboard's comment list (issue 14): imported responses keep the completion time the file
 * gives, while their submission time is the import date; the list selects and orders them by
 * completion time, a page at a time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

let app: TestApp;
let t: Tenant;
let questionnaireId: string;
const IMPORT = `mutation($input: ImportResponsesInput!) { importResponses(input: $input) { status rowsStored problems { row message } } }`;
const COMMENTS = `query($filter: ResponseFilterInput!, $first: Int, $after: String) { responses(first: $first, after: $after, filter: $filter) {
  pageInfo { hasNextPage endCursor } edges { node { completedAt answers } } } }`;
const march = { completedFrom: '2026-03-01T00:00:00Z', completedTo: '2026-04-01T00:00:00Z' };

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Pension Fund');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, {
    pages: [
      {
        name: 'p1',
        elements: [
          { type: 'rating', name: 'overall', rateMin: 1, rateMax: 5 },
          { type: 'comment', name: 'why' },
        ],
      },
    ],
  });
  questionnaireId = q.id;
  const versionId = (await publish(t.admin, q.id)).id;
  // Paper forms filled in February and March, typed in today.
  const data = [
    'overall,why,completed_at',
    '4,Clear letter,2026-03-05T09:00:00Z',
    '2,Long wait on the phone,2026-03-20T09:00:00Z',
    '5,Friendly clerk,2026-03-12T09:00:00Z',
    '3,From February,2026-02-10T09:00:00Z',
  ].join('\n');
  const result = (
    await t.admin.ok(IMPORT, {
      input: { versionId, unitId: t.headOfficeId, format: 'CSV', mode: 'ALL_OR_NOTHING', data },
    })
  ).importResponses;
  expect(result).toMatchObject({ status: 'SUCCEEDED', rowsStored: 4 });
});
afterAll(() => app?.close());

const whys = (page: { edges: { node: { answers: { why: string } } }[] }) => page.edges.map((e) => e.node.answers.why);

describe('imported comments by completion time', () => {
  it('lists the imported comments completed in the period, newest completion first, a page at a time', async () => {
    // March holds 3 of the 4 rows: 20th, 12th, 5th in that order; February's is left out.
    const first = (await t.admin.ok(COMMENTS, { filter: { questionnaireId, ...march }, first: 2 })).responses;
    expect(whys(first)).toEqual(['Long wait on the phone', 'Friendly clerk']);
    expect(first.edges[0].node.completedAt).toBe('2026-03-20T09:00:00.000Z');
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (
      await t.admin.ok(COMMENTS, { filter: { questionnaireId, ...march }, first: 2, after: first.pageInfo.endCursor })
    ).responses;
    expect(whys(rest)).toEqual(['Clear letter']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('counts the whole selection only when totalCount is asked for', async () => {
    const counted = await t.admin.ok(
      `query($filter: ResponseFilterInput!) { responses(first: 1, filter: $filter) { totalCount edges { node { id } } } }`,
      { filter: { questionnaireId, ...march } },
    );
    expect(counted.responses.totalCount).toBe(3);
  });
});
