import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, newUserWithRole, signIn, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { startSmtp, type SmtpListener } from '../support/smtp.js';

let app: TestApp;
let smtp: SmtpListener;
let t: Tenant;

const USERS = `query($filter: UserFilterInput, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    totalCount edges { node { email disabledAt roleAssignments { role unit { code } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const INVITE = `mutation($input: InviteUserInput!) {
  inviteUser(input: $input) { id email expiresAt roles { role unit { code } } }
}`;
const PREVIEW = `query($token: String!) { invitation(token: $token) { email displayName organizationName } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email displayName } }`;
const ME = `{ me { user { email } grants { role unit { code } } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { kind } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const SETTINGS = `mutation($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    name timeZone languages minGroupSize branding { logoDataUrl primaryColor privacyNotice { language text } }
  }
}`;

/** The token in the newest invitation e-mail to `address`. */
function tokenMailedTo(address: string): string {
  const mails = smtp.received.filter((m) => (m.to as any).value.some((v: any) => v.address === address));
  const text = mails.at(-1)?.text ?? '';
  const m = /https?:\/\/\S+\/invitation\/(\S+)/.exec(text);
  if (!m) throw new Error(`no invitation link mailed to ${address}: ${text}`);
  return decodeURIComponent(m[1]);
}

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startTestApp({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: 'Barometer <no-reply@agency.test>',
    PUBLIC_URL: 'https://barometer.agency.test',
  });
  t = await newTenant(app, 'Pension Fund');
});
afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

