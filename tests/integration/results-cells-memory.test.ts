import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rollUpTail } from '../../server/results/rollup/upkeep.js';
import { GraphQLClient } from '../support/client.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';

/**
 * Issue 21 (found by the benchmark): the dashboard of a head office with 500 units and 50k responses ended the
 * server on its heap. Its filtered queries read the OWN rollup cells, one per unit × month × channel × category ×
 * situation × language, which at that size are about as many as the responses, and held every one decoded at once.
 * They are now summed per unit and month as they are read (and one filter alone reads SUBTREE cells kept by it).
 * A server with a 160 MB heap must answer a `scores` filtered by channel and version, which reads the OWN cells,
 * over 60,001 of them: one real cell and 60,000 copies of it under other categories.
 */
const CELLS = 60_000;
let app: TestApp;
let t: Tenant;
let child: ChildProcess | undefined;
let modelId: string;
let versionId: string;

beforeAll(async () => {
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0' });
  t = await newTenant(app, 'Fine cells');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'));
  versionId = (await publish(t.admin, q.id, 'v1')).id;
  const item = { questionnaireId: q.id, question: 'speed', weight: 1, reverse: false };
  const leaf = { key: 'S1', kind: 'SURVEY', label: 'Speed', items: [item] };
  const definition = { root: { key: 'index', kind: 'INDEX', label: 'Index', children: [leaf] } };
  modelId = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: { unitId: t.headOfficeId, name: 'Speed', definition },
    })
  ).createIndicatorModel.id;
  await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${modelId}" }) { id } }`);
  await app.app.rollups.runOnce();
  // One response answering 4 of 5 on speed: score (4 − 1) / 4 · 100 = 75 (design.md §4).
  await storeResponses(app, t.orgId, [
    {
      unitId: t.headOfficeId,
      questionnaireId: q.id,
      versionId,
      channel: 'KIOSK',
      completedAt: '2026-02-10T10:00:00Z',
      answers: { speed: 4 },
    },
  ]);
  while ((await rollUpTail(app.orm.em.fork(), 100)) > 0);
  await app.orm.em.fork().execute(
    `insert into result_cell (organization_id, model_version_id, unit_id, kind, month, questionnaire_version_id, channel,
                              category, situation, language, responses, stats)
     select c.organization_id, c.model_version_id, c.unit_id, c.kind, c.month, c.questionnaire_version_id, c.channel,
            'category ' || g, c.situation, c.language, c.responses, c.stats
       from result_cell c, generate_series(1, ${CELLS}) g where c.organization_id = ? and c.kind = 'OWN'`,
    [t.orgId],
  );
}, 120_000);
afterAll(async () => {
  child?.kill('SIGTERM');
  await app?.close();
});

it('answers a filtered query over 60,001 rollup cells within a 160 MB heap', async () => {
  const { token } = (
    await t.admin.ok(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }`, {
      i: { name: 'Dashboard', role: 'ANALYST', unitId: t.headOfficeId },
    })
  ).createApiKey;
  const server = spawn(
    process.execPath,
    [
      '--max-old-space-size=160',
      '--import',
      '@swc-node/register/esm-register',
      'tests/support/app-child.ts',
      app.databaseUrl,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child = server;
  let output = '';
  server.stderr!.on('data', (d) => (output += d));
  const port = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (d) => {
      output += d;
      const found = /PORT (\d+)/.exec(output);
      if (found) resolve(found[1]);
    });
    server.once('exit', (code) => reject(new Error(`the server stopped (${code}): ${output.slice(-2000)}`)));
  });
  const client = new GraphQLClient(`http://127.0.0.1:${port}/graphql`, token);
  const input = {
    modelId,
    unitId: t.headOfficeId,
    from: '2026-01-01',
    to: '2026-07-01',
    filters: { channel: 'KIOSK', questionnaireVersionId: versionId },
  };
  const { scores } = await client.ok(
    `query($input: ScoresInput!) { scores(input: $input) { responseCount nodes { key score } } }`,
    {
      input,
    },
  );
  // Every copy is the same response again: 60,001 responses, each scoring 75.
  expect(scores.responseCount).toBe(CELLS + 1);
  expect(scores.nodes.find((n: { key: string }) => n.key === 'index').score).toBeCloseTo(75, 6);
}, 180_000);
