import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../../../server/app/orm-config.js';
import type { DeliveryWorker } from '../../../server/distribution/delivery/worker.js';
import { newTenant, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../../support/questionnaires.js';
import {
  createDistribution,
  eventually,
  FAST_DELIVERY,
  INVITE,
  invitationsOf,
  startWorker,
} from '../../support/distribution.js';
import { linkIn, startSmtp, type SmtpListener } from '../../support/smtp.js';

let app: TestApp;
let smtp: SmtpListener;
let t: Tenant;
let questionnaireId: string;
let second: DeliveryWorker | undefined;

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startTestApp({
    ...FAST_DELIVERY,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    EMAIL_RATE_PER_SECOND: '1000',
  });
  t = await newTenant(app, 'Court');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'), 'Hearing');
  questionnaireId = q.id;
  await publish(t.admin, q.id, 'v1');
});
afterAll(async () => {
  await second?.stop();
  await app?.close();
  await smtp?.close();
});

describe('a server stopping in the middle of a delivery batch', () => {
  it(
    'loses nothing; a message sent again carries the same idempotency key and the same link',
    { timeout: 90_000 },
    async () => {
      const d = await createDistribution(t.admin, {
        name: 'Batch',
        questionnaireId,
        channel: 'EMAIL',
        unitIds: [t.headOfficeId],
      });
      // Contacts are shown masked (first letter, then …@domain): eight different first letters, so the masked
      // contact names one invitee.
      const names = ['ana', 'bruno', 'chen', 'dana', 'emil', 'fatima', 'goran', 'hana'];
      const people = names.map((name) => `${name}@example.org`);
      await t.admin.ok(INVITE, {
        input: { distributionId: d.id, respondents: people.map((contact) => ({ contact })) },
      });

      // The first server: its own connection pool, and it "crashes" right after the provider
      // accepted its third message, before recording it.
      const ormA = await MikroORM.init({ ...ormConfig(app.databaseUrl, { poolMax: 3 }), logger: () => {} });
      let sends = 0;
      let crashed!: () => void;
      const crash = new Promise<void>((r) => (crashed = r));
      const first = await startWorker(app, {
        orm: ormA,
        expireInSeconds: 2,
        afterSend: async () => {
          if (++sends === 3) {
            crashed();
            await new Promise(() => {}); // hangs forever, holding its transaction, like a dead process
          }
        },
      });
      await crash;
      expect(smtp.received).toHaveLength(3);
      // The process dies: its database sessions end (the open transaction rolls back) and its queue stops.
      const admin = new pg.Client({ connectionString: app.databaseUrl });
      await admin.connect();
      await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and state like 'idle in transaction%' and pid <> pg_backend_pid()`,
      );
      await admin.end();
      await first.stop({ graceful: false }).catch(() => {});
      // Its pool still holds the dead session (a dead process would not have one at all): let it go.
      void ormA.close(true).catch(() => {});

      // A new server takes over: the claimed job expires and is retried, the rest run as usual.
      second = await startWorker(app, { expireInSeconds: 2 });
      const settled = await eventually(
        async () => {
          const list = await invitationsOf(t.admin, d.id);
          return list.every((i) => i.status === 'DELIVERED') ? list : null;
        },
        40_000,
        'every invitation delivered',
      ).catch(async (e) => {
        console.log(
          JSON.stringify(
            (await invitationsOf(t.admin, d.id)).map((i) => [
              i.status,
              i.history.map((h: any) => h.status + ':' + h.detail),
            ]),
          ),
        );
        throw e;
      });
      expect(settled).toHaveLength(8);
      for (const person of people) {
        const mails = smtp.received.filter((m) => (m.to as any).value[0].address === person);
        expect(mails.length).toBeGreaterThanOrEqual(1);
        // However many times it went out, it is one message: one idempotency key, one live link.
        expect(new Set(mails.map((m) => m.messageId)).size).toBe(1);
        expect(new Set(mails.map(linkIn)).size).toBe(1);
      }
      const resent = people.filter((p) => smtp.received.filter((m) => (m.to as any).value[0].address === p).length > 1);
      expect(resent).toHaveLength(1);
      const matching = settled.filter((i) => i.contact === `${resent[0][0]}…@example.org`);
      expect(matching).toHaveLength(1);
      const inv = matching[0];
      // The invitation found is the one whose message went out twice: its Message-ID carries the invitation's id.
      const resentMails = smtp.received.filter((m) => (m.to as any).value[0].address === resent[0]);
      expect(resentMails.map((m) => m.messageId)).toEqual(resentMails.map(() => `<${inv.id}.0@barometer.invalid>`));
      // Recorded once, with the key of the message that was sent twice.
      expect(inv.history.filter((h: any) => h.status === 'SENT').map((h: any) => h.idempotencyKey)).toEqual([
        `${inv.id}.0`,
      ]);
      expect(inv.messagesSent).toBe(1);
    },
  );
});