describe('changing one’s own password', () => {
  it('needs the current password, applies the policy, and the new password signs in', async () => {
    const email = `clerk@${t.slug}.test`;
    await t.admin.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`, {
      i: {
        email,
        displayName: 'Clerk',
        password: 'first long password',
        roles: [{ role: 'ANALYST', unitId: t.headOfficeId }],
      },
    });
    const clerk = await signIn(app, email, 'first long password');
    const other = await signIn(app, email, 'first long password');
    const wrong = await clerk.fails(CHANGE, { c: 'not my password', n: 'second long password' });
    expect(wrong).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' } });
    const weak = await clerk.fails(CHANGE, { c: 'first long password', n: 'short' });
    expect(weak).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' } });
    expect(await clerk.ok(CHANGE, { c: 'first long password', n: 'second long password' })).toEqual({
      changePassword: true,
    });
    expect((await clerk.ok(ME)).me.user.email).toBe(email);
    expect((await other.ok(ME)).me).toBeNull();
    const old = await app.client().fails(LOGIN, { input: { email, password: 'first long password' } });
    expect(old.extensions?.code).toBe('UNAUTHENTICATED');
    await signIn(app, email, 'second long password');
  });
});

describe('invitations by e-mail', () => {
  it('mails a single-use link; setting a password signs the invitee in with the invited roles', async () => {
    const branch = await newUnit(t.admin, t.headOfficeId, 'INV-B1');
    const email = `newcomer@${t.slug}.test`;
    const invited = await t.admin.ok(INVITE, {
      input: {
        email: email.toUpperCase(),
        displayName: 'New Comer',
        locale: 'uk',
        roles: [{ role: 'UNIT_MANAGER', unitId: branch.id }],
      },
    });
    expect(invited.inviteUser).toMatchObject({ email, roles: [{ role: 'UNIT_MANAGER', unit: { code: 'INV-B1' } }] });
    const mail = smtp.received.at(-1)!;
    expect(mail.subject).toBe('Запрошення до Pension Fund у Barometer');
    expect(mail.text).toContain('https://barometer.agency.test/invitation/');
    const token = tokenMailedTo(email);

    const browser = app.client();
    expect((await browser.ok(PREVIEW, { token })).invitation).toEqual({
      email,
      displayName: 'New Comer',
      organizationName: 'Pension Fund',
    });
    const weak = await browser.fails(ACCEPT, { input: { token, password: 'password12' } });
    expect(weak.extensions?.code).toBe('BAD_USER_INPUT');
    const accepted = await browser.ok(ACCEPT, { input: { token, password: 'my own long password' } });
    expect(accepted.acceptInvitation).toEqual({ email, displayName: 'New Comer' });
    expect((await browser.ok(ME)).me).toEqual({
      user: { email },
      grants: [{ role: 'UNIT_MANAGER', unit: { code: 'INV-B1' } }],
    });
    await signIn(app, email, 'my own long password');

    const again = await app.client().fails(ACCEPT, { input: { token, password: 'another long password' } });
    expect(again).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'USED' } });
    expect(again.message).toMatch(/already used/);
    expect((await app.client().fails(PREVIEW, { token })).extensions?.reason).toBe('USED');
  });

  it('refuses an expired link, a withdrawn one, and one replaced by a newer invitation', async () => {
    const email = `late@${t.slug}.test`;
    const roles = [{ role: 'ANALYST', unitId: t.headOfficeId }];
    const first = (await t.admin.ok(INVITE, { input: { email, roles } })).inviteUser;
    const firstToken = tokenMailedTo(email);
    await t.admin.ok(INVITE, { input: { email, roles } });
    const secondToken = tokenMailedTo(email);
    const replaced = await app
      .client()
      .fails(ACCEPT, { input: { token: firstToken, password: 'a long enough password' } });
    expect(replaced).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'REVOKED' } });
    expect(first.id).toBeTruthy();

    await app.orm.em
      .fork()
      .getConnection()
      .execute(
        `update user_invitation set expires_at = now() - interval '1 minute' where email = ? and revoked_at is null`,
        [email],
      );
    const expired = await app
      .client()
      .fails(ACCEPT, { input: { token: secondToken, password: 'a long enough password' } });
    expect(expired).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'EXPIRED' } });
    expect(expired.message).toMatch(/expired/);
    const login = await app.client().fails(LOGIN, { input: { email, password: 'a long enough password' } });
    expect(login.extensions?.code).toBe('UNAUTHENTICATED');

    const third = (await t.admin.ok(INVITE, { input: { email, roles } })).inviteUser;
    const thirdToken = tokenMailedTo(email);
    expect((await t.admin.ok(`{ userInvitations { id } }`)).userInvitations.map((i: any) => i.id)).toContain(third.id);
    await t.admin.ok(`mutation($id: ID!) { revokeInvitation(id: $id) { revokedAt } }`, { id: third.id });
    const withdrawn = await app
      .client()
      .fails(ACCEPT, { input: { token: thirdToken, password: 'a long enough password' } });
    expect(withdrawn.extensions?.reason).toBe('REVOKED');
    const bogus = await app.client().fails(PREVIEW, { token: `${t.orgId}.${'x'.repeat(43)}` });
    expect(bogus.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses to invite an address that already has an account, or without a role', async () => {
    const taken = await t.admin.fails(INVITE, {
      input: { email: t.adminEmail, roles: [{ role: 'ANALYST', unitId: t.headOfficeId }] },
    });
    expect(taken).toMatchObject({ extensions: { code: 'CONFLICT', field: 'email' } });
    const none = await t.admin.fails(INVITE, { input: { email: `x@${t.slug}.test`, roles: [] } });
    expect(none).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'roles' } });
  });
});

describe('users and their roles', () => {
  it('lists users by e-mail with search and paging', async () => {
    for (const n of [1, 2, 3]) {
      await t.admin.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`, {
        i: {
          email: `page${n}@${t.slug}.test`,
          displayName: `Pager ${n}`,
          roles: [{ role: 'ANALYST', unitId: t.headOfficeId }],
        },
      });
    }
    const first = (await t.admin.ok(USERS, { filter: { search: 'pager' }, first: 2 })).users;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: any) => e.node.email)).toEqual([`page1@${t.slug}.test`, `page2@${t.slug}.test`]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await t.admin.ok(USERS, { filter: { search: 'pager' }, first: 2, after: first.pageInfo.endCursor }))
      .users;
    expect(next.edges.map((e: any) => e.node.email)).toEqual([`page3@${t.slug}.test`]);
  });

  it('deactivating a user ends their sessions and refuses their sign-in; reactivating restores it', async () => {
    const email = `leaver@${t.slug}.test`;
    const created = await t.admin.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`, {
      i: {
        email,
        displayName: 'Leaver',
        password: 'leaver long password',
        roles: [{ role: 'AUTHOR', unitId: t.headOfficeId }],
      },
    });
    const id = created.createUser.user.id;
    const leaver = await signIn(app, email, 'leaver long password');
    await t.admin.ok(`mutation($id: ID!) { deactivateUser(id: $id) { disabledAt } }`, { id });
    expect((await leaver.ok(ME)).me).toBeNull();
    const refused = await app.client().fails(LOGIN, { input: { email, password: 'leaver long password' } });
    expect(refused.extensions?.code).toBe('UNAUTHENTICATED');
    const inactive = (await t.admin.ok(USERS, { filter: { active: false } })).users;
    expect(inactive.edges.map((e: any) => e.node.email)).toEqual([email]);
    await t.admin.ok(`mutation($id: ID!) { reactivateUser(id: $id) { disabledAt } }`, { id });
    await signIn(app, email, 'leaver long password');
  });

  it('refuses to deactivate oneself', async () => {
    const me = (await t.admin.ok(`{ me { user { id } } }`)).me.user.id;
    const error = await t.admin.fails(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: me });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('assigns and removes roles per unit', async () => {
    const branch = await newUnit(t.admin, t.headOfficeId, 'ROLE-B');
    const analyst = await newUserWithRole(app, t, 'ANALYST', branch.id);
    const me = (await analyst.ok(`{ me { user { id } } }`)).me.user.id;
    const given = await t.admin.ok(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id role } }`, {
      i: { userId: me, role: 'AUTHOR', unitId: branch.id },
    });
    const roles = async () =>
      (
        await t.admin.ok(`query($id: ID!) { user(id: $id) { roleAssignments { role } } }`, { id: me })
      ).user.roleAssignments
        .map((r: any) => r.role)
        .sort();
    expect(await roles()).toEqual(['ANALYST', 'AUTHOR']);
    await t.admin.ok(`mutation($id: ID!) { revokeRole(id: $id) }`, { id: given.assignRole.id });
    expect(await roles()).toEqual(['ANALYST']);
  });
});

