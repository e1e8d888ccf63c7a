/**
 * The audit log (server/db/audit-trail.ts, server/audit): changes and exports recorded with who,
 * when and before/after, append-only, chained by hash per organisation; `auditLog` for head-office
 * ADMINs only; `npm run audit:verify` detects a changed or removed row.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire } from '../support/questionnaires.js';
import { verifyAuditChain } from '../../server/audit/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LOG = `query($filter: AuditLogFilterInput, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { seq at actorKind actorId action entity entityId before after hash } }
  } }`;

let app: TestApp;
let t: Tenant;
let other: Tenant;
let adminId: string;
const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
const log = async (client = t.admin, filter: Record<string, unknown> = {}) =>
  (await client.ok(LOG, { filter, first: 200 })).auditLog.edges.map((e: any) => e.node);

/** `npm run audit:verify` against the test database: its exit code and what it printed. */
async function verify(): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'audit:verify'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: app.databaseUrl, LOG_LEVEL: 'silent' },
      timeout: 150_000,
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout };
  }
}
/** Tampering as someone with the database's superuser would: without the append-only trigger. */
const tamper = async (text: string, params: unknown[] = []) => {
  await sql(`alter table audit_log disable trigger audit_log_append_only`);
  try {
    await sql(text, params);
  } finally {
    await sql(`alter table audit_log enable trigger audit_log_append_only`);
  }
};

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Audit Office');
  other = await newTenant(app, 'Elsewhere');
  adminId = (await t.admin.ok(`{ me { user { id } } }`)).me.user.id;
});
afterAll(() => app?.close());

