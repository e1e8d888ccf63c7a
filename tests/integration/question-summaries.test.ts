/**
 * Per-question summaries with no model (issue 14, Results): counts per answer, mean, top-2-box,
 * NPS and the latest texts of a published questionnaire, merged over its versions by name, over
 * the completed responses whose completion time falls in the period; small groups withheld.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

let app: TestApp;
let t: Tenant;
let questionnaireId: string;
const versions: string[] = [];
const units: Record<string, string> = {};

const SUMMARIES = `query($input: QuestionSummariesInput!) { questionSummaries(input: $input) { responseCount questions {
  name title kind n mean top2 nps withheldReason distribution { value label count share } texts { text completedAt unitName } } } }`;
const period = { from: '2026-03-01', to: '2026-04-01' };

const survey = (visit: string[], serviceTitle: string) => ({
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'rating', name: 'service', title: serviceTitle, rateMin: 1, rateMax: 5 },
        {
          type: 'radiogroup',
          name: 'visit',
          title: 'How did you contact us?',
          choices: visit.map((value) => ({ value, text: `By ${value}` })),
        },
        { type: 'checkbox', name: 'topics', title: 'What was it about?', choices: ['wait', 'staff', 'info'] },
        { type: 'boolean', name: 'again', title: 'Would you come again?' },
        { type: 'rating', name: 'recommend', title: 'Would you recommend us?', rateMin: 0, rateMax: 10 },
        { type: 'comment', name: 'remarks', title: 'Anything else?' },
      ],
    },
  ],
});

beforeAll(async () => {
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0' });
  t = await newTenant(app, 'Office');
  units.HO = t.headOfficeId;
  units.A = (await newUnit(t.admin, t.headOfficeId, 'A')).id;
  units.B = (await newUnit(t.admin, t.headOfficeId, 'B')).id;
  const q = await newQuestionnaire(t.admin, t.headOfficeId, survey(['desk', 'phone'], 'How was the service?'));
  questionnaireId = q.id;
  versions.push((await publish(t.admin, q.id, 'v1')).id);
  versions.push(
    (
      await publish(
        t.admin,
        q.id,
        'v2: online contact',
        survey(['desk', 'phone', 'online'], 'How was the service today?'),
      )
    ).id,
  );
  const db = app.orm.em.fork().getConnection();
  // Submitted now (as an import does); only the completion time places a response in the period.
  const insert = (
    unit: string,
    v: number,
    completed: string,
    answers: object,
    extra: { test?: boolean; excluded?: boolean; confidential?: boolean } = {},
  ) =>
    db.execute(
      `insert into response (id, organization_id, unit_id, questionnaire_id, questionnaire_version_id, channel, status, completed_at, submitted_at, is_test, excluded_at, answers, confidential)
       values (?, ?, ?, ?, ?, 'PAPER', 'COMPLETE', ?, now(), ?, ?, ?, ?)`,
      [
        randomUUID(),
        t.orgId,
        units[unit],
        q.id,
        versions[v],
        completed,
        extra.test ?? false,
        extra.excluded ? new Date() : null,
        JSON.stringify(answers),
        extra.confidential ?? false,
      ],
    );
  // Unit A, identified, in March: the five responses every count below is made of.
  await insert('A', 0, '2026-03-02T10:00:00Z', {
    service: 5,
    visit: 'desk',
    topics: ['wait', 'staff'],
    again: true,
    recommend: 10,
    remarks: 'Quick and kind',
  });
  await insert('A', 0, '2026-03-03T10:00:00Z', {
    service: 4,
    visit: 'phone',
    topics: ['wait'],
    again: true,
    recommend: 9,
    remarks: '   ',
  });
  await insert('A', 0, '2026-03-04T10:00:00Z', { service: 2, visit: 'desk', again: false, recommend: 6 });
  await insert('A', 1, '2026-03-05T10:00:00Z', {
    service: 5,
    visit: 'online',
    topics: ['info'],
    again: true,
    recommend: 7,
    remarks: 'Long queue',
  });
  await insert('A', 1, '2026-03-06T10:00:00Z', {
    service: 3,
    visit: 'online',
    topics: ['wait', 'info'],
    again: false,
    recommend: 8,
    remarks: 'Nobody answered',
  });
  // Never counted: excluded, a test, completed after the period.
  await insert('A', 1, '2026-03-07T10:00:00Z', { service: 1, remarks: 'excluded' }, { excluded: true });
  await insert('A', 1, '2026-03-08T10:00:00Z', { service: 1, remarks: 'test' }, { test: true });
  await insert('A', 1, '2026-04-01T00:00:00Z', { service: 1, remarks: 'April' });
  // Unit B: three confidential responses, fewer than the minimum group size (5).
  for (const service of [5, 4, 4]) await insert('B', 1, '2026-03-10T10:00:00Z', { service }, { confidential: true });
});
afterAll(() => app?.close());

const summaries = async (input: Record<string, unknown>) =>
  (await t.admin.ok(SUMMARIES, { input: { questionnaireId, ...period, ...input } })).questionSummaries;
const byName = (s: { questions: { name: string }[] }) =>
  Object.fromEntries(s.questions.map((q) => [q.name, q])) as Record<string, any>;
const counts = (q: { distribution: { value: unknown; count: number }[] }) =>
  q.distribution.map((d) => [d.value, d.count]);

describe('per-question summaries without a model', () => {
  it('counts every question of every version by name, over the responses completed in the period', async () => {
    const s = await summaries({ unitId: units.A });
    expect(s.responseCount).toBe(5);
    const q = byName(s);
    expect(s.questions.map((x: { name: string }) => x.name)).toEqual([
      'service',
      'visit',
      'topics',
      'again',
      'recommend',
      'remarks',
    ]);
    // service 5, 4, 2, 5, 3: mean 19 / 5 = 3.8; top-2-box (4 and 5) 3 / 5 = 0.6. Title of v2.
    expect(q.service).toMatchObject({
      kind: 'RATING',
      n: 5,
      title: 'How was the service today?',
      withheldReason: null,
    });
    expect(counts(q.service)).toEqual([
      [1, 0],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 2],
    ]);
    expect(q.service.mean).toBeCloseTo(3.8, 10);
    expect(q.service.top2).toBeCloseTo(0.6, 10);
    expect(q.service.nps).toBeNull();
    // visit: desk 2, phone 1, online 2 (a choice only v2 has).
    expect(counts(q.visit)).toEqual([
      ['desk', 2],
      ['phone', 1],
      ['online', 2],
    ]);
    expect(q.visit.distribution.map((d: { label: string }) => d.label)).toEqual(['By desk', 'By phone', 'By online']);
    expect(q.visit.mean).toBeNull();
    // topics (multi-select) answered by 4: wait 3 (0.75), staff 1 (0.25), info 2 (0.5).
    expect(q.topics).toMatchObject({ kind: 'MULTI_CHOICE', n: 4 });
    expect(q.topics.distribution.map((d: { share: number }) => d.share)).toEqual([0.75, 0.25, 0.5]);
    // again: yes 3, no 2; under five points the top-2-box is the top point: 3 / 5 = 0.6.
    expect(counts(q.again)).toEqual([
      [true, 3],
      [false, 2],
    ]);
    expect(q.again.top2).toBeCloseTo(0.6, 10);
    // recommend 10, 9, 6, 7, 8: promoters 2 (40 %), detractors 1 (20 %): NPS 20; mean 40 / 5 = 8; top-2 (9, 10) 0.4.
    expect(q.recommend.nps).toBeCloseTo(20, 10);
    expect(q.recommend.mean).toBeCloseTo(8, 10);
    expect(q.recommend.top2).toBeCloseTo(0.4, 10);
    // remarks: 3 non-blank texts, newest completion first; never the excluded, test or April ones.
    expect(q.remarks).toMatchObject({ kind: 'TEXT', n: 3, distribution: [] });
    expect(q.remarks.texts.map((x: { text: string }) => x.text)).toEqual([
      'Nobody answered',
      'Long queue',
      'Quick and kind',
    ]);
    expect(q.remarks.texts[0]).toMatchObject({ unitName: 'Unit A', completedAt: '2026-03-06T10:00:00.000Z' });
  });

  it('bounds the texts and applies the filters', async () => {
    const s = byName(await summaries({ unitId: units.A, texts: 2 }));
    expect(s.remarks.texts.map((x: { text: string }) => x.text)).toEqual(['Nobody answered', 'Long queue']);
    // Version 1 only: service 5, 4, 2 → mean 11 / 3.
    const v1 = await summaries({ unitId: units.A, filters: { questionnaireVersionId: versions[0] } });
    expect(v1.responseCount).toBe(3);
    expect(byName(v1).service.mean).toBeCloseTo(11 / 3, 10);
    expect(counts(byName(v1).visit)).toEqual([
      ['desk', 2],
      ['phone', 1],
      ['online', 0],
    ]);
  });

  it('withholds a question fewer than 5 answered when confidential responses are in scope', async () => {
    const b = byName(await summaries({ unitId: units.B }));
    expect(b.service).toMatchObject({ n: 3, distribution: [], mean: null, top2: null });
    expect(b.service.withheldReason).toMatch(/Fewer than 5 answers/);
    // Head office: A's 5 and B's 3 → service over 8 is shown: 2:1, 3:1, 4:3, 5:3, mean (19 + 13) / 8 = 4;
    // remarks (3 texts, all from A) stay withheld since confidential responses are in scope.
    const ho = byName(await summaries({ unitId: units.HO }));
    expect(counts(ho.service)).toEqual([
      [1, 0],
      [2, 1],
      [3, 1],
      [4, 3],
      [5, 3],
    ]);
    expect(ho.service.mean).toBeCloseTo(4, 10);
    expect(ho.remarks).toMatchObject({ n: 3, texts: [] });
    expect(ho.remarks.withheldReason).toMatch(/confidential/);
  });

  it('refuses an unpublished questionnaire and a bad period, saying why', async () => {
    const draft = await newQuestionnaire(t.admin, t.headOfficeId, survey(['desk'], 'Draft'));
    const res = await t.admin.request(SUMMARIES, { input: { questionnaireId: draft.id, unitId: units.A, ...period } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/no published version/);
    const bad = await t.admin.request(SUMMARIES, {
      input: { questionnaireId, unitId: units.A, from: '2026-04-01', to: '2026-03-01' },
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
