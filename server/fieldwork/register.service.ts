import { contactKeys } from '../distribution/index.js';
import type { RequestContext } from '../graphql/context.js';
import { badInput, conflict, notFound, requireId } from '../graphql/errors.js';
import { OrgUnit, Permission, readableSubtrees, requireAccess, requirePrincipal, User } from '../org/index.js';
import { InspectorCategory } from './fieldwork.enums.js';
import type {
  AddKeyClientInput,
  AddStaffMemberInput,
  CreateInspectionKindInput,
  RegisterInspectorInput,
} from './fieldwork.inputs.js';
import { InspectionKind } from './inspection-kind.entity.js';
import { Inspector } from './inspector.entity.js';
import { KeyClient } from './key-client.entity.js';
import { StaffMember } from './staff-member.entity.js';

/** The kinds every organisation starts with (issue 18); `true` marks those done by another unit. */
export const SEEDED_KINDS: [key: string, label: string, crossUnit: boolean][] = [
  ['SELF_INSPECTION', 'Self-inspection', false],
  ['CROSS_INSPECTION', 'Cross-inspection (by another branch)', true],
  ['DAILY_CHECK', 'Daily check', false],
  ['MYSTERY_VISIT', 'Mystery visit', true],
  ['MYSTERY_CALL', 'Mystery call', true],
  ['FLIGHT_CHECK', 'Unannounced ("flight") check with a simulated claim or purchase', true],
  ['PROCESS_WALKTHROUGH', 'Process walk-through', false],
  ['VIDEO_CHECK', 'Video-surveillance check', false],
  ['DATA_AUTHENTICITY_CHECK', 'Data-authenticity check', false],
  ['STAFF_KNOWLEDGE_CHECK', "Spot check of staff's knowledge of the rules", false],
];

/** The organisation's inspection kinds, seeded with SEEDED_KINDS on first use. */
export async function listInspectionKinds(ctx: RequestContext): Promise<InspectionKind[]> {
  const orgId = requirePrincipal(ctx).orgId;
  let kinds = await ctx.em.find(InspectionKind, {}, { orderBy: { createdAt: 'asc', key: 'asc' } });
  if (!kinds.length) {
    await ctx.em.getConnection().execute(
      `insert into inspection_kind (id, organization_id, key, label, cross_unit, created_at)
       select gen_random_uuid(), ?, k.key, k.label, k.is_cross, now() + (k.n || ' microseconds')::interval
         from jsonb_to_recordset(?::jsonb) as k(key text, label text, is_cross boolean, n int)
       on conflict (organization_id, key) do nothing`,
      [orgId, JSON.stringify(SEEDED_KINDS.map(([key, label, cross], n) => ({ key, label, is_cross: cross, n })))],
    );
    kinds = await ctx.em.find(InspectionKind, {}, { orderBy: { createdAt: 'asc', key: 'asc' } });
  }
  return kinds;
}

export async function createInspectionKind(ctx: RequestContext, input: CreateInspectionKindInput) {
  const root = await ctx.em.findOneOrFail(OrgUnit, { parent: null });
  await requireAccess(ctx, Permission.FIELDWORK_MANAGE, root.id);
  await listInspectionKinds(ctx);
  if (await ctx.em.findOne(InspectionKind, { key: input.key }))
    throw conflict(`An inspection kind with key "${input.key}" exists already; choose another key.`);
  const kind = ctx.em.create(InspectionKind, {
    organization: requirePrincipal(ctx).orgId,
    key: input.key,
    label: input.label.trim(),
    crossUnit: input.crossUnit,
  });
  await ctx.em.flush();
  return kind;
}

export async function kindById(ctx: RequestContext, id: string): Promise<InspectionKind> {
  await listInspectionKinds(ctx);
  const kind = await ctx.em.findOne(InspectionKind, { id: requireId('Inspection kind', id) });
  if (!kind) throw notFound('Inspection kind', id);
  return kind;
}

/** Units of the caller's organisation by id, each checked to lie inside `owner`'s subtree. */
export async function unitsInside(ctx: RequestContext, owner: OrgUnit, ids: string[], field: string) {
  const units: OrgUnit[] = [];
  for (const id of [...new Set(ids)]) {
    const unit = await ctx.em.findOne(OrgUnit, { id: requireId('Org unit', id) });
    if (!unit) throw notFound('Org unit', id);
    if (!unit.path.startsWith(owner.path))
      throw badInput(`Unit "${unit.name}" (${unit.code}) lies outside "${owner.name}", which keeps this.`, { field });
    units.push(unit);
  }
  return units;
}

