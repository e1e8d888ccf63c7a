import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/client.js';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { startSmtp, type SmtpListener } from '../support/smtp.js';

/*
 * Every operation of the administration screens (docs/administration.md), tried from another
 * organisation (NOT_FOUND, nothing listed, nothing changed) and from an administrator of one
 * branch (nothing outside the branch).
 */
let app: TestApp;
let smtp: SmtpListener;
let a: Tenant;
let b: Tenant;
let branchAdmin: GraphQLClient;
let branch: { id: string };
let sibling: { id: string };
let hoUserId: string;
let branchUserId: string;
let hoInvitationId: string;

const CREATE_USER = `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`;
const emails = async (client: GraphQLClient) =>
  (await client.ok(`{ users(first: 200) { edges { node { email } } } }`)).users.edges.map((e: any) => e.node.email);
const code = async (p: Promise<{ extensions?: Record<string, unknown> }>) => (await p).extensions?.code;

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startTestApp({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) });
  a = await newTenant(app, 'Tax Office');
  b = await newTenant(app, 'Court Service');
  branch = await newUnit(a.admin, a.headOfficeId, 'T-BR');
  sibling = await newUnit(a.admin, a.headOfficeId, 'T-SIB');
  branchAdmin = await newUserWithRole(app, a, 'ADMIN', branch.id);
  hoUserId = (
    await a.admin.ok(CREATE_USER, {
      i: { email: `ho@${a.slug}.test`, displayName: 'HO', roles: [{ role: 'ANALYST', unitId: a.headOfficeId }] },
    })
  ).createUser.user.id;
  branchUserId = (
    await a.admin.ok(CREATE_USER, {
      i: { email: `br@${a.slug}.test`, displayName: 'BR', roles: [{ role: 'ANALYST', unitId: branch.id }] },
    })
  ).createUser.user.id;
  hoInvitationId = (
    await a.admin.ok(INVITE, {
      input: { email: `invited@${a.slug}.test`, roles: [{ role: 'ANALYST', unitId: sibling.id }] },
    })
  ).inviteUser.id;
  await a.admin.ok(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }`, {
    i: { name: 'HO system', role: 'ANALYST', unitId: a.headOfficeId },
  });
  await a.admin.ok(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }`, {
    i: { name: 'Branch system', role: 'ANALYST', unitId: branch.id },
  });
});
afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

describe('another organisation', () => {
  it('lists none of its users, keys or invitations', async () => {
    expect(await emails(b.admin)).toEqual([b.adminEmail]);
    const keys = await b.admin.ok(`{ apiKeys { totalCount } }`);
    expect(keys.apiKeys.totalCount).toBe(0);
    expect((await b.admin.ok(`{ userInvitations { id } }`)).userInvitations).toEqual([]);
  });

  it('cannot deactivate, reactivate or withdraw what belongs to it', async () => {
    for (const op of ['deactivateUser', 'reactivateUser'])
      expect(await code(b.admin.fails(`mutation($id: ID!) { ${op}(id: $id) { id } }`, { id: hoUserId }))).toBe(
        'NOT_FOUND',
      );
    const revoke = `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`;
    expect(await code(b.admin.fails(revoke, { id: hoInvitationId }))).toBe('NOT_FOUND');
    const rows = await app.orm.em
      .fork()
      .getConnection()
      .execute(`select revoked_at from user_invitation where id = ?`, [hoInvitationId]);
    expect(rows[0].revoked_at).toBeNull();
  });

  it('cannot invite onto its units', async () => {
    const input = { email: `spy@${b.slug}.test`, roles: [{ role: 'ADMIN', unitId: a.headOfficeId }] };
    expect(await code(b.admin.fails(INVITE, { input }))).toBe('NOT_FOUND');
  });

  it('cannot use an invitation token with its organisation id swapped in', async () => {
    const mail = smtp.received.find((m) => (m.to as any).value[0].address === `invited@${a.slug}.test`)!;
    const token = decodeURIComponent(/\/invitation\/(\S+)/.exec(mail.text!)![1]);
    const swapped = token.replace(a.orgId, b.orgId);
    const preview = `query($token: String!) { invitation(token: $token) { email } }`;
    expect(await code(app.client().fails(preview, { token: swapped }))).toBe('NOT_FOUND');
    const accept = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }`;
    expect(await code(app.client().fails(accept, { i: { token: swapped, password: 'a long enough password' } }))).toBe(
      'NOT_FOUND',
    );
  });

  it('changes only its own settings and sees only its own branding', async () => {
    await b.admin.ok(`mutation { updateOrganization(input: { name: "Court B", primaryColor: "#1d4ed8" }) { name } }`);
    const seen = await a.admin.ok(`{ organization { name branding { primaryColor } } }`);
    expect(seen.organization).toEqual({ name: 'Tax Office', branding: { primaryColor: null } });
  });
});

describe('an administrator of one branch', () => {
  it('lists only users and keys of the branch', async () => {
    expect((await emails(branchAdmin)).sort()).toEqual(expect.arrayContaining([`br@${a.slug}.test`]));
    expect(await emails(branchAdmin)).not.toContain(`ho@${a.slug}.test`);
    expect(await emails(branchAdmin)).not.toContain(a.adminEmail);
    const keys = await branchAdmin.ok(`{ apiKeys { edges { node { name } } } }`);
    expect(keys.apiKeys.edges.map((e: any) => e.node.name)).toEqual(['Branch system']);
    expect((await branchAdmin.ok(`{ userInvitations { id } }`)).userInvitations).toEqual([]);
  });

  it('cannot deactivate a head-office user, nor one who also holds a role above the branch', async () => {
    const deactivate = `mutation($id: ID!) { deactivateUser(id: $id) { id } }`;
    expect(await code(branchAdmin.fails(deactivate, { id: hoUserId }))).toBe('NOT_FOUND');
    await a.admin.ok(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, {
      i: { userId: branchUserId, role: 'ANALYST', unitId: sibling.id },
    });
    expect(await code(branchAdmin.fails(deactivate, { id: branchUserId }))).toBe('FORBIDDEN');
  });

  it('cannot invite onto a unit outside the branch, nor withdraw an invitation there', async () => {
    const input = { email: `x@${a.slug}.test`, roles: [{ role: 'ANALYST', unitId: sibling.id }] };
    expect(await code(branchAdmin.fails(INVITE, { input }))).toBe('FORBIDDEN');
    const revoke = `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`;
    expect(await code(branchAdmin.fails(revoke, { id: hoInvitationId }))).toBe('NOT_FOUND');
  });

  it('cannot change the organisation settings', async () => {
    const error = await branchAdmin.fails(`mutation { updateOrganization(input: { minGroupSize: 1 }) { name } }`);
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect((await a.admin.ok(`{ organization { minGroupSize } }`)).organization.minGroupSize).toBe(5);
  });
});