describe('organisation settings and branding', () => {
  it('saves name, time zone, languages, group size, colour, logo and notices', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    ).toString('base64');
    const saved = await t.admin.ok(SETTINGS, {
      input: {
        name: 'Pension Fund of Ukraine',
        timeZone: 'Europe/Kyiv',
        languages: ['uk', 'en'],
        minGroupSize: 7,
        primaryColor: '#1D4ED8',
        logo: `data:image/png;base64,${png}`,
        privacyNotice: [
          { language: 'uk', text: 'Відповіді анонімні.' },
          { language: 'en', text: 'Answers are anonymous.' },
        ],
      },
    });
    expect(saved.updateOrganization).toEqual({
      name: 'Pension Fund of Ukraine',
      timeZone: 'Europe/Kyiv',
      languages: ['uk', 'en'],
      minGroupSize: 7,
      branding: {
        logoDataUrl: `data:image/png;base64,${png}`,
        primaryColor: '#1d4ed8',
        privacyNotice: [
          { language: 'uk', text: 'Відповіді анонімні.' },
          { language: 'en', text: 'Answers are anonymous.' },
        ],
      },
    });
  });

  it('refuses a colour below 4.5:1 against white, with the ratio', async () => {
    // #777777 on white: luminance 0.1845, (1.05)/(0.2345) = 4.48:1, just below AA.
    const grey = await t.admin.fails(SETTINGS, { input: { primaryColor: '#777777' } });
    expect(grey).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'primaryColor', contrast: 4.48 } });
    expect(grey.message).toMatch(/4\.48:1/);
    // #767676 is the lightest grey passing AA: 4.54:1.
    expect(
      (await t.admin.ok(SETTINGS, { input: { primaryColor: '#767676' } })).updateOrganization.branding.primaryColor,
    ).toBe('#767676');
  });

  it('refuses a logo that is not a small raster image, an unknown zone, a language not offered', async () => {
    const svg = `data:image/png;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`;
    expect((await t.admin.fails(SETTINGS, { input: { logo: svg } })).extensions).toMatchObject({ field: 'logo' });
    const big = `data:image/png;base64,${Buffer.alloc(100_001).toString('base64')}`;
    expect((await t.admin.fails(SETTINGS, { input: { logo: big } })).message).toMatch(/at most 100 kB/);
    expect((await t.admin.fails(SETTINGS, { input: { timeZone: 'Mars/Olympus' } })).extensions).toMatchObject({
      field: 'timeZone',
    });
    expect((await t.admin.fails(SETTINGS, { input: { languages: ['fr'] } })).extensions).toMatchObject({
      field: 'languages',
    });
    const notice = await t.admin.fails(SETTINGS, { input: { privacyNotice: [{ language: 'zh-CN', text: '匿名' }] } });
    expect(notice.extensions).toMatchObject({ field: 'privacyNotice' });
    expect((await t.admin.fails(SETTINGS, { input: { minGroupSize: 0 } })).extensions).toMatchObject({
      field: 'minGroupSize',
    });
  });
});
