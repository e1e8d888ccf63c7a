import { randomBytes } from 'node:crypto';
import { createOrganization } from '../../server/org/organization.service.js';
import { graphql } from '../gql/index.js';
import type { OrgUnitKind, Role } from '../gql/graphql.js';
import type { GraphQLClient } from './client.js';
import type { TestApp } from './harness.js';

export interface Tenant {
  orgId: string;
  slug: string;
  headOfficeId: string;
  adminEmail: string;
  adminPassword: string;
  /** A client signed in as the tenant's administrator. */
  admin: GraphQLClient;
}

const suffix = () => randomBytes(3).toString('hex');

/** A new organisation with its head office and a signed-in administrator. */
export async function newTenant(app: TestApp, name = 'Agency'): Promise<Tenant> {
  const slug = `${name.toLowerCase().replace(/\W+/g, '-')}-${suffix()}`;
  const adminEmail = `admin@${slug}.test`;
  const created = await createOrganization(app.orm.em.fork(), {
    name,
    slug,
    admin: { email: adminEmail, displayName: `${name} admin`, password: 'correct horse battery' },
  });
  const admin = await signIn(app, adminEmail, 'correct horse battery');
  return {
    orgId: created.organization.id,
    slug,
    headOfficeId: created.headOffice.id,
    adminEmail,
    adminPassword: 'correct horse battery',
    admin,
  };
}

const LOGIN = graphql(`mutation FactoryLogin($input: LoginInput!) { login(input: $input) { kind } }`);

export async function signIn(
  app: TestApp,
  email: string,
  password: string,
  organization?: string,
): Promise<GraphQLClient> {
  const client = app.client();
  await client.ok(LOGIN, { input: { email, password, organization } });
  return client;
}

const CREATE_UNIT = graphql(`mutation FactoryCreateUnit($input: CreateOrgUnitInput!) {
  createOrgUnit(input: $input) { id code name depth }
}`);

export async function newUnit(
  client: GraphQLClient,
  parentId: string,
  code: string,
  kind: OrgUnitKind = 'BRANCH',
): Promise<{ id: string; code: string; depth: number }> {
  const data = await client.ok(CREATE_UNIT, { input: { parentId, code, name: `Unit ${code}`, kind } });
  return data.createOrgUnit;
}

const CREATE_USER = graphql(`mutation FactoryCreateUser($input: CreateUserInput!) {
  createUser(input: $input) { user { id } }
}`);

/** A user holding `role` over `unitId`, signed in. */
export async function newUserWithRole(
  app: TestApp,
  tenant: Tenant,
  role: Role,
  unitId: string,
): Promise<GraphQLClient> {
  const email = `${role.toLowerCase()}-${suffix()}@${tenant.slug}.test`;
  const password = 'a long enough password';
  await tenant.admin.ok(CREATE_USER, { input: { email, displayName: role, password, roles: [{ role, unitId }] } });
  return signIn(app, email, password);
}