describe('what the audit log records', () => {
  it('a questionnaire created and archived, a unit renamed: who, when, what before and after', async () => {
    const q = await newQuestionnaire(t.admin, t.headOfficeId, undefined, 'Reception survey');
    await t.admin.ok(`mutation { archiveQuestionnaire(id: "${q.id}") { id } }`);
    const entries = await log(t.admin, { entity: 'Questionnaire', entityId: q.id });
    expect(entries.map((e: any) => e.action)).toEqual(['UPDATE', 'CREATE']);
    const [archived, created] = entries;
    expect(created).toMatchObject({ actorKind: 'USER', actorId: adminId, after: { title: 'Reception survey' } });
    expect(archived).toMatchObject({ actorKind: 'USER', actorId: adminId, before: { archivedAt: null } });
    expect(archived.after.archivedAt).toEqual(expect.any(String));
    expect(new Date(archived.at).getTime()).toBeGreaterThanOrEqual(new Date(created.at).getTime());
    expect(archived.seq).toBeGreaterThan(created.seq);

    await t.admin.ok(
      `mutation { updateOrgUnit(input: { id: "${t.headOfficeId}", name: "Head office (new)" }) { id } }`,
    );
    const [renamed] = await log(t.admin, { entity: 'OrgUnit', entityId: t.headOfficeId });
    expect(renamed).toMatchObject({ action: 'UPDATE', after: { name: 'Head office (new)' } });
    expect(renamed.before.name).not.toBe('Head office (new)');
  });

  it('users, roles and API keys, with secrets redacted', async () => {
    const branch = await newUnit(t.admin, t.headOfficeId, 'B1');
    await newUserWithRole(app, t, 'ANALYST', branch.id);
    const { createApiKey } = await t.admin.ok(
      `mutation { createApiKey(input: { name: "Kiosk feed", role: ANALYST, unitId: "${branch.id}" }) { apiKey { id } token } }`,
    );
    const entries = await log();
    const kinds = new Set(entries.map((e: any) => `${e.action} ${e.entity}`));
    for (const kind of ['CREATE OrgUnit', 'CREATE User', 'CREATE RoleAssignment', 'CREATE ApiKey'])
      expect(kinds).toContain(kind);
    const key = entries.find((e: any) => e.entity === 'ApiKey' && e.entityId === createApiKey.apiKey.id);
    expect(key.after.name).toBe('Kiosk feed');
    const text = JSON.stringify(entries);
    expect(text).not.toContain(createApiKey.token);
    expect(text).not.toMatch(/"passwordHash":"(?!\[redacted\])/);
  });

  it('an export is recorded with its filters', async () => {
    const q = await newQuestionnaire(t.admin, t.headOfficeId, undefined, 'Exported survey');
    const key = (
      await t.admin.ok(
        `mutation { createApiKey(input: { name: "Exporter", role: ADMIN, unitId: "${t.headOfficeId}" }) { apiKey { id } token } }`,
      )
    ).createApiKey;
    const file = await fetch(`${app.url}/api/exports/responses?questionnaireId=${q.id}&format=csv`, {
      headers: { authorization: `Bearer ${key.token}` },
    });
    expect(file.status).toBe(200);
    await file.text();
    const [entry] = await log(t.admin, { entity: 'ResponseExport' });
    expect(entry).toMatchObject({
      action: 'EXPORT',
      actorKind: 'API_KEY',
      actorId: key.apiKey.id,
      entityId: q.id,
      after: { format: 'csv', questionnaireId: q.id },
    });
  });
});

describe('who may read it', () => {
  it('a branch administrator is refused; another organisation sees only its own entries', async () => {
    const branch = await newUnit(t.admin, t.headOfficeId, 'B2');
    const branchAdmin = await newUserWithRole(app, t, 'ADMIN', branch.id);
    const error = await branchAdmin.fails(LOG, {});
    expect(error.extensions?.code).toBe('FORBIDDEN');
    const analyst = await newUserWithRole(app, t, 'ANALYST', t.headOfficeId);
    expect((await analyst.fails(LOG, {})).extensions?.code).toBe('FORBIDDEN');
    const theirs = await log(other.admin);
    const ours = new Set((await log()).map((e: any) => e.hash));
    expect(theirs.length).toBeGreaterThan(0);
    for (const e of theirs) expect(ours.has(e.hash)).toBe(false);
  });

  it('pages newest first with a cursor', async () => {
    const first = await t.admin.ok(LOG, { first: 2 });
    expect(first.auditLog.pageInfo.hasNextPage).toBe(true);
    const next = await t.admin.ok(LOG, { first: 2, after: first.auditLog.pageInfo.endCursor });
    const seqs = [...first.auditLog.edges, ...next.auditLog.edges].map((e: any) => e.node.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(4);
    // A cursor that decodes but holds no sequence number is the caller's mistake, not the server's.
    const forged = Buffer.from(JSON.stringify(['x'])).toString('base64url');
    const refused = await t.admin.fails(LOG, { first: 2, after: forged });
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toContain('is not a cursor this API returned');
  });
});

describe('the hash chain', () => {
  it('the table is append-only', async () => {
    await expect(sql(`update audit_log set entity = 'x'`)).rejects.toThrow(/append-only/);
    await expect(sql(`delete from audit_log`)).rejects.toThrow(/append-only/);
  });

  it('the chain check passes on an intact log and names a changed, a removed and a removed last row', async () => {
    const check = async () => {
      const { entries, problems } = await verifyAuditChain(app.orm.em.fork());
      return { entries, problems: problems.map((p) => `organisation ${p.orgId}, entry ${p.seq}: ${p.problem}`) };
    };
    const intact = await check();
    expect(intact.entries).toBeGreaterThan(10);
    expect(intact.problems).toEqual([]);
    const [row] = await sql(`select id, after from audit_log where organization_id = ? and seq = 2`, [t.orgId]);

    await tamper(`update audit_log set after = '{"title":"forged"}' where id = ?`, [row.id]);
    expect((await check()).problems).toEqual([
      `organisation ${t.orgId}, entry 2: its fields do not match its hash (changed)`,
    ]);
    await tamper(`update audit_log set after = ? where id = ?`, [JSON.stringify(row.after), row.id]);
    expect((await check()).problems).toEqual([]);

    await tamper(`delete from audit_log where id = ?`, [row.id]);
    expect((await check()).problems).toEqual([
      `organisation ${t.orgId}, entry 3: the entries before it are missing (removed)`,
    ]);

    const [{ seq }] = await sql(`select max(seq) seq from audit_log where organization_id = ?`, [other.orgId]);
    await tamper(`delete from audit_log where organization_id = ? and seq = ?`, [other.orgId, seq]);
    expect((await check()).problems).toContain(
      `organisation ${other.orgId}, entry ${seq}: the chain ends at ${seq - 1} but its head says ${seq} (entries removed at the end)`,
    );
  });

  it('npm run audit:verify exits 1 and names the tampered entries', async () => {
    const { code, out } = await verify();
    expect(code).toBe(1);
    expect(out).toContain(`organisation ${t.orgId}, entry 3: the entries before it are missing (removed)`);
    expect(out).toMatch(/^audit log TAMPERED: 2 problems in \d+ entries$/m);
  }, 180_000);
});