export async function registerInspector(ctx: RequestContext, input: RegisterInspectorInput): Promise<Inspector> {
  const owner = await requireAccess(ctx, Permission.FIELDWORK_MANAGE, input.ownerUnitId);
  if (!input.unitIds.length) throw badInput('Name at least one unit the inspector may inspect.', { field: 'unitIds' });
  const units = await unitsInside(ctx, owner, input.unitIds, 'unitIds');
  const home = input.homeUnitId ? (await unitsInside(ctx, owner, [input.homeUnitId], 'homeUnitId'))[0] : null;
  if (home && input.category !== InspectorCategory.STAFF)
    throw badInput('Only internal staff (category STAFF) work at a home unit.', { field: 'homeUnitId' });
  if (input.userId) {
    const user = await ctx.em.findOne(User, { id: requireId('User', input.userId) });
    if (!user) throw notFound('User', input.userId);
    if (await ctx.em.findOne(Inspector, { userId: user.id, active: true }))
      throw conflict(`User ${user.email} is already in the inspector register.`);
  }
  const inspector = ctx.em.create(Inspector, {
    organization: requirePrincipal(ctx).orgId,
    ownerUnit: owner,
    name: input.name.trim(),
    category: input.category,
    userId: input.userId ?? null,
    homeUnit: home,
    unitIds: units.map((u) => u.id),
  });
  await ctx.em.flush();
  return inspector;
}

/** Register entries the caller may manage or read (FIELDWORK_READ over their keeping unit), bounded. */
export async function listInspectors(ctx: RequestContext, under?: string | null): Promise<Inspector[]> {
  const paths = await readableSubtrees(ctx, Permission.FIELDWORK_READ, under);
  if (!paths.length) return [];
  return ctx.em.find(
    Inspector,
    { $or: paths.map((p) => ({ ownerUnit: { path: { $like: `${p}%` } } })) },
    { orderBy: { name: 'asc' }, limit: 1000 },
  );
}

export async function addStaffMember(ctx: RequestContext, input: AddStaffMemberInput): Promise<StaffMember> {
  const unit = await requireAccess(ctx, Permission.FIELDWORK_MANAGE, input.unitId);
  const code = input.code?.trim() || null;
  if (code && !/^[\w-]{1,40}$/.test(code))
    throw badInput(`The staff code "${code.slice(0, 40)}" may hold only letters, digits, "-" and "_" (at most 40).`, {
      field: 'code',
    });
  if (code && (await ctx.em.count(StaffMember, { unit, code })))
    throw badInput(`"${unit.name}" already has a staff member with code "${code}"; choose another code.`, {
      field: 'code',
      reason: 'DUPLICATE_CODE',
    });
  const member = ctx.em.create(StaffMember, {
    organization: requirePrincipal(ctx).orgId,
    unit,
    name: input.name.trim(),
    post: input.post,
    code,
  });
  await ctx.em.flush();
  return member;
}

/** The active staff of a unit, for an interviewer naming who served (RESPONSE_ENTER over the unit). */
export async function staffToServe(ctx: RequestContext, unitId: string): Promise<StaffMember[]> {
  const unit = await requireAccess(ctx, Permission.RESPONSE_ENTER, unitId);
  return ctx.em.find(StaffMember, { unit, active: true }, { orderBy: { name: 'asc' }, limit: 1000 });
}

/** A unit's staff register (FIELDWORK_READ over the unit), bounded. */
export async function listStaff(ctx: RequestContext, unitId: string): Promise<StaffMember[]> {
  const unit = await requireAccess(ctx, Permission.FIELDWORK_READ, unitId);
  return ctx.em.find(StaffMember, { unit }, { orderBy: { name: 'asc' }, limit: 1000 });
}

export async function addKeyClient(ctx: RequestContext, input: AddKeyClientInput): Promise<KeyClient> {
  const unit = await requireAccess(ctx, Permission.FIELDWORK_MANAGE, input.unitId);
  const contact = input.contact?.trim();
  const client = ctx.em.create(KeyClient, {
    organization: requirePrincipal(ctx).orgId,
    unit,
    name: input.name.trim(),
    kind: input.kind,
    contactCipher: contact ? contactKeys(ctx.config).encrypt(contact) : null,
    owner: input.owner?.trim() || null,
    tier: input.tier?.trim() || null,
  });
  await ctx.em.flush();
  return client;
}

/** A key client, with FIELDWORK_READ (or `permission`) over its unit. */
export async function keyClientById(ctx: RequestContext, id: string, permission = Permission.FIELDWORK_READ) {
  const client = await ctx.em.findOne(KeyClient, { id: requireId('Key client', id) }, { populate: ['unit'] });
  if (!client) throw notFound('Key client', id);
  await requireAccess(ctx, permission, client.unit.id);
  return client;
}

export async function listKeyClients(ctx: RequestContext, unitId: string): Promise<KeyClient[]> {
  const unit = await requireAccess(ctx, Permission.FIELDWORK_READ, unitId);
  return ctx.em.find(
    KeyClient,
    { unit: { path: { $like: `${unit.path}%` } } },
    { orderBy: { name: 'asc' }, limit: 1000 },
  );
}

/** The decrypted contact, for those who may manage the client; null once purged. */
export function keyClientContact(ctx: RequestContext, client: KeyClient): string | null {
  return client.contactCipher ? contactKeys(ctx.config).decrypt(client.contactCipher) : null;
}

/** Erases a key client's personal data (name and contact); visits keep their scores. */
export async function purgeKeyClient(ctx: RequestContext, id: string): Promise<KeyClient> {
  const client = await keyClientById(ctx, id, Permission.FIELDWORK_MANAGE);
  client.contactCipher = null;
  client.name = '(purged)';
  client.owner = null;
  client.purgedAt ??= new Date();
  await ctx.em.flush();
  return client;
}
