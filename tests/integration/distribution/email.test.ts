/* eslint-disable max-lines -- one feature's end-to-end cases share their fixtures (tenant, units, versions); split by feature when it grows */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryWorker } from '../../../server/distribution/delivery/worker.js';
import { signature } from '../../../server/distribution/webhook.service.js';
import { newTenant, newUnit, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../../support/questionnaires.js';
import {
  createDistribution,
  eventually,
  FAST_DELIVERY,
  INVITE,
  invitationsOf,
  requestId,
  startWorker,
  STATS,
  SUBMIT,
} from '../../support/distribution.js';
import { linkIn, optOutIn, startSmtp, type SmtpListener } from '../../support/smtp.js';

let app: TestApp;
let smtp: SmtpListener;
let worker: DeliveryWorker;
let t: Tenant;
let questionnaireId: string;
let branch: { id: string; code: string };

const mailsTo = (address: string) =>
  smtp.received.filter((m) => (m.to as any).value.some((v: any) => v.address === address));
const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
const submit = (token: string) =>
  app.client().request(SUBMIT, { input: { token, answers: { speed: 5 }, clientRequestId: requestId() } });

/**
 * Makes reminder `n` of the distribution's invitations due now, once every invitation still open has had
 * message n − 1 recorded: reminders are a day apart, and the test sets the time through the data, so nothing
 * races the clock.
 */
async function remindNow(distributionId: string, n: number): Promise<void> {
  await eventually(
    async () => {
      const rows = await sql(`select status, messages_sent from invitation where distribution_id = ?`, [
        distributionId,
      ]);
      return rows.every((r: any) => ['COMPLETED', 'OPTED_OUT'].includes(r.status) || r.messages_sent >= n);
    },
    20_000,
    `message ${n - 1} recorded`,
  );
  await sql(`update invitation set due_at = now() where distribution_id = ? and due_message = ?`, [distributionId, n]);
}

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startTestApp({
    ...FAST_DELIVERY,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: 'Survey <survey@agency.test>',
  });
  worker = await startWorker(app);
  t = await newTenant(app, 'Insurer');
  branch = await newUnit(t.admin, t.headOfficeId, 'ODESA');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'), 'Claim follow-up');
  questionnaireId = q.id;
  await publish(t.admin, q.id, 'v1');
});
afterAll(async () => {
  await worker?.stop();
  await app?.close();
  await smtp?.close();
});

