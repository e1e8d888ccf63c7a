import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../../support/questionnaires.js';
import { createDistribution, requestId, SUBMIT } from '../../support/distribution.js';

let app: TestApp;
let t: Tenant;
let questionnaireId: string;
let branch: { id: string; code: string };

const submit = (token: string, answers: Record<string, unknown> = { speed: 4 }, client = app.client()) =>
  client.request(SUBMIT, { input: { token, answers, clientRequestId: requestId() } });
const responsesOf = async (channel?: string) =>
  (
    await t.admin.ok(
      `query($f: ResponseFilterInput) { responses(filter: $f) { totalCount edges { node { channel category questionnaireVersion { number } } } } }`,
      { f: channel ? { channel } : {} },
    )
  ).responses;

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Social Security');
  branch = await newUnit(t.admin, t.headOfficeId, 'KYIV');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'), 'Visit survey');
  questionnaireId = q.id;
  await publish(t.admin, q.id, 'v1');
});
afterAll(() => app?.close());

describe('distributions', () => {
  it('a web link per unit, with QR codes and embed snippets, collects responses counted under the distribution', async () => {
    const d = await createDistribution(t.admin, {
      name: 'Counter poster',
      questionnaireId,
      channel: 'WEB_LINK',
      unitIds: [t.headOfficeId, branch.id],
      respondentCategory: 'insured',
    });
    expect(d).toMatchObject({ status: 'ACTIVE', anonymity: 'ANONYMOUS', versionId: null, completedCount: 0 });
    expect(d.links).toHaveLength(2);
    const link = d.links.find((l: any) => l.unit.code === 'KYIV');
    expect(link.url).toBe(`${app.url}/r/${link.token}`);
    const svg = await fetch(link.qrCodeSvgUrl);
    expect(svg.headers.get('content-type')).toMatch(/svg/);
    expect(await svg.text()).toMatch(/^<svg/);
    const png = Buffer.from(await (await fetch(link.qrCodePngUrl)).arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(link.embedHtml).toContain(`<iframe src="${link.url}?embed=1"`);
    expect(link.embedScript).toContain(`${app.url}/api/embed.js`);
    expect(await (await fetch(`${app.url}/api/embed.js`)).text()).toContain('iframe');

    expect((await submit(link.token)).errors).toBeUndefined();
    const stored = await responsesOf('WEB_LINK');
    expect(stored.totalCount).toBe(1);
    expect(stored.edges[0].node.category).toBe('insured');
    const again = await t.admin.ok(`query($id: ID!) { distribution(id: $id) { completedCount stats { responses } } }`, {
      id: d.id,
    });
    expect(again.distribution).toEqual({ completedCount: 1, stats: { responses: 1 } });
    const list = await t.admin.ok(
      `{ distributions(filter: { channel: WEB_LINK }) { totalCount edges { node { id name units { code } } } } }`,
    );
    expect(list.distributions.edges.map((e: any) => e.node.id)).toContain(d.id);
  });

  it('an EMBED distribution gives a snippet whose survey collects responses under EMBED', async () => {
    const d = await createDistribution(t.admin, {
      name: 'Agency website',
      questionnaireId,
      channel: 'EMBED',
      unitIds: [branch.id],
    });
    const [link] = d.links;
    const src = /<iframe src="([^"]+)"/.exec(link.embedHtml)![1];
    expect(src).toBe(`${link.url}?embed=1`);
    const token = decodeURIComponent(new URL(src).pathname.split('/r/')[1]);
    expect((await submit(token, { speed: 3 })).errors).toBeUndefined();
    expect((await responsesOf('EMBED')).totalCount).toBe(1);
  });

  it('follows the latest published version unless one is pinned', async () => {
    const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('a'), 'Versions');
    const v1 = await publish(t.admin, q.id, 'v1');
    const latest = await createDistribution(t.admin, {
      name: 'latest',
      questionnaireId: q.id,
      channel: 'KIOSK',
      unitIds: [t.headOfficeId],
    });
    const pinned = await createDistribution(t.admin, {
      name: 'pinned',
      questionnaireId: q.id,
      versionId: v1.id,
      channel: 'KIOSK',
      unitIds: [t.headOfficeId],
    });
    await publish(t.admin, q.id, 'v2', ratingSurvey('a', 'b'));
    const survey = async (token: string) =>
      (await app.client().ok(`query($t: String!) { surveyByToken(token: $t) { versionNumber channel } }`, { t: token }))
        .surveyByToken;
    expect(await survey(latest.links[0].token)).toEqual({ versionNumber: 2, channel: 'KIOSK' });
    expect(await survey(pinned.links[0].token)).toEqual({ versionNumber: 1, channel: 'KIOSK' });
    expect((await submit(latest.links[0].token, { a: 1, b: 2 })).errors).toBeUndefined();
    expect((await submit(pinned.links[0].token, { a: 1, b: 2 })).errors?.[0].message).toMatch(/"b"/);
  });

  it('offers only the distribution’s languages', async () => {
    const q = await newQuestionnaire(
      t.admin,
      t.headOfficeId,
      {
        pages: [
          {
            name: 'p',
            elements: [
              { type: 'rating', name: 'a', title: { default: 'How fast?', uk: 'Як швидко?', 'zh-cn': '多快？' } },
            ],
          },
        ],
      },
      'Languages',
    );
    await publish(t.admin, q.id, 'v1');
    const all = await createDistribution(t.admin, {
      name: 'all',
      questionnaireId: q.id,
      channel: 'WEB_LINK',
      unitIds: [t.headOfficeId],
    });
    const uk = await createDistribution(t.admin, {
      name: 'uk',
      questionnaireId: q.id,
      channel: 'WEB_LINK',
      unitIds: [t.headOfficeId],
      languages: ['uk'],
    });
    const languages = async (token: string) =>
      (await app.client().ok(`query($t: String!) { surveyByToken(token: $t) { languages } }`, { t: token }))
        .surveyByToken.languages;
    expect(await languages(all.links[0].token)).toEqual(['en', 'uk', 'zh-cn']);
    expect(await languages(uk.links[0].token)).toEqual(['uk']);
  });

  it('refuses responses when paused, closed, outside the window or over quota, in words a respondent understands', async () => {
    const d = await createDistribution(t.admin, {
      name: 'Quota',
      questionnaireId,
      channel: 'WEB_LINK',
      unitIds: [t.headOfficeId],
      quota: 2,
    });
    const token = d.links[0].token;
    const before = (await responsesOf()).totalCount;
    await t.admin.ok(`mutation($id: ID!) { pauseDistribution(id: $id) { status } }`, { id: d.id });
    const paused = await submit(token);
    expect(paused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAUSED' });
    expect(paused.errors?.[0].message).toBe('This survey is paused for the moment. Please try again later.');
    await t.admin.ok(`mutation($id: ID!) { resumeDistribution(id: $id) { status } }`, { id: d.id });
    expect((await submit(token)).errors).toBeUndefined();
    expect((await submit(token)).errors).toBeUndefined();
    const full = await submit(token);
    expect(full.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUOTA_REACHED' });
    expect(full.errors?.[0].message).toMatch(/received all the responses it needs/);
    expect((await responsesOf()).totalCount).toBe(before + 2);

    const future = await createDistribution(t.admin, {
      name: 'Later',
      questionnaireId,
      channel: 'WEB_LINK',
      unitIds: [t.headOfficeId],
      opensAt: '2099-01-01T00:00:00Z',
    });
    expect((await submit(future.links[0].token)).errors?.[0]).toMatchObject({
      message: 'This survey opens on 2099-01-01. Please come back then.',
      extensions: { reason: 'NOT_OPEN_YET' },
    });
    const past = await createDistribution(t.admin, {
      name: 'Earlier',
      questionnaireId,
      channel: 'WEB_LINK',
      unitIds: [t.headOfficeId],
      opensAt: '2020-01-01T00:00:00Z',
      closesAt: '2020-02-01T00:00:00Z',
    });
    expect((await submit(past.links[0].token)).errors?.[0].extensions).toMatchObject({ reason: 'ENDED' });
    await t.admin.ok(
      `mutation($id: ID!, $i: UpdateDistributionInput!) { updateDistribution(id: $id, input: $i) { closesAt } }`,
      { id: past.id, i: { closesAt: '2099-01-01T00:00:00Z' } },
    );
    expect((await submit(past.links[0].token)).errors).toBeUndefined();
    await t.admin.ok(`mutation($id: ID!) { closeDistribution(id: $id) { status } }`, { id: past.id });
    expect((await submit(past.links[0].token)).errors?.[0].extensions).toMatchObject({ reason: 'CLOSED' });
    const reopen = await t.admin.fails(`mutation($id: ID!) { resumeDistribution(id: $id) { status } }`, {
      id: past.id,
    });
    expect(reopen.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects bad input with codes and clear messages', async () => {
    const bad = async (input: Record<string, unknown>) =>
      await t.admin.fails(`mutation($input: CreateDistributionInput!) { createDistribution(input: $input) { id } }`, {
        input: { name: 'x', questionnaireId, channel: 'WEB_LINK', unitIds: [t.headOfficeId], ...input },
      });
    expect((await bad({ closesAt: '2020-01-01T00:00:00Z', opensAt: '2021-01-01T00:00:00Z' })).message).toMatch(
      /closesAt must be after opensAt/,
    );
    expect((await bad({ quota: 0 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quota' });
    expect((await bad({ unitIds: [] })).extensions?.field).toBe('unitIds');
    expect((await bad({ reminderDelaysHours: [1, 2, 3, 4, 5, 6] })).message).toMatch(/At most 5 reminders/);
    expect((await bad({ questionnaireId: '00000000-0000-0000-0000-000000000000' })).extensions?.code).toBe('NOT_FOUND');
    const draftOnly = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('z'), 'Draft');
    expect((await bad({ questionnaireId: draftOnly.id })).message).toMatch(/no published version/);
    const anonymous = await app.client().fails(`{ distributions { totalCount } }`);
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('API distributions take responses from systems with an API key, PHONE ones from interviewers', async () => {
    const d = await createDistribution(t.admin, {
      name: 'Call centre system',
      questionnaireId,
      channel: 'API',
      unitIds: [branch.id],
    });
    const token = d.links[0].token;
    const refused = await submit(token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const key = (
      await t.admin.ok(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }`, {
        input: { name: 'CRM', role: 'INTERVIEWER', unitId: branch.id },
      })
    ).createApiKey.token;
    expect((await submit(token, { speed: 5 }, app.client({ apiKey: key }))).errors).toBeUndefined();
    expect((await responsesOf('API')).totalCount).toBe(1);

    const phone = await createDistribution(t.admin, {
      name: 'Call-back',
      questionnaireId,
      channel: 'PHONE',
      unitIds: [branch.id],
    });
    expect((await submit(phone.links[0].token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await submit(phone.links[0].token, { speed: 3 }, t.admin)).errors).toBeUndefined();
    expect((await responsesOf('PHONE')).totalCount).toBe(1);
  });

  it('adds a link when a unit is added; keeps other organisations and other subtrees out', async () => {
    const d = await createDistribution(t.admin, {
      name: 'Grows',
      questionnaireId,
      channel: 'WEB_LINK',
      unitIds: [t.headOfficeId],
    });
    const updated = await t.admin.ok(
      `mutation($id: ID!, $i: UpdateDistributionInput!) { updateDistribution(id: $id, input: $i) { links { unit { code } } } }`,
      { id: d.id, i: { unitIds: [t.headOfficeId, branch.id] } },
    );
    expect(updated.updateDistribution.links.map((l: any) => l.unit.code)).toContain('KYIV');
    expect(updated.updateDistribution.links).toHaveLength(2);

    const other = await newTenant(app, 'Other agency');
    const hidden = await other.admin.fails(`query($id: ID!) { distribution(id: $id) { id } }`, { id: d.id });
    expect(hidden.extensions?.code).toBe('NOT_FOUND');
    expect((await other.admin.ok(`{ distributions { totalCount } }`)).distributions.totalCount).toBe(0);
    expect(
      (
        await other.admin.fails(`query($id: ID!) { invitations(filter: { distributionId: $id }) { totalCount } }`, {
          id: d.id,
        })
      ).extensions?.code,
    ).toBe('NOT_FOUND');

    const elsewhere = await newUnit(t.admin, t.headOfficeId, 'KHARKIV');
    const author = await newUserWithRole(app, t, 'AUTHOR', elsewhere.id);
    const denied = await author.fails(`mutation($id: ID!) { pauseDistribution(id: $id) { status } }`, { id: d.id });
    expect(denied.extensions?.code).toBe('FORBIDDEN');
    const own = await createDistribution(author, {
      name: 'Kharkiv only',
      questionnaireId,
      channel: 'KIOSK',
      unitIds: [elsewhere.id],
    });
    expect(own.links).toHaveLength(1);
    const forbidden = await author.fails(
      `mutation($input: CreateDistributionInput!) { createDistribution(input: $input) { id } }`,
      { input: { name: 'x', questionnaireId, channel: 'KIOSK', unitIds: [branch.id] } },
    );
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
  });
});
