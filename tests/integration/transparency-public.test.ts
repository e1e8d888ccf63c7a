import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPerson } from '../support/cases.js';
import { newUnit } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';
import { storeResponses } from '../support/responses.js';

/*
 * The public transparency page (/t/<slug>, docs/transparency.md) and service commitments: only
 * published units are shown, small groups are withheld, comments appear only once approved,
 * closed actions chosen for publication appear, and a commitment's achievement is computed per
 * period. Numbers are computed by hand next to the data.
 */

let app: TestApp;
let t: SurveyTenant;
const units: Record<string, { id: string }> = {};

/** The first day of the quarter `back` quarters before the current one (UTC, the tenant's time zone). */
function quarter(back: number): { start: string; end: string; label: string } {
  const now = new Date();
  const q = Math.floor(now.getUTCMonth() / 3) - back;
  const start = new Date(Date.UTC(now.getUTCFullYear(), q * 3, 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), q * 3 + 3, 1));
  const label = `${start.getUTCFullYear()}-Q${start.getUTCMonth() / 3 + 1}`;
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10), label };
}
const shown = quarter(1); // the latest complete quarter: what the page shows
const mid = (p: { start: string }) => `${p.start.slice(0, 8)}15T12:00:00Z`;

const SETTINGS = `mutation($input: TransparencySettingsInput!) {
  updateTransparencySettings(input: $input) { enabled unitIds actionIds period modelId } }`;
const COMMIT = `mutation($input: CommitmentInput!) { createServiceCommitment(input: $input) { id lowerIsBetter } }`;
const ACHIEVED = `query($input: AchievementInput!) { commitmentAchievement(input: $input) {
  achievementRate periods { label value met count } } }`;
