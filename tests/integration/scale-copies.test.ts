/**
 * Many copies (design.md §8, docs/scale-out.md): two API processes and a worker process on one
 * database. Submissions through both copies are counted once, the rollups the workers keep agree
 * with a rebuild, each delivery job and each scheduled job runs once, and a session signed in on one
 * copy works on the other.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../server/org/auth.service.js';
import { decodeCell, type EncodedCell } from '../../server/results/rollup/cell-stats.js';
import { rebuildOrganization } from '../../server/results/rollup/upkeep.js';
import { GraphQLClient } from '../support/client.js';
import { createDistribution, eventually, FAST_DELIVERY, INVITE, invitationsOf } from '../support/distribution.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { buildServer, startProcess, startServerCopy, waitForOutput, type Running } from '../support/processes.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';
import { startSmtp, type SmtpListener } from '../support/smtp.js';

let app: TestApp;
let smtp: SmtpListener;
let t: SurveyTenant;
let copyA: { url: string; process: Running };
let copyB: { url: string; process: Running };
let worker: Running;

const sql = (query: string, params: unknown[] = []): Promise<any[]> =>
  app.orm.em.fork().getConnection().execute(query, params);
const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId duplicate } }`;
const SCORES = `query($input: ScoresInput!) { scores(input: $input) { responseCount nodes { key n score } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { kind } }`;

beforeAll(async () => {
  buildServer();
  smtp = await startSmtp();
  // The harness app only builds the data; it runs no rollups, deliveries or schedules itself.
  app = await startTestApp({ WORKERS: 'false' });
  t = await newSurveyTenant(app, 'Copies');
  const env = {
    ...FAST_DELIVERY,
    DATABASE_URL: app.databaseUrl,
    DELIVERY_WORKER: 'true',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    EMAIL_RATE_PER_SECOND: '1000',
    // A send that times out is retried (at least once, same idempotency key): on a loaded machine 1.5 s is too short.
    SMTP_TIMEOUT_MS: '15000',
    ROLLUP_INTERVAL_MS: '200',
    SCHEDULE_CRON: '* * * * *',
    // The copies run outside NODE_ENV=test, where rate limits and the bot check are on; this load comes from one
    // address with no form tickets by design (public-abuse.test.ts covers the limits across copies).
    RATE_LIMIT_PER_ADDRESS: '0',
    RATE_LIMIT_PER_TOKEN: '0',
    RATE_LIMIT_MACHINE: '0',
    BOT_MIN_FILL_SECONDS: '0',
  };
  // Copy A runs the API and the workers; copy B only the API; the worker process only the workers.
  [copyA, copyB] = await Promise.all([startServerCopy(env), startServerCopy({ ...env, WORKERS: 'false' })]);
  worker = startProcess('dist/server/worker.js', env);
  await waitForOutput(worker, /worker is running/, 60_000);
}, 180_000);

afterAll(async () => {
  // Each stops cleanly on SIGTERM.
  const codes = await Promise.all([copyA?.process.stop(), copyB?.process.stop(), worker?.stop()]);
  await app?.close();
  await smtp?.close();
  expect(codes).toEqual([0, 0, 0]);
});

const client = (copy: { url: string }) => new GraphQLClient(`${copy.url}/graphql`);
async function adminOn(copy: { url: string }): Promise<GraphQLClient> {
  const signedIn = client(copy);
  await signedIn.ok(LOGIN, { input: { email: t.adminEmail, password: t.adminPassword } });
  return signedIn;
}

describe('two server copies and a worker on one database', () => {
  it('a session signed in on one copy works on the other, and signing out on it ends it on both', async () => {
    const onA = await adminOn(copyA);
    const onB = client(copyB);
    onB.setCookie(SESSION_COOKIE, onA.cookie(SESSION_COOKIE)!);
    expect((await onB.ok(`{ me { user { email } } }`)).me.user.email).toBe(t.adminEmail);
    await onB.ok(`mutation { logout }`);
    expect((await onA.ok(`{ me { user { email } } }`)).me).toBeNull();
  });

  it('counts submissions through both copies once (a retry on the other copy too), and rollups equal a rebuild', async () => {
    const answers = (i: number) => ({ speed: (i % 5) + 1, courtesy: ((i * 3) % 5) + 1 });
    const submit = (copy: { url: string }, i: number, requestId = randomUUID()) =>
      client(copy).ok(SUBMIT, { input: { token: t.token, answers: answers(i), clientRequestId: requestId } });
    // 30 through each copy at once, and 10 sent to A then retried on B with the same request id: 70 responses.
    const retried = Array.from({ length: 10 }, () => randomUUID());
    const distinct = await Promise.all(Array.from({ length: 60 }, (_, i) => submit(i % 2 ? copyA : copyB, i)));
    const first = await Promise.all(retried.map((id, i) => submit(copyA, 60 + i, id)));
    const again = await Promise.all(retried.map((id, i) => submit(copyB, 60 + i, id)));
    expect(again.map((r) => r.submitResponse.responseId)).toEqual(first.map((r) => r.submitResponse.responseId));
    expect(again.every((r) => r.submitResponse.duplicate)).toBe(true);
    expect(new Set(distinct.map((r) => r.submitResponse.responseId)).size).toBe(60);

    // The workers (copy A's and the worker process's) drain the outbox between them.
    await eventually(
      async () =>
        (await sql(`select count(*)::int n from rollup_outbox where organization_id = ?`, [t.orgId]))[0].n === 0,
      20_000,
      'the rollup outbox to be drained',
    );
    const year = new Date().getUTCFullYear();
    const models = await t.admin.ok(`{ indicatorModels { edges { node { id } } } }`);
    const modelId = models.indicatorModels.edges[0].node.id;
    const input = { unitId: t.headOfficeId, modelId, from: `${year}-01-01`, to: `${year + 1}-01-01` };
    for (const copy of [copyA, copyB]) {
      const { scores } = await (await adminOn(copy)).ok(SCORES, { input });
      expect(scores.responseCount).toBe(70);
      // i = 0…69: speed (i mod 5) + 1 and courtesy (3i mod 5) + 1 take each rating 1…5 fourteen times,
      // mean 3 on the 1–5 scale: (3 − 1) / 4 = 50 for each; S1 (their equal-weight mean) and the index 50.
      const score = Object.fromEntries(scores.nodes.map((n: { key: string; score: number }) => [n.key, n.score]));
      expect(score.S1).toBeCloseTo(50, 9);
      expect(score.index).toBeCloseTo(50, 9);
    }
    const kept = await cells();
    expect([...kept.values()].reduce((n, c) => n + (c.kind === 'OWN' ? c.responses : 0), 0)).toBe(70);
    await rebuildOrganization(app.orm.em.fork(), t.orgId);
    expect(await cells()).toEqual(kept);
  });

  it('sends each invitation once, with deliveries claimed by two processes', { timeout: 120_000 }, async () => {
    const d = await createDistribution(t.admin, {
      name: 'Mail',
      questionnaireId: t.questionnaireId,
      channel: 'EMAIL',
      unitIds: [t.headOfficeId],
    });
    const people = 'abcdefghijkl'.split('').map((c) => `${c}${c}@example.org`);
    await t.admin.ok(INVITE, { input: { distributionId: d.id, respondents: people.map((contact) => ({ contact })) } });
    await eventually(
      async () => (await invitationsOf(t.admin, d.id)).every((i) => i.messagesSent === 1),
      60_000,
      'every invitation to be sent',
    );
    // Nothing left in the delivery queue that could still send a second copy.
    await eventually(
      async () =>
        (
          await sql(
            `select count(*)::int n from pgboss.job where name = 'delivery-email' and state in ('created', 'retry', 'active')`,
          )
        )[0].n === 0,
      20_000,
      'the delivery queue to be empty',
    );
    const recipients = smtp.received.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)!.text).sort();
    expect(recipients).toEqual(people.sort());
  });

  it('runs a scheduled job once per due time, in one of the three processes', { timeout: 150_000 }, async () => {
    // An expired session: the next sessions-purge job deletes it.
    const [{ at }] = await sql(`update session set expires_at = now() - interval '1 hour'
      where id = (select id from session order by created_at limit 1) returning now() as at`);
    const done = await eventually(
      async () => {
        const rows = await sql(
          `select created_on from pgboss.job where name = 'sessions-purge' and state = 'completed' and created_on > ?`,
          [at],
        );
        return rows[0]?.created_on as Date | undefined;
      },
      120_000,
      'a scheduled sessions-purge to complete',
    );
    expect((await sql(`select count(*)::int n from session where expires_at <= now()`))[0].n).toBe(0);
    // Every process looks for due schedules every 5 s; wait until they have looked again three times.
    const looks = new Set<string>();
    await eventually(
      async () => {
        const [{ cron_on }] = await sql(`select cron_on from pgboss.version`);
        if (cron_on > done) looks.add(String(cron_on));
        return looks.size >= 3;
      },
      60_000,
      'the schedule monitors to look again',
    );
    const perMinute = await sql(
      `select date_trunc('minute', created_on) as minute, count(*)::int as runs from pgboss.job
       where name = 'sessions-purge' group by 1`,
    );
    expect(perMinute.map((r: { runs: number }) => r.runs)).toEqual(perMinute.map(() => 1));
  });
});

/** Every result cell of the tenant, decoded, by key. */
async function cells() {
  const rows: { key: string; kind: string; responses: number; stats: EncodedCell }[] = await sql(
    `select concat_ws('|', model_version_id, unit_id, kind, month, questionnaire_version_id, channel, category, situation, language) as key,
       kind, responses, stats from result_cell where organization_id = ? order by key`,
    [t.orgId],
  );
  return new Map(rows.map((r) => [r.key, { kind: r.kind, responses: r.responses, cell: decodeCell(r.stats) }]));
}
