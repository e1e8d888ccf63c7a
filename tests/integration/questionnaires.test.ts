import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  DIFF,
  FIXTURES,
  PUBLISH,
  fixture,
  newQuestionnaire,
  publish,
  ratingSurvey,
  saveDraft,
} from '../support/questionnaires.js';

let app: TestApp;
let t: Tenant;

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Pension Fund');
});
afterAll(() => app?.close());

const versionCount = async (questionnaireId: string) =>
  Number(
    (
      await app.orm.em
        .fork()
        .getConnection()
        .execute(`select count(*) n from questionnaire_version where questionnaire_id = ?`, [questionnaireId])
    )[0].n,
  );

describe('fixtures round-trip draft → publish → diff unchanged', () => {
  for (const name of FIXTURES) {
    it(name, async () => {
      const definition = fixture(name);
      const q = await newQuestionnaire(t.admin, t.headOfficeId);
      const saved = await saveDraft(t.admin, q.id, q.draftRevision, definition);
      expect(saved.problems).toEqual([]);
      const version = await publish(t.admin, q.id, 'First version');
      expect(version.number).toBe(1);
      const read = await t.admin.ok(`query($id: ID!) { questionnaireVersion(id: $id) { definition } }`, {
        id: version.id,
      });
      // Exactly as authored, including key order.
      expect(JSON.stringify(read.questionnaireVersion.definition)).toBe(JSON.stringify(definition));
      const diff = await t.admin.ok(DIFF, { from: version.id, to: version.id });
      expect(diff.questionnaireVersionDiff).toMatchObject({ added: [], removed: [], changed: [] });
      expect(diff.questionnaireVersionDiff.unchangedCount).toBeGreaterThan(3);
    });
  }

  it('records languages, question count and a hash of the canonical JSON', async () => {
    const definition = fixture('court-users');
    const q = await newQuestionnaire(t.admin, t.headOfficeId, definition);
    const version = (await t.admin.ok(PUBLISH, { input: { questionnaireId: q.id, changelog: 'v1' } }))
      .publishQuestionnaire;
    expect(version.languages).toEqual(['en', 'uk', 'zh-cn']);
    expect(version.questionCount).toBe(5);
    const canonical = (v: unknown): string =>
      Array.isArray(v)
        ? `[${v.map(canonical).join(',')}]`
        : v && typeof v === 'object'
          ? `{${Object.keys(v)
              .sort()
              .map((k) => `${JSON.stringify(k)}:${canonical((v as any)[k])}`)
              .join(',')}}`
          : JSON.stringify(v);
    expect(version.contentHash).toBe(createHash('sha256').update(canonical(definition)).digest('hex'));
  });
});

