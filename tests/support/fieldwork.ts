import { randomBytes } from 'node:crypto';
import type { GraphQLClient } from './client.js';
import { signIn, type Tenant } from './factories.js';
import type { TestApp } from './harness.js';

/** Bytes file-type reads as a JPEG photo (SOI + JFIF APP0), padded to look like a small image. */
export const jpegBytes = (extra = 200) =>
  Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01]),
    randomBytes(extra),
    Buffer.from([0xff, 0xd9]),
  ]);

/** A user holding `role` over `unitId` (plain strings: the role may be newer than the typed operations), signed in. */
export async function newUser(
  app: TestApp,
  t: Tenant,
  role: string,
  unitId: string,
): Promise<{ client: GraphQLClient; userId: string }> {
  const email = `${role.toLowerCase()}-${randomBytes(3).toString('hex')}@${t.slug}.test`;
  const password = 'a long enough password';
  const created = await t.admin.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
    input: { email, displayName: role, password, roles: [{ role, unitId }] },
  });
  return { client: await signIn(app, email, password), userId: created.createUser.user.id };
}

/** Registers an inspector (with an account when `userId` is given). */
export async function registerInspector(
  manager: GraphQLClient,
  input: {
    ownerUnitId: string;
    name: string;
    category: string;
    unitIds: string[];
    userId?: string;
    homeUnitId?: string;
  },
): Promise<string> {
  const data = await manager.ok(
    `mutation($input: RegisterInspectorInput!) { registerInspector(input: $input) { id } }`,
    {
      input,
    },
  );
  return data.registerInspector.id;
}

/** POST /api/fieldwork/evidence as `client`, with the session cookie. */
export function upload(app: TestApp, client: GraphQLClient, bytes: Buffer, type: string, name = 'photo.jpg') {
  return fetch(`${app.url}/api/fieldwork/evidence?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': type, cookie: `barometer_session=${client.cookie('barometer_session')}` },
    body: new Uint8Array(bytes),
  });
}

/** GET /api/fieldwork/evidence/:id as `client`. */
export function download(app: TestApp, client: GraphQLClient, id: string) {
  return fetch(`${app.url}/api/fieldwork/evidence/${id}`, {
    headers: { cookie: `barometer_session=${client.cookie('barometer_session')}` },
  });
}

export const VISIT_FIELDS = `id rootId revision clientId assignmentId unit { id code } inspector { id name }
  kind { key } staff { id name post } answers nonConformities { title severity } evidence { id mimeType size url }
  correctionReason supersededAt`;

export const SUBMIT_VISIT = `mutation($input: SubmitVisitInput!) { submitVisit(input: $input) { ${VISIT_FIELDS} } }`;

export const MY_ASSIGNMENTS = `query { myAssignments { id planId unit { id code } inspector { id } scheduledFor dueDate
  status visitId questionnaireVersionId scoringSheet keyClient { id name } kind { key } } }`;
