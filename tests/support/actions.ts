import { MikroORM } from '@mikro-orm/postgresql';
import { startActionsWorker, type ActionsWorker } from '../../server/actions/index.js';
import { ormConfig } from '../../server/app/orm-config.js';
import { createLogger } from '../../server/logger.js';
import { newTenant, newUnit, signIn, type Tenant } from './factories.js';
import type { GraphQLClient } from './client.js';
import type { TestApp } from './harness.js';
import { newQuestionnaire, publish, ratingSurvey } from './questionnaires.js';
import { storeResponses } from './responses.js';

/** A tenant with HO → REGION → A, B, C, D, a manager of REGION, a speed/staff model (minimum 3 responses). */
export interface ActionsFixture {
  t: Tenant;
  units: Record<'REGION' | 'A' | 'B' | 'C' | 'D', string>;
  manager: { id: string; email: string; client: GraphQLClient };
  questionnaireId: string;
  versionId: string;
  modelId: string;
  respond(unit: keyof ActionsFixture['units'], day: string, speeds: number[]): Promise<void>;
}

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`;

export async function newUser(app: TestApp, t: Tenant, name: string, role: string, unitId: string) {
  const email = `${name}@${t.slug}.test`;
  const password = 'a long enough password';
  const { createUser } = await t.admin.ok(CREATE_USER, {
    input: { email, displayName: name, password, roles: [{ role, unitId }] },
  });
  return { id: createUser.user.id as string, email, client: await signIn(app, email, password) };
}

export async function actionsFixture(app: TestApp, name = 'Insurer'): Promise<ActionsFixture> {
  const t = await newTenant(app, name);
  const region = (await newUnit(t.admin, t.headOfficeId, 'REGION', 'REGION')).id;
  const units = { REGION: region } as ActionsFixture['units'];
  for (const code of ['A', 'B', 'C', 'D'] as const) units[code] = (await newUnit(t.admin, region, code)).id;
  const manager = await newUser(app, t, 'region-manager', 'UNIT_MANAGER', region);
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed', 'staff'));
  const versionId = (await publish(t.admin, q.id)).id;
  const { createIndicatorModel } = await t.admin.ok(
    `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
    {
      input: {
        unitId: t.headOfficeId,
        name: 'Service index',
        definition: {
          minResponses: 3,
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [
              { key: 'speed', kind: 'SURVEY', label: 'Speed', items: [{ questionnaireId: q.id, question: 'speed' }] },
              { key: 'staff', kind: 'SURVEY', label: 'Staff', items: [{ questionnaireId: q.id, question: 'staff' }] },
            ],
          },
        },
      },
    },
  );
  await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${createIndicatorModel.id}" }) { id } }`);
  return {
    t,
    units,
    manager,
    questionnaireId: q.id,
    versionId,
    modelId: createIndicatorModel.id,
    // Every response answers staff 4 (score 75); speed 1..5 scores 0, 25, 50, 75, 100.
    async respond(unit, day, speeds) {
      await storeResponses(
        app,
        t.orgId,
        speeds.map((speed, i) => ({
          unitId: units[unit],
          questionnaireId: q.id,
          versionId,
          completedAt: `${day}T${String(8 + i).padStart(2, '0')}:00:00Z`,
          answers: { speed, staff: 4 },
        })),
      );
    },
  };
}

/** A second server copy's worker: its own ORM on the same database, polling only when told. */
export async function actionsWorker(app: TestApp): Promise<{ worker: ActionsWorker; close(): Promise<void> }> {
  const orm = await MikroORM.init({ ...ormConfig(app.databaseUrl, { poolMax: 3 }), logger: () => {} });
  const worker = await startActionsWorker({
    config: app.config,
    orm,
    log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    pollSeconds: 0,
  });
  return {
    worker,
    close: async () => {
      await worker.stop();
      await orm.close();
    },
  };
}

/** Waits for a condition, polling; fails after `ms` with the last value seen. */
export async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting; last value: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