describe('e-mail invitations', () => {
  it('invite → deliver over SMTP → respond → counted, in the respondent’s language, anonymously', async () => {
    const d = await createDistribution(t.admin, {
      name: 'Claims e-mail',
      questionnaireId,
      channel: 'EMAIL',
      unitIds: [t.headOfficeId, branch.id],
    });
    expect(d.links).toEqual([]);
    const invited = (
      await t.admin.ok(INVITE, {
        input: {
          distributionId: d.id,
          respondents: [
            {
              contact: 'Olena@Example.org',
              language: 'uk',
              unitId: 'ODESA',
              category: 'insured',
              externalRef: 'CLM-1',
            },
            { contact: 'wang@example.cn', language: 'zh', unitId: branch.id },
            { contact: 'sam@example.com', unitId: t.headOfficeId },
          ],
        },
      })
    ).inviteRespondents;
    expect(invited).toMatchObject({ invited: 3, skippedOptedOut: 0 });
    expect(invited.invitations[0]).toMatchObject({ status: 'QUEUED', contact: 'o…@example.org' });
    // Stored encrypted, apart from answers.
    const stored = await sql(`select value_cipher, value_hash from contact`);
    expect(JSON.stringify(stored)).not.toMatch(/example\.org/);

    await eventually(async () => smtp.received.length >= 3, 20_000, 'three e-mails');
    const [olena] = mailsTo('olena@example.org');
    expect(olena.subject).toBe('Ваша думка про Unit ODESA');
    expect(olena.from?.text).toContain('survey@agency.test');
    expect(mailsTo('wang@example.cn')[0].subject).toBe('您对Unit ODESA的评价');
    expect(mailsTo('sam@example.com')[0].subject).toMatch(/^Your opinion about/);
    const invitations = await invitationsOf(t.admin, d.id);
    const olenaInvitation = invitations.find((i) => i.externalRef === 'CLM-1');
    expect(olena.messageId).toBe(`<${olenaInvitation.id}.0@barometer.invalid>`);
    expect(olena.headers.get('x-barometer-idempotency-key')).toBe(`${olenaInvitation.id}.0`);
    await eventually(
      async () => (await invitationsOf(t.admin, d.id)).every((i) => i.status === 'DELIVERED'),
      10_000,
      'delivered',
    );

    const token = linkIn(olena);
    const survey = await app.client().ok(`query($t: String!) { surveyByToken(token: $t) { channel } }`, { t: token });
    expect(survey.surveyByToken.channel).toBe('EMAIL');
    const answered = await submit(token);
    expect(answered.errors).toBeUndefined();
    const again = await submit(token);
    expect(again.errors?.[0]).toMatchObject({
      message: 'You have already answered this survey. Thank you!',
      extensions: { reason: 'ALREADY_ANSWERED' },
    });

    const after = (await invitationsOf(t.admin, d.id)).find((i) => i.externalRef === 'CLM-1');
    expect(after.status).toBe('COMPLETED');
    expect(after.history.map((h: any) => h.status)).toEqual(['QUEUED', 'SENT', 'DELIVERED', 'OPENED', 'COMPLETED']);
    // Anonymous: the invitation keeps no response id and only the day of completion.
    expect(after.responseId).toBeNull();
    expect(new Date(after.completedAt).getTime()).toBe(
      new Date(after.history.find((h: any) => h.status === 'OPENED').at).getTime() + 1,
    );
    const [raw] = await sql(`select response_id from invitation where id = ?`, [after.id]);
    expect(raw.response_id).toBeNull();
    const [response] = await sql(
      `select r.channel, r.category, l.distribution_id from response r join response_link l on l.id = r.link_id where r.id = ?`,
      [answered.data!.submitResponse.responseId],
    );
    expect(response).toEqual({ channel: 'EMAIL', category: 'insured', distribution_id: d.id });

    const stats = (await t.admin.ok(STATS, { id: d.id })).distribution.stats;
    expect(stats).toMatchObject({
      invited: 3,
      sent: 3,
      delivered: 3,
      opened: 1,
      completed: 1,
      responses: 1,
      queued: 0,
    });
    expect(stats.responseRate).toBeCloseTo(1 / 3);
    const responses = await t.admin.ok(`{ responses(filter: { channel: EMAIL }) { totalCount } }`);
    expect(responses.responses.totalCount).toBe(1);
    // The distribution's own link is not a way in: EMAIL needs the personal link.
    const [link] = await sql(`select token from response_link where distribution_id = ?`, [d.id]);
    expect((await submit(link.token)).errors?.[0].extensions).toMatchObject({ reason: 'INVITATION_REQUIRED' });
  });

  it('identified distributions show which response answered an invitation', async () => {
    const d = await createDistribution(t.admin, {
      name: 'Identified',
      questionnaireId,
      channel: 'EMAIL',
      unitIds: [t.headOfficeId],
      anonymity: 'IDENTIFIED',
    });
    await t.admin.ok(INVITE, { input: { distributionId: d.id, respondents: [{ contact: 'named@example.org' }] } });
    const mail = await eventually(async () => mailsTo('named@example.org')[0], 20_000, 'the e-mail');
    const { data } = await submit(linkIn(mail));
    const [inv] = await invitationsOf(t.admin, d.id);
    expect(inv.responseId).toBe(data!.submitResponse.responseId);
  });

  it('a CSV with invalid rows is refused row by row, and nothing is imported', async () => {
    const d = await createDistribution(t.admin, {
      name: 'CSV',
      questionnaireId,
      channel: 'EMAIL',
      unitIds: [t.headOfficeId, branch.id],
    });
    const csv =
      'email,language,unit,category,external_ref\nok@example.org,en,ODESA,insured,A1\nnot-an-email,en,ODESA,,A2\nok2@example.org,english,ODESA,,A3\nok3@example.org,en,NOWHERE,,A4\nok@example.org,en,ODESA,,A5\n';
    const error = await t.admin.fails(INVITE, { input: { distributionId: d.id, csv } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.problems).toEqual([
      { row: 3, field: 'contact', message: '"not-an-email" is not an e-mail address.' },
      { row: 4, field: 'language', message: '"english" is not a language code such as en, uk, zh-cn.' },
      { row: 5, field: 'unit', message: '"NOWHERE" is not one of this distribution\'s units.' },
      { row: 6, field: 'contact', message: 'The same contact as row 2.' },
    ]);
    expect(error.message).toMatch(/nobody was invited/);
    expect(await invitationsOf(t.admin, d.id)).toEqual([]);
    const ok = await t.admin.ok(INVITE, {
      input: {
        distributionId: d.id,
        csv: 'email,unit,external_ref\nok@example.org,ODESA,A1\nok2@example.org,ODESA,A2\n',
      },
    });
    expect(ok.inviteRespondents.invited).toBe(2);
  });

  it('reminders go to those who have not completed, with the same link, up to the limit; an opt-out is honoured forever', async () => {
    // Reminders a day apart, made due by remindNow once the invitees have answered or opted out.
    const d = await createDistribution(t.admin, {
      name: 'Reminders',
      questionnaireId,
      channel: 'EMAIL',
      unitIds: [t.headOfficeId],
      reminderDelaysHours: [24, 24],
    });
    await t.admin.ok(INVITE, {
      input: {
        distributionId: d.id,
        respondents: [
          { contact: 'quick@example.org' },
          { contact: 'slow@example.org' },
          { contact: 'stop@example.org' },
        ],
      },
    });
    const first = await eventually(async () => mailsTo('quick@example.org')[0], 20_000, 'the first invitation');
    expect((await submit(linkIn(first))).errors).toBeUndefined();
    const stopMail = await eventually(async () => mailsTo('stop@example.org')[0], 20_000, 'the opt-out invitation');
    const optOut = await fetch(optOutIn(stopMail), { method: 'POST' });
    expect(optOut.status).toBe(200);
    expect(await optOut.text()).toMatch(/no more surveys/);

    await remindNow(d.id, 1);
    await eventually(async () => mailsTo('slow@example.org').length >= 2, 30_000, 'the first reminder');
    await remindNow(d.id, 2);
    await eventually(async () => mailsTo('slow@example.org').length >= 3, 30_000, 'two reminders');
    await eventually(
      async () =>
        (await invitationsOf(t.admin, d.id)).every(
          (i) => i.status !== 'QUEUED' && i.messagesSent > 0 && (i.status !== 'DELIVERED' || i.messagesSent === 3),
        ),
      20_000,
      'all settled',
    );
    const slow = mailsTo('slow@example.org');
    expect(slow).toHaveLength(3);
    expect(slow[1].subject).toMatch(/^Reminder: /);
    expect(new Set(slow.map(linkIn)).size).toBe(1); // one live link, whatever the number of messages
    expect(slow.map((m) => m.messageId)).toEqual(
      [0, 1, 2].map((n) => expect.stringContaining(`.${n}@barometer.invalid>`)),
    );
    expect(mailsTo('quick@example.org')).toHaveLength(1);
    expect(mailsTo('stop@example.org')).toHaveLength(1);
    const invitations = await invitationsOf(t.admin, d.id);
    expect(invitations.map((i) => i.status).sort()).toEqual(['COMPLETED', 'DELIVERED', 'OPTED_OUT']);
    expect((await submit(linkIn(stopMail))).errors?.[0].extensions).toMatchObject({ reason: 'OPTED_OUT' });

    // Forever: a new distribution skips the contact, even after the contact data was purged.
    const next = await createDistribution(t.admin, {
      name: 'Next wave',
      questionnaireId,
      channel: 'EMAIL',
      unitIds: [t.headOfficeId],
    });
    const purged = await t.admin.ok(`mutation { purgeContact(input: { contact: "STOP@example.org", kind: EMAIL }) }`);
    expect(purged.purgeContact).toBe(1);
    const [contact] = await sql(
      `select value_cipher, purged_at from contact where value_hash in (select value_hash from opt_out)`,
    );
    expect(contact.value_cipher).toBeNull();
    const reinvite = await t.admin.ok(INVITE, {
      input: {
        distributionId: next.id,
        respondents: [{ contact: 'stop@example.org' }, { contact: 'new@example.org' }],
      },
    });
    expect(reinvite.inviteRespondents).toMatchObject({ invited: 1, skippedOptedOut: 1 });
    // Purging never touches answers.
    expect(
      (await t.admin.ok(`{ responses(filter: { channel: EMAIL }) { totalCount } }`)).responses.totalCount,
    ).toBeGreaterThan(0);
  });

  it('a reminder that cannot be sent stops the reminders, not the invitation', async () => {
    const d = await createDistribution(t.admin, {
      name: 'Flaky reminder',
      questionnaireId,
      channel: 'EMAIL',
      unitIds: [t.headOfficeId],
      reminderDelaysHours: [24, 24],
    });
    await t.admin.ok(INVITE, { input: { distributionId: d.id, respondents: [{ contact: 'flaky@example.org' }] } });
    const first = await eventually(async () => mailsTo('flaky@example.org')[0], 20_000, 'the invitation');
    smtp.refuse.add('flaky@example.org');
    await remindNow(d.id, 1);
    const [inv] = await eventually(
      async () => {
        const list = await invitationsOf(t.admin, d.id);
        return list[0].history.some((h: any) => h.status === 'FAILED') ? list : null;
      },
      30_000,
      'the reminder to fail',
    );
    expect(inv).toMatchObject({ status: 'DELIVERED', messagesSent: 1 });
    expect(inv.history.at(-1)).toMatchObject({
      status: 'FAILED',
      idempotencyKey: `${inv.id}.1`,
      detail: expect.stringMatching(/^reminder 1: .*no more reminders$/),
    });
    smtp.refuse.delete('flaky@example.org');
    expect((await submit(linkIn(first))).errors).toBeUndefined();
  });

  it('nothing goes out while a distribution is paused; everything goes out on resume', async () => {
    const d = await createDistribution(t.admin, {
      name: 'Paused',
      questionnaireId,
      channel: 'EMAIL',
      unitIds: [t.headOfficeId],
    });
    await t.admin.ok(`mutation($id: ID!) { pauseDistribution(id: $id) { status } }`, { id: d.id });
    await t.admin.ok(INVITE, {
      input: {
        distributionId: d.id,
        respondents: [{ contact: 'wait1@example.org' }, { contact: 'wait2@example.org' }],
      },
    });
    // A dispatch round queues nothing for it.
    await worker.dispatch();
    expect(await sql(`select dispatched_message from invitation where distribution_id = ?`, [d.id])).toEqual([
      { dispatched_message: null },
      { dispatched_message: null },
    ]);
    expect(mailsTo('wait1@example.org')).toHaveLength(0);
    expect((await invitationsOf(t.admin, d.id)).map((i) => i.status)).toEqual(['QUEUED', 'QUEUED']);
    await t.admin.ok(`mutation($id: ID!) { resumeDistribution(id: $id) { status } }`, { id: d.id });
    await eventually(
      async () => mailsTo('wait1@example.org').length === 1 && mailsTo('wait2@example.org').length === 1,
      20_000,
      'sent after resume',
    );
  });

  it('an expired invitation refuses its link; contacts past their retention period are purged, answers kept', async () => {
    const d = await createDistribution(t.admin, {
      name: 'Expiry',
      questionnaireId,
      channel: 'EMAIL',
      unitIds: [t.headOfficeId],
      invitationValidDays: 7,
    });
    await t.admin.ok(INVITE, { input: { distributionId: d.id, respondents: [{ contact: 'late@example.org' }] } });
    const mail = await eventually(async () => mailsTo('late@example.org')[0], 20_000, 'the e-mail');
    await sql(`update invitation set expires_at = now() - interval '1 minute' where distribution_id = ?`, [d.id]);
    const refused = await submit(linkIn(mail));
    expect(refused.errors?.[0]).toMatchObject({
      message: 'This invitation has expired. Thank you for your interest.',
      extensions: { reason: 'EXPIRED' },
    });
    const [inv] = await invitationsOf(t.admin, d.id);
    expect(inv.status).toBe('EXPIRED');

    const responsesBefore = (await sql(`select count(*)::int n from response`))[0].n;
    await sql(
      `update contact set last_invited_at = now() - interval '400 days', created_at = now() - interval '400 days' where value_hash = (select c.value_hash from contact c join invitation i on i.contact_id = c.id where i.id = ?)`,
      [inv.id],
    );
    const { purgeExpiredContacts } = await import('../../../server/distribution/invitation.service.js');
    expect(await purgeExpiredContacts(app.orm.em.fork(), 365)).toBe(1);
    const [after] = await invitationsOf(t.admin, d.id);
    expect(after.contact).toBeNull();
    expect(after.status).toBe('EXPIRED');
    expect((await sql(`select count(*)::int n from response`))[0].n).toBe(responsesBefore);
  });

  it('a bounce reported later by the mail system (signed webhook) overrides the delivery', async () => {
    const d = await createDistribution(t.admin, {
      name: 'Late bounce',
      questionnaireId,
      channel: 'EMAIL',
      unitIds: [t.headOfficeId],
    });
    await t.admin.ok(INVITE, {
      input: { distributionId: d.id, respondents: [{ contact: 'full-mailbox@example.org' }] },
    });
    const mail = await eventually(async () => mailsTo('full-mailbox@example.org')[0], 20_000, 'the e-mail');
    const { secret, endpoint } = (
      await t.admin.ok(
        `mutation { createWebhookEndpoint(input: { name: "Mail system", unitId: "${t.headOfficeId}" }) { secret endpoint { id } } }`,
      )
    ).createWebhookEndpoint;
    const body = JSON.stringify({ messageId: mail.messageId, reason: '552 mailbox full' });
    const ts = String(Math.floor(Date.now() / 1000));
    const post = (sig: string) =>
      fetch(`${app.url}/api/webhooks/bounces/${endpoint.id}`, {
        method: 'POST',
        headers: { 'x-barometer-timestamp': ts, 'x-barometer-signature': sig },
        body,
      });
    expect((await post('sha256=00')).status).toBe(403);
    expect((await post(signature(secret, ts, body))).status).toBe(200);
    const [inv] = await invitationsOf(t.admin, d.id);
    expect(inv).toMatchObject({ status: 'BOUNCED', deliveredAt: null });
    expect(inv.history.at(-1).detail).toBe('bounce: 552 mailbox full');
  });

  it('a refused recipient is a bounce; a server that refuses for now or times out is retried, then failed, never lost', async () => {
    smtp.bounce.add('gone@example.org');
    smtp.refuse.add('busy@example.org');
    smtp.hang.add('stuck@example.org');
    const d = await createDistribution(t.admin, {
      name: 'Bad SMTP',
      questionnaireId,
      channel: 'EMAIL',
      unitIds: [t.headOfficeId],
    });
    await t.admin.ok(INVITE, {
      input: {
        distributionId: d.id,
        respondents: [
          { contact: 'gone@example.org' },
          { contact: 'busy@example.org' },
          { contact: 'stuck@example.org' },
        ],
      },
    });
    const settled = await eventually(
      async () => {
        const list = await invitationsOf(t.admin, d.id);
        return list.every((i) => ['BOUNCED', 'FAILED'].includes(i.status)) ? list : null;
      },
      40_000,
      'bounced and failed',
    );
    const by = (contact: string) => settled.find((i) => i.contact === contact);
    expect(by('g…@example.org').status).toBe('BOUNCED');
    expect(by('g…@example.org').history.filter((h: any) => h.status !== 'QUEUED' || h.detail)).toHaveLength(1);
    for (const contact of ['b…@example.org', 's…@example.org']) {
      const inv = by(contact);
      expect(inv.status).toBe('FAILED');
      const tries = inv.history.filter((h: any) => h.idempotencyKey);
      // retryLimit 2: three tries, each with the same key.
      expect(tries).toHaveLength(3);
      expect(new Set(tries.map((h: any) => h.idempotencyKey))).toEqual(new Set([`${inv.id}.0`]));
      expect(tries.at(-1).detail).toMatch(/invitation: /);
    }
    // The hung messages reached the server each time with the same Message-ID.
    const stuck = smtp.offered.filter((o) => o.to === 'stuck@example.org');
    expect(stuck.length).toBe(3);
    expect(new Set(stuck.map((o) => o.messageId)).size).toBe(1);
    const stats = (await t.admin.ok(STATS, { id: d.id })).distribution.stats;
    expect(stats).toMatchObject({ invited: 3, bounced: 1, failed: 2, sent: 0 });
    // And the jobs went to the dead-letter queue.
    const dead = await eventually(
      async () => {
        const [{ n }] = await sql(`select count(*)::int n from pgboss.job where name = 'delivery-dead'`);
        return n >= 2 ? n : null;
      },
      10_000,
      'dead letters',
    );
    expect(dead).toBeGreaterThanOrEqual(2);
  });
});
