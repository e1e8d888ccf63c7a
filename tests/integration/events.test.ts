import type { EntityManager } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emit, subscribe, subscribeDurable, useJobSender, type EventJob } from '../../server/events/index.js';
import { startJobQueue, transactionDb } from '../../server/jobs/index.js';
import { createLogger } from '../../server/logger.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/*
 * Domain events (server/events): delivered in order inside the emitting transaction, so a
 * subscriber's writes commit or roll back with the change; durable subscribers get one pg-boss
 * job per event, sent in that same transaction. The results module's own subscribers are
 * exercised by the rollup tests (a unit moved, a response curated, a model published).
 */

let app: TestApp;
let t: Tenant;
let boss: PgBoss;
const order: string[] = [];
const probe = (em: EntityManager, label: string) => em.execute(`insert into event_probe (label) values (?)`, [label]);
const probes = async () =>
  ((await app.orm.em.fork().execute(`select label from event_probe order by id`)) as { label: string }[]).map(
    (r) => r.label,
  );

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Events');
  await app.orm.em.fork().execute(`create table event_probe (id serial primary key, label text)`);
  subscribe({
    unitMoved: [
      async (em, e) => void order.push(`first:${e.unitId}`),
      async (em, e) => {
        order.push(`second:${e.unitId}`);
        await probe(em, e.unitId);
      },
    ],
  });
  boss = await startJobQueue(app.databaseUrl, createLogger('silent'), 'events-test');
  await boss.createQueue('events-test');
  subscribeDurable('unitMoved', 'events-test');
  useJobSender(async (em, queue, data) => void (await boss.send(queue, data, { db: transactionDb(em) })));
});
afterAll(async () => {
  useJobSender(null);
  await boss?.stop({ graceful: false, wait: true });
  await app?.close();
});

describe('domain events', () => {
  it('reach their subscribers in order, inside the transaction that emitted them, with one job per durable queue', async () => {
    await app.orm.em.fork().transactional((tx) => emit(tx, 'unitMoved', { orgId: t.orgId, unitId: 'kept' }));
    expect(order).toEqual(['first:kept', 'second:kept']);
    expect(await probes()).toEqual(['kept']);
    const [job] = await boss.fetch<EventJob<'unitMoved'>>('events-test');
    expect(job.data).toEqual({ name: 'unitMoved', event: { orgId: t.orgId, unitId: 'kept' } });
  });

  it('roll back with the change: no subscriber write and no job survive a failed transaction', async () => {
    const failing = app.orm.em.fork().transactional(async (tx) => {
      await emit(tx, 'unitMoved', { orgId: t.orgId, unitId: 'lost' });
      throw new Error('the change failed');
    });
    await expect(failing).rejects.toThrow('the change failed');
    expect(await probes()).toEqual(['kept']);
    expect(await boss.fetch('events-test')).toEqual([]);
  });

  it('fire from the real operation: moving a unit emits unitMoved in its transaction', async () => {
    const north = await newUnit(t.admin, t.headOfficeId, 'NORTH', 'REGION');
    const branch = await newUnit(t.admin, t.headOfficeId, 'B1');
    await t.admin.ok(`mutation($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { id } }`, {
      input: { id: branch.id, newParentId: north.id },
    });
    expect(await probes()).toEqual(['kept', branch.id]);
    const [job] = await boss.fetch<EventJob<'unitMoved'>>('events-test');
    expect(job.data.event).toEqual({ orgId: t.orgId, unitId: branch.id });
  });
});