const page = (lang?: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/t/${t.slug}${lang ? `?lang=${lang}` : ''}`, { headers });

beforeAll(async () => {
  app = await startTestApp();
  t = await newSurveyTenant(app, 'Court');
  for (const code of ['A', 'B', 'C']) units[code] = await newUnit(t.admin, t.headOfficeId, code);
  const at = mid(shown);
  const r = (unitId: string, comment?: string) => ({
    unitId,
    questionnaireId: t.questionnaireId,
    versionId: t.versionId,
    completedAt: at,
    answers: { speed: 5, courtesy: 4, ...(comment ? { comment } : {}) },
  });
  // A: 6 responses (≥ 5, the minimum group); B: 3 (a small group); C: 6 but never published.
  // Each scores speed (5−1)/4·100 = 100 and courtesy (4−1)/4·100 = 75: index (100 + 75) / 2 = 87.5.
  await storeResponses(app, t.orgId, [
    r(units.A.id, 'The clerk explained everything.'),
    r(units.A.id, 'Ivan Petrenko was rude to me.'),
    ...Array.from({ length: 4 }, () => r(units.A.id)),
    ...Array.from({ length: 3 }, () => r(units.B.id, 'Small-group secret.')),
    ...Array.from({ length: 6 }, () => r(units.C.id)),
  ]);
  const { indicatorModels } = await t.admin.ok(`{ indicatorModels(first: 5) { edges { node { id } } } }`);
  await t.admin.ok(SETTINGS, {
    input: {
      enabled: true,
      modelId: indicatorModels.edges[0].node.id,
      unitIds: [units.A.id, units.B.id],
      period: 'QUARTER',
    },
  });
});
afterAll(() => app?.close());

describe('public transparency page', () => {
  it('is off until enabled, then shows only published units, without small groups, with the model in words', async () => {
    const res = await page('en');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const html = await res.text();
    expect(html).toContain(`<html lang="en">`);
    expect(html).toContain(`Published results for ${shown.label}.`);
    expect(html).toMatch(/<th scope="row">Unit A<\/th><td class="n">87\.5<\/td><td>[^<]*<\/td><td class="n">6<\/td>/);
    expect(html).toContain('<th scope="row">Unit B</th><td colspan="3">Not published (fewer than 5 responses)</td>');
    expect(html).not.toContain('Unit C');
    expect(html).toContain('Service — weight 100 %');
    // No comment is shown before it is approved, and never one of a withheld group.
    expect(html).not.toContain('The clerk explained everything.');
    expect(html).not.toContain('Small-group secret.');
    const off = await app.client().request(`{ transparencySettings { enabled } }`);
    expect(off.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await fetch(`${app.url}/t/no-such-org`)).status).toBe(404);
  });

  it('answers 304 to a matching ETag, and speaks the three languages (Accept-Language and the switch)', async () => {
    const first = await page('en');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await page('en', { 'if-none-match': etag })).status).toBe(304);
    const zh = await (await page(undefined, { 'accept-language': 'zh-CN,zh;q=0.9' })).text();
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('透明度报告');
    const uk = await (await page('uk', { 'accept-language': 'zh-CN' })).text();
    expect(uk).toContain('<html lang="uk">');
    expect(uk).toContain('Звіт про прозорість');
    expect(uk).toContain(`href="/t/${t.slug}?lang=en"`);
  });

  it('shows a comment once approved (as edited), and a closed action chosen for publication', async () => {
    const [row] = await app.orm.em
      .fork()
      .execute(`select id from response where answers->>'comment' = 'Ivan Petrenko was rude to me.'`);
    await t.admin.ok(
      `mutation($input: ApproveCommentInput!) { approveTransparencyComment(input: $input) { id text } }`,
      { input: { responseId: row.id, question: 'comment', text: 'A clerk was rude to me.' } },
    );
    const owner = await newPerson(app, t, 'UNIT_MANAGER', units.A.id, 'Owner');
    const open = `mutation($input: OpenActionInput!) { openAction(input: $input) { id } }`;
    const action = (base: string) => ({
      unitId: units.A.id,
      title: `${base} title`,
      measures: `${base} measures`,
      sourceKind: 'MANUAL',
      responsibleUserId: owner.id,
      deadline: '2027-12-31',
      targetKind: 'SCORE_RISE',
      targetValue: 5,
      recheckFrom: '2028-01-01',
      recheckTo: '2028-02-01',
    });
    const closed = (await t.admin.ok(open, { input: action('Second counter') })).openAction.id;
    const still = (await t.admin.ok(open, { input: action('Still open') })).openAction.id;
    await app.orm.em
      .fork()
      .execute(`update rectification_action set status = 'CLOSED', closed_at = now() where id = ?`, [closed]);
    await t.admin.ok(SETTINGS, { input: { actionIds: [closed, still] } });
    const html = await (await page('en')).text();
    expect(html).toContain('<q>A clerk was rude to me.</q> — Unit A');
    expect(html).not.toContain('Ivan Petrenko');
    expect(html).not.toContain('The clerk explained everything.');
    expect(html).toContain('<strong>Second counter title</strong> (Unit A): Second counter measures');
    expect(html).not.toContain('Still open');
  });

  it('measures commitments per period: a METRIC rate and an INDICATOR score against their targets', async () => {
    await t.admin.ok(`mutation($input: MetricInput!) { createMetric(input: $input) { id } }`, {
      input: {
        key: 'paid5',
        label: 'Paid within 5 days',
        kind: 'FLOW',
        worst: 0,
        target: 1,
        denominatorLabel: 'claims',
      },
    });
    // Claims paid within 5 working days ÷ claims, per quarter (the latest first):
    //   shown: 96/100 = 0.96 ≥ 0.95 met; one before: 90/100 = 0.90 not met; two before: 97/100 met; three before: none.
    const values = [
      [quarter(1), 96],
      [quarter(2), 90],
      [quarter(3), 97],
    ] as const;
    for (const [q, value] of values)
      await t.admin.ok(`mutation($input: RecordMetricInput!) { recordMetric(input: $input) { id } }`, {
        input: {
          metricKey: 'paid5',
          unitId: units.A.id,
          periodStart: q.start,
          periodEnd: q.end,
          value,
          denominator: 100,
        },
      });
    const metric = (
      await t.admin.ok(COMMIT, {
        input: {
          unitId: units.A.id,
          text: 'A claim is paid within 5 working days.',
          translations: [{ locale: 'uk', text: 'Виплата протягом 5 робочих днів.' }],
          source: 'METRIC',
          metricKey: 'paid5',
          target: 0.95,
          published: true,
        },
      })
    ).createServiceCommitment;
    expect(metric.lowerIsBetter).toBe(false);
    const { commitmentAchievement: a } = await t.admin.ok(ACHIEVED, {
      input: { commitmentId: metric.id, from: quarter(4).start, to: shown.end, period: 'QUARTER' },
    });
    expect(a.periods.map((p: { value: number | null }) => p.value)).toEqual([null, 0.97, 0.9, 0.96]);
    expect(a.periods.map((p: { met: boolean | null }) => p.met)).toEqual([null, true, false, true]);
    expect(a.achievementRate).toBeCloseTo(2 / 3, 10); // 2 periods met of 3 with data
    // The index of unit A in the shown quarter: 87.5 ≥ 80 met; the quarter before has no responses.
    const indicator = (
      await t.admin.ok(COMMIT, {
        input: {
          unitId: units.A.id,
          text: 'Clients rate us 80 or more.',
          source: 'INDICATOR',
          modelId: (await t.admin.ok(`{ transparencySettings { modelId } }`)).transparencySettings.modelId,
          target: 80,
          published: false,
        },
      })
    ).createServiceCommitment;
    const { commitmentAchievement: b } = await t.admin.ok(ACHIEVED, {
      input: { commitmentId: indicator.id, from: quarter(2).start, to: shown.end, period: 'QUARTER' },
    });
    expect(b.periods.map((p: { value: number | null }) => p.value)).toEqual([null, 87.5]);
    expect(b.achievementRate).toBe(1);
    const html = await (await page('en')).text();
    expect(html).toContain(
      '<th scope="row">A claim is paid within 5 working days.</th><td class="n">95.0 %</td><td class="n"><span class="met">96.0 %</span></td><td class="n">2 / 3</td>',
    );
    expect(html).not.toContain('Clients rate us 80 or more.'); // not published
    expect(await (await page('uk')).text()).toContain('Виплата протягом 5 робочих днів.');
    const bad = await t.admin.fails(COMMIT, {
      input: { unitId: units.A.id, text: 'x', source: 'METRIC', metricKey: 'nope', target: 1 },
    });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the organisation on its public page', () => {
  it('shows the organisation’s name and the logo its ADMIN uploaded, and a new ETag when they change', async () => {
    const before = await page('en');
    const oldTag = before.headers.get('etag');
    expect(await before.text()).not.toContain('<img');
    // A 1×1 PNG, uploaded through the organisation settings (checked there by content and size).
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    await t.admin.ok(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name } }`, {
      input: { name: 'Kyiv District Court', logo: `data:image/png;base64,${png}` },
    });
    const after = await page('uk');
    const html = await after.text();
    expect(html).toContain(
      `<div class="brand"><img class="logo" src="data:image/png;base64,${png}" alt="" height="48"><h1>Kyiv District Court — `,
    );
    expect(html).toContain('<title>Kyiv District Court — Звіт про прозорість');
    expect((await page('en')).headers.get('etag')).not.toBe(oldTag);
  });
});