describe('drafts and versions', () => {
  it('refuses a save against a stale revision, naming who saved, and overwrites nothing', async () => {
    const q = await newQuestionnaire(t.admin, t.headOfficeId);
    const first = await saveDraft(t.admin, q.id, 1, ratingSurvey('speed'));
    expect(first.questionnaire.draftRevision).toBe(2);
    const error = await t.admin.fails(
      `mutation { saveQuestionnaireDraft(input: { questionnaireId: "${q.id}", expectedRevision: 1, definition: { pages: [] } }) { problems { message } } }`,
    );
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.currentRevision).toBe(2);
    expect(error.message).toMatch(/saved by Pension Fund admin/);
    const now = await t.admin.ok(`{ questionnaire(id: "${q.id}") { draftRevision draft } }`);
    expect(now.questionnaire).toEqual({ draftRevision: 2, draft: ratingSurvey('speed') });
  });

  it('lets exactly one of two simultaneous saves of one revision win', async () => {
    const q = await newQuestionnaire(t.admin, t.headOfficeId);
    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((n) =>
        t.admin.request(
          `mutation($d: JSON!) { saveQuestionnaireDraft(input: { questionnaireId: "${q.id}", expectedRevision: 1, definition: $d }) { questionnaire { draftRevision } } }`,
          { d: ratingSurvey(n) },
        ),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(3);
  });

  it('publishes consecutive numbers under a race: many parallel publishes, no duplicates, no gaps', async () => {
    const q = await newQuestionnaire(t.admin, t.headOfficeId);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.admin.request(PUBLISH, {
          input: { questionnaireId: q.id, changelog: `race ${i}`, definition: ratingSurvey(`q${i}`) },
        }),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(Array(12).fill(undefined));
    const numbers = results.map((r) => r.data!.publishQuestionnaire.number).sort((a: number, b: number) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const listed = await t.admin.ok(`{ questionnaire(id: "${q.id}") { latestVersionNumber versions { number } } }`);
    expect(listed.questionnaire.latestVersionNumber).toBe(12);
    expect(listed.questionnaire.versions.map((v: any) => v.number)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('refuses to publish a draft identical to the latest version', async () => {
    const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'));
    await publish(t.admin, q.id);
    const error = await t.admin.fails(PUBLISH, { input: { questionnaireId: q.id } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/identical to version 1/);
    expect(await versionCount(q.id)).toBe(1);
  });

  it('keeps versions immutable: a new draft and a new version leave version 1 as it was', async () => {
    const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'));
    const v1 = await publish(t.admin, q.id, 'v1');
    await saveDraft(t.admin, q.id, 1, ratingSurvey('speed', 'courtesy'));
    const v2 = await publish(t.admin, q.id, 'v2');
    const read = await t.admin.ok(
      `{ a: questionnaireVersion(id: "${v1.id}") { definition contentHash changelog } b: questionnaireVersion(id: "${v2.id}") { number author { displayName } } }`,
    );
    expect(read.a).toEqual({ definition: ratingSurvey('speed'), contentHash: v1.contentHash, changelog: 'v1' });
    expect(read.b).toEqual({ number: 2, author: { displayName: 'Pension Fund admin' } });
  });

  it('retires and restores a version without touching its content', async () => {
    const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'));
    const v1 = await publish(t.admin, q.id);
    const retired = await t.admin.ok(
      `mutation { retireQuestionnaireVersion(id: "${v1.id}") { retiredAt contentHash } }`,
    );
    expect(retired.retireQuestionnaireVersion.retiredAt).not.toBeNull();
    expect(retired.retireQuestionnaireVersion.contentHash).toBe(v1.contentHash);
    const restored = await t.admin.ok(`mutation { restoreQuestionnaireVersion(id: "${v1.id}") { retiredAt } }`);
    expect(restored.restoreQuestionnaireVersion.retiredAt).toBeNull();
  });

  it('restores a draft from an old version, but not from another questionnaire’s version', async () => {
    const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'));
    const v1 = await publish(t.admin, q.id);
    await saveDraft(t.admin, q.id, 1, ratingSurvey('other'));
    const restored = await t.admin.ok(
      `mutation { restoreDraftFromVersion(questionnaireId: "${q.id}", versionId: "${v1.id}", expectedRevision: 2) { draft draftRevision } }`,
    );
    expect(restored.restoreDraftFromVersion).toEqual({ draft: ratingSurvey('speed'), draftRevision: 3 });
    const other = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('x'));
    const error = await t.admin.fails(
      `mutation { restoreDraftFromVersion(questionnaireId: "${other.id}", versionId: "${v1.id}", expectedRevision: 1) { id } }`,
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/belongs to another questionnaire/);
  });
});

describe('validation of SurveyJS definitions', () => {
  it('reports every problem at once, each with its element name and path', async () => {
    const definition = {
      pages: [
        {
          name: 'p1',
          elements: [
            { type: 'rating', name: 'speed', rateMin: 5, rateMax: 1 },
            { type: 'stars', name: 'mystery' },
            { type: 'radiogroup', name: 'channel', choices: ['phone', 'web', 'phone'] },
            { type: 'panel', name: 'details', elements: [{ type: 'text', name: 'speed' }] },
            {
              type: 'paneldynamic',
              name: 'visits',
              templateElements: [{ type: 'comment', name: 'channel', visibleIf: '{speed} >' }],
            },
            { type: 'matrix', name: 'grid', columns: [1, 2, 2], rows: ['a', 'a'] },
          ],
        },
      ],
    };
    const q = await newQuestionnaire(t.admin, t.headOfficeId);
    const saved = await saveDraft(t.admin, q.id, 1, definition);
    const problems = saved.problems.map((p) => `${p.element} @ ${p.path}: ${p.message}`);
    expect(problems).toEqual([
      'speed @ pages[0].elements[0]: The rating range is empty: rateMin (5) must be below rateMax (1).',
      'mystery @ pages[0].elements[1]: Unknown element type "stars".',
      'channel @ pages[0].elements[2].choices[2]: Value "phone" appears twice in "choices".',
      'speed @ pages[0].elements[3].elements[0]: The name "speed" is already used at pages[0].elements[0]; names must be unique in the whole survey.',
      'channel @ pages[0].elements[4].templateElements[0]: The name "channel" is already used at pages[0].elements[2]; names must be unique in the whole survey.',
      'channel @ pages[0].elements[4].templateElements[0].visibleIf: The expression "{speed} >" does not parse (it ends too early).',
      'grid @ pages[0].elements[5].rows[1]: Value "a" appears twice in "rows".',
      'grid @ pages[0].elements[5].columns[2]: Column value "2" appears twice.',
    ]);
    const error = await t.admin.fails(PUBLISH, { input: { questionnaireId: q.id } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect((error.extensions?.problems as unknown[]).length).toBe(8);
    expect(await versionCount(q.id)).toBe(0);
  });

  it('refuses malformed JSON, JSON that is not a survey, and oversized definitions with clear messages', async () => {
    const q = await newQuestionnaire(t.admin, t.headOfficeId);
    const save = (definition: unknown) =>
      t.admin.fails(
        `mutation($d: JSON!) { saveQuestionnaireDraft(input: { questionnaireId: "${q.id}", expectedRevision: 1, definition: $d }) { problems { message } } }`,
        { d: definition },
      );
    expect((await save('{"pages": [')).message).toMatch(/not valid JSON/);
    expect((await save([1, 2, 3])).message).toMatch(/must be a SurveyJS JSON object/);
    expect((await save({ title: 'Hello', questions: 3 })).message).toMatch(/neither a "pages" nor an "elements" array/);
    const huge = { pages: [{ name: 'p', elements: [{ type: 'html', name: 'h', html: 'x'.repeat(5 * 1024 * 1024) }] }] };
    const tooBig = await save(huge);
    expect(tooBig.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooBig.message).toMatch(/is 5\.0 MB; the limit is 2\.0 MB/);
    const now = await t.admin.ok(`{ questionnaire(id: "${q.id}") { draftRevision } }`);
    expect(now.questionnaire.draftRevision).toBe(1);
  });

  it('answers an over-large request in GraphQL’s error shape', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { kind } }', pad: 'x'.repeat(9 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].message).toMatch(/larger than 8mb/);
  });
});

describe('diff', () => {
  it('lists added, removed and changed questions with before and after', async () => {
    const v1Def = {
      pages: [
        {
          name: 'p1',
          elements: [
            { type: 'rating', name: 'speed', title: 'How fast?', rateMin: 1, rateMax: 5 },
            {
              type: 'radiogroup',
              name: 'channel',
              choices: [
                { value: 'phone', text: 'Phone' },
                { value: 'web', text: 'Web' },
              ],
              isRequired: true,
            },
            { type: 'comment', name: 'remarks' },
          ],
        },
        {
          name: 'p2',
          elements: [
            { type: 'text', name: 'age', visibleIf: '{speed} > 2', validators: [{ type: 'numeric', minValue: 0 }] },
          ],
        },
      ],
    };
    const v2Def = {
      pages: [
        {
          name: 'p1',
          elements: [
            { type: 'rating', name: 'speed', title: 'How fast was the service?', rateMin: 1, rateMax: 10 },
            {
              type: 'radiogroup',
              name: 'channel',
              choices: [
                { value: 'phone', text: 'Telephone' },
                { value: 'counter', text: 'Counter' },
              ],
            },
            { type: 'boolean', name: 'resolved' },
          ],
        },
        {
          name: 'p2',
          elements: [
            {
              type: 'text',
              name: 'age',
              visibleIf: '{speed} > 5',
              enableIf: '{resolved} = true',
              validators: [{ type: 'numeric', minValue: 18 }],
            },
          ],
        },
      ],
    };
    const q = await newQuestionnaire(t.admin, t.headOfficeId, v1Def);
    const v1 = await publish(t.admin, q.id);
    const v2 = await publish(t.admin, q.id, 'v2', v2Def);
    const { questionnaireVersionDiff: diff } = await t.admin.ok(DIFF, { from: v1.id, to: v2.id });
    expect(diff.from.number).toBe(1);
    expect(diff.to.number).toBe(2);
    expect(diff.added).toEqual([{ name: 'resolved', type: 'boolean', page: 'p1' }]);
    expect(diff.removed).toEqual([{ name: 'remarks', type: 'comment', page: 'p1' }]);
    const changes = Object.fromEntries(diff.changed.map((c: any) => [c.name, c.changes]));
    expect(changes.speed).toEqual([
      { aspect: 'TITLE', property: 'title', before: 'How fast?', after: 'How fast was the service?' },
      {
        aspect: 'RATE_RANGE',
        property: 'rate',
        before: { rateMin: 1, rateMax: 5 },
        after: { rateMin: 1, rateMax: 10 },
      },
    ]);
    expect(changes.channel).toEqual([
      { aspect: 'CHOICES_ADDED', property: 'choices', before: null, after: [{ value: 'counter', text: 'Counter' }] },
      { aspect: 'CHOICES_REMOVED', property: 'choices', before: [{ value: 'web', text: 'Web' }], after: null },
      {
        aspect: 'CHOICES_RELABELLED',
        property: 'choices',
        before: [{ value: 'phone', text: 'Phone' }],
        after: [{ value: 'phone', text: 'Telephone' }],
      },
      { aspect: 'REQUIRED', property: 'isRequired', before: true, after: false },
    ]);
    expect(changes.age.map((c: any) => c.aspect)).toEqual(['VALIDATORS', 'VISIBLE_IF', 'ENABLE_IF']);
  });

  it('reports a question moved to another page', async () => {
    const q = await newQuestionnaire(t.admin, t.headOfficeId, {
      pages: [
        { name: 'a', elements: [{ type: 'text', name: 'x' }] },
        { name: 'b', elements: [] },
      ],
    });
    const v1 = await publish(t.admin, q.id);
    const v2 = await publish(t.admin, q.id, 'move', {
      pages: [
        { name: 'a', elements: [] },
        { name: 'b', elements: [{ type: 'text', name: 'x' }] },
      ],
    });
    const { questionnaireVersionDiff: diff } = await t.admin.ok(DIFF, { from: v1.id, to: v2.id });
    expect(diff.changed).toEqual([
      { name: 'x', page: 'b', changes: [{ aspect: 'PAGE', property: 'page', before: 'a', after: 'b' }] },
    ]);
  });

  it('refuses to diff versions of unrelated questionnaires', async () => {
    const a = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('a'));
    const b = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('b'));
    const [va, vb] = [await publish(t.admin, a.id), await publish(t.admin, b.id)];
    const error = await t.admin.fails(DIFF, { from: va.id, to: vb.id });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/unrelated questionnaires/);
  });
});

describe('listing and permissions', () => {
  it('filters by unit subtree, status and text', async () => {
    const branch = await newUnit(t.admin, t.headOfficeId, 'LIST-BR');
    const draftOnly = await newQuestionnaire(t.admin, branch.id, ratingSurvey('a'), 'Counter survey Kyiv');
    const published = await newQuestionnaire(t.admin, branch.id, ratingSurvey('a'), 'Phone survey Kyiv');
    await publish(t.admin, published.id);
    const list = async (filter: Record<string, unknown>) =>
      (
        await t.admin.ok(
          `query($f: QuestionnaireFilterInput) { questionnaires(filter: $f) { totalCount edges { node { id status } } } }`,
          { f: filter },
        )
      ).questionnaires;
    const under = await list({ under: branch.id });
    expect(under.totalCount).toBe(2);
    expect(under.edges[0].node.id).toBe(published.id);
    expect((await list({ under: branch.id, status: 'DRAFT' })).edges.map((e: any) => e.node.id)).toEqual([
      draftOnly.id,
    ]);
    expect((await list({ search: 'phone survey' })).edges.map((e: any) => e.node.id)).toEqual([published.id]);
    await t.admin.ok(`mutation { archiveQuestionnaire(id: "${draftOnly.id}") { status } }`);
    expect((await list({ under: branch.id, status: 'ARCHIVED' })).edges.map((e: any) => e.node.id)).toEqual([
      draftOnly.id,
    ]);
  });

  it('authors edit in their subtree, analysts only read, other organisations see nothing', async () => {
    const north = await newUnit(t.admin, t.headOfficeId, 'Q-NORTH');
    const south = await newUnit(t.admin, t.headOfficeId, 'Q-SOUTH');
    const author = await newUserWithRole(app, t, 'AUTHOR', north.id);
    const analyst = await newUserWithRole(app, t, 'ANALYST', t.headOfficeId);
    const mine = await newQuestionnaire(author, north.id, ratingSurvey('a'));
    await publish(author, mine.id);
    const elsewhere = await newQuestionnaire(t.admin, south.id, ratingSurvey('b'));
    expect(
      (await author.fails(`mutation { createQuestionnaire(input: { unitId: "${south.id}", title: "x" }) { id } }`))
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await author.fails(`{ questionnaire(id: "${elsewhere.id}") { title } }`)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await analyst.ok(`{ questionnaire(id: "${mine.id}") { title } }`)).questionnaire.title).toBe(
      'Satisfaction survey',
    );
    expect(
      (
        await analyst.fails(
          `mutation { saveQuestionnaireDraft(input: { questionnaireId: "${mine.id}", expectedRevision: 1, definition: { pages: [] } }) { problems { message } } }`,
        )
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    const other = await newTenant(app, 'Other court');
    expect((await other.admin.fails(`{ questionnaire(id: "${mine.id}") { title } }`)).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await other.admin.ok(`{ questionnaires { totalCount } }`)).questionnaires.totalCount).toBe(0);
  });
});
