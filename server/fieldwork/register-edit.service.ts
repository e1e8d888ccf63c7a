import { contactKeys } from '../distribution/index.js';
import type { RequestContext } from '../graphql/context.js';
import { ref } from '@mikro-orm/core';
import { badInput, conflict, notFound, requireId } from '../graphql/errors.js';
import { OrgUnit, Permission, requireAccess } from '../org/index.js';
import { InspectorCategory } from './fieldwork.enums.js';
import type { UpdateInspectorInput, UpdateKeyClientInput, UpdateStaffMemberInput } from './fieldwork.inputs.js';
import { Inspector } from './inspector.entity.js';
import { keyClientById, unitsInside } from './register.service.js';
import { StaffMember } from './staff-member.entity.js';

/**
 * Edits a staff member (FIELDWORK_MANAGE over their unit). Deactivating keeps the entry: past
 * visits, responses and cases still name them; the pickers, the `?staff=` links, imports, new
 * visits and new cases refuse them (docs/fieldwork.md, Registers).
 */
export async function updateStaffMember(ctx: RequestContext, input: UpdateStaffMemberInput): Promise<StaffMember> {
  const member = await ctx.em.findOne(StaffMember, { id: requireId('Staff member', input.id) }, { populate: ['unit'] });
  if (!member) throw notFound('Staff member', input.id);
  const unit = await requireAccess(ctx, Permission.FIELDWORK_MANAGE, member.unit.id);
  if (input.name != null) member.name = input.name.trim();
  if (input.post != null) member.post = input.post;
  if (input.code != null) {
    const code = input.code.trim() || null;
    if (code && !/^[\w-]{1,40}$/.test(code))
      throw badInput(`The staff code "${code.slice(0, 40)}" may hold only letters, digits, "-" and "_" (at most 40).`, {
        field: 'code',
      });
    if (code && (await ctx.em.count(StaffMember, { unit, code, id: { $ne: member.id } })))
      throw badInput(`"${unit.name}" already has a staff member with code "${code}"; choose another code.`, {
        field: 'code',
        reason: 'DUPLICATE_CODE',
      });
    member.code = code;
  }
  if (input.active != null) member.active = input.active;
  if (!member.name) throw badInput('A staff member needs a name.', { field: 'name' });
  await ctx.em.flush();
  return member;
}

/** Edits a key client (FIELDWORK_MANAGE over its unit); a purged client's personal data stays erased. */
export async function updateKeyClient(ctx: RequestContext, input: UpdateKeyClientInput) {
  const client = await keyClientById(ctx, input.id, Permission.FIELDWORK_MANAGE);
  const personal = input.name != null || input.contact != null || input.owner != null;
  if (client.purgedAt && personal)
    throw badInput('This key client was purged: its name, contact and owner cannot be written again.', {
      field: 'name',
      reason: 'PURGED',
    });
  if (input.name != null) {
    if (!input.name.trim()) throw badInput('A key client needs a name.', { field: 'name' });
    client.name = input.name.trim();
  }
  if (input.contact != null) {
    const contact = input.contact.trim();
    client.contactCipher = contact ? contactKeys(ctx.config).encrypt(contact) : null;
  }
  if (input.owner != null) client.owner = input.owner.trim() || null;
  if (input.tier != null) client.tier = input.tier.trim() || null;
  if (input.active != null) client.active = input.active;
  await ctx.em.flush();
  return client;
}

/**
 * Edits an inspector (FIELDWORK_MANAGE over the keeping unit), with the rules of registering one:
 * units inside the keeper's subtree, a home unit for internal staff only. Deactivating keeps the
 * entry on past visits and assignments; new plans and reassignments refuse them (`INACTIVE`), and
 * their account sees no assignments until they are reactivated.
 */
export async function updateInspector(ctx: RequestContext, input: UpdateInspectorInput): Promise<Inspector> {
  const inspector = await ctx.em.findOne(
    Inspector,
    { id: requireId('Inspector', input.id) },
    { populate: ['ownerUnit', 'homeUnit'] },
  );
  if (!inspector) throw notFound('Inspector', input.id);
  const owner = await requireAccess(ctx, Permission.FIELDWORK_MANAGE, inspector.ownerUnit.id);
  if (input.name != null) {
    if (!input.name.trim()) throw badInput('An inspector needs a name.', { field: 'name' });
    inspector.name = input.name.trim();
  }
  if (input.category != null) inspector.category = input.category;
  if (input.unitIds != null) {
    if (!input.unitIds.length)
      throw badInput('Name at least one unit the inspector may inspect.', { field: 'unitIds' });
    inspector.unitIds = (await unitsInside(ctx, owner, input.unitIds, 'unitIds')).map((u) => u.id);
  }
  if (input.homeUnitId != null)
    inspector.homeUnit = input.homeUnitId
      ? ref((await unitsInside(ctx, owner, [input.homeUnitId], 'homeUnitId'))[0] as OrgUnit)
      : null;
  if (inspector.homeUnit && inspector.category !== InspectorCategory.STAFF)
    throw badInput('Only internal staff (category STAFF) work at a home unit; remove the home unit first.', {
      field: 'homeUnitId',
    });
  if (input.active === true && !inspector.active && inspector.userId) {
    // One account, one active register entry: myAssignments must know whose they are.
    const other = await ctx.em.findOne(Inspector, {
      userId: inspector.userId,
      active: true,
      id: { $ne: inspector.id },
    });
    if (other)
      throw conflict(`Their account is already in the register as "${other.name}"; deactivate that entry first.`);
  }
  if (input.active != null) inspector.active = input.active;
  await ctx.em.flush();
  return inspector;
}
